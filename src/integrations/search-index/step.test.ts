import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeSites, runStep, siteWith } from '../../../tests/support/built-site.ts';
import { PATHS, SEARCH_FILE } from '../../consts.ts';
import { parseSearchData } from '../../search/search-data.ts';
import { searchIndex } from './step.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;

/** Runs the step over a tiny built site, as the build does; resolves with the bundle's folder. */
async function buildSearch(files: Record<string, string>): Promise<string> {
  const site = siteWith(files);
  await runStep(searchIndex(), site);
  return join(site, PATHS.searchBundle);
}

afterEach(removeSites);

describe('the search index step', () => {
  it("writes the search file from the pages marked data-pagefind-body, and the lexicon in shards, nothing of Pagefind's runtime", async () => {
    const bundle = await buildSearch({
      'index.html': page(
        '<article data-pagefind-body data-pagefind-meta="order:1"><h1 id="top">Guide</h1><p>Deep tissue massage.</p></article>',
      ),
      'self-care/index.html': page(
        '<article data-pagefind-body data-pagefind-meta="order:2"><h1 id="top">Self-care</h1><h2 id="rest">Rest</h2><p>Gentle stretches help.</p><div data-pagefind-ignore="all">Share</div></article>',
      ),
      'guide/index.html': page('<article><h1>Whole guide</h1><p>Everything twice.</p></article>'),
    });
    const names = await readdir(bundle);
    expect(names.sort()).toEqual([SEARCH_FILE, 'lexicon']);
    const data = parseSearchData(JSON.parse(await readFile(join(bundle, SEARCH_FILE), 'utf8')));
    expect(data.pages.map(({ url, title, order }) => [url, title, order])).toEqual([
      ['/', 'Guide', 1],
      ['/self-care/', 'Self-care', 2],
    ]);
    const selfCare = data.pages[1]!;
    // Pagefind's text, without what the page marks as not searchable, with the headings where they stand.
    expect(selfCare.content).toBe('Self-care. Rest. Gentle stretches help.');
    expect(selfCare.anchors).toEqual([
      { id: 'top', text: 'Self-care', location: 0 },
      { id: 'rest', text: 'Rest', location: 1 },
    ]);
    expect(data.info).toHaveProperty('stretches');
    expect(data.lexicon.path).toMatch(/^lexicon\/[0-9a-f]{10}\/$/);
    const shards = await readdir(join(bundle, data.lexicon.path));
    expect(shards).toHaveLength(data.lexicon.shards);
    const shard = JSON.parse(await readFile(join(bundle, data.lexicon.path, shards[0]!), 'utf8')) as object;
    expect(shard).toHaveProperty('e');
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(buildSearch({})).rejects.toThrow(/Pagefind indexed no pages/);
    // Without any data-pagefind-body there is nothing to search either.
    await expect(buildSearch({ 'index.html': page('<h1>Guide</h1>') })).rejects.toThrow(/Pagefind indexed no pages/);
  });

  it('runs Pagefind only on the pages that changed since the last build, with the same bundle as without it', async () => {
    const cache = { dir: siteWith({}), version: 'test' };
    // The lexicon does not depend on where the records came from: an empty one keeps this quick.
    const lexicon = () =>
      Promise.resolve({
        files: new Map(),
        index: { path: 'lexicon/none/', shards: 0 },
        info: new Map(),
        widened: 0,
        report: { lookedUp: [], reusedShards: 0 },
      });
    const files = {
      'index.html': page('<article data-pagefind-body><h1 id="top">Guide</h1><p>Deep tissue massage.</p></article>'),
      'rest/index.html': page(
        '<article data-pagefind-body><h1 id="top">Rest</h1><p>Gentle stretches help.</p></article>',
      ),
    };
    const bundleOf = async (root: string) =>
      Object.fromEntries(
        await Promise.all(
          (await readdir(join(root, PATHS.searchBundle), { recursive: true }))
            .sort()
            .map(async (name) => [name, await readFile(join(root, PATHS.searchBundle, name)).catch(() => 'folder')]),
        ),
      );
    const read = (lines: string[]) => /Pagefind read (\d+) changed page/.exec(lines.join('\n'))?.[1];

    const first = siteWith(files);
    expect(read(await runStep(searchIndex({ cache, lexicon }), first))).toBe('2');
    const again = siteWith(files);
    expect(read(await runStep(searchIndex({ cache, lexicon }), again))).toBe('0');
    expect(await bundleOf(again)).toEqual(await bundleOf(first));

    const edited = { ...files, 'rest/index.html': files['rest/index.html'].replace('help', 'help a lot') };
    const changed = siteWith(edited);
    expect(read(await runStep(searchIndex({ cache, lexicon }), changed))).toBe('1');
    const afresh = siteWith(edited);
    await runStep(searchIndex({ lexicon }), afresh);
    expect(await bundleOf(changed)).toEqual(await bundleOf(afresh));
    // Another version of the code takes nothing from the records.
    expect(read(await runStep(searchIndex({ cache: { ...cache, version: 'other' }, lexicon }), siteWith(edited)))).toBe(
      '2',
    );
  });
});
