import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import searchIndex from './index';

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;
const folders: string[] = [];

/** Writes a tiny built site and runs the integration's build hook on it, as `astro build` would. */
async function buildSearch(files: Record<string, string>): Promise<string> {
  const site = await mkdtemp(join(tmpdir(), 'search-index-'));
  folders.push(site);
  for (const [path, html] of Object.entries(files)) {
    await mkdir(join(site, path, '..'), { recursive: true });
    await writeFile(join(site, path), html);
  }
  const hook = searchIndex().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await hook({ dir: pathToFileURL(`${site}/`), logger });
  return join(site, 'pagefind');
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('Pagefind index built at the end of the build', () => {
  it('indexes the pages marked data-pagefind-body and writes the files our search uses, gzipped as Pagefind stores them', async () => {
    const bundle = await buildSearch({
      'index.html': page('<article data-pagefind-body><h1 id="top">Guide</h1><p>Deep tissue massage.</p></article>'),
      'self-care/index.html': page(
        '<article data-pagefind-body><h1 id="top">Self-care</h1><p>Gentle stretches help.</p></article>',
      ),
      'guide/index.html': page('<article><h1>Whole guide</h1><p>Everything twice.</p></article>'),
    });
    const names = await readdir(bundle);
    expect(names).toContain('pagefind.js');
    expect(names).toContain('wasm.en.pagefind');
    expect(names.filter((name) => /worker|-ui\.|highlight|unknown/.test(name))).toEqual([]);
    const fragments = await readdir(join(bundle, 'fragment'));
    expect(fragments).toHaveLength(2);
    const fragment = await readFile(join(bundle, 'fragment', fragments[0]!));
    // gzip's magic bytes: every host serves the same small file, whatever it compresses.
    expect([...fragment.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // Pagefind's entry file names the guide's own files: the word list for "Did you mean" and the lexicon's shards.
    const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: { en: { page_count: number } };
      guide: { vocabulary: string; lexicon: { path: string; shards: number } };
    };
    expect(entry.languages.en.page_count).toBe(2);
    const vocabulary = JSON.parse(await readFile(join(bundle, entry.guide.vocabulary), 'utf8')) as string[];
    // The guide's commonest words first: "care" and "self" stand in a title and its text.
    expect(vocabulary.slice(0, 2)).toEqual(['care', 'guide']);
    expect(vocabulary).toEqual(expect.arrayContaining(['stretches', 'massage', 'guide']));
    expect(vocabulary).not.toContain('twice');
    expect(entry.guide.lexicon.path).toMatch(/^lexicon\/[0-9a-f]{10}\/$/);
    const shards = await readdir(join(bundle, entry.guide.lexicon.path));
    expect(shards).toHaveLength(entry.guide.lexicon.shards);
    const shard = JSON.parse(await readFile(join(bundle, entry.guide.lexicon.path, shards[0]!), 'utf8')) as object;
    expect(shard).toHaveProperty('e');
  });

  it('fails the build when pages that must stay out of search get indexed', async () => {
    // Without any data-pagefind-body, Pagefind indexes whole pages, the whole-guide page included.
    await expect(
      buildSearch({ 'index.html': page('<h1>Guide</h1>'), 'guide/index.html': page('<h1>Whole guide</h1><p>x</p>') }),
    ).rejects.toThrow(/must stay out of search were indexed: \/guide\//);
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(buildSearch({})).rejects.toThrow(/Pagefind indexed no pages/);
  });
});
