import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeSites, runStep, siteWith } from '../../../tests/support/built-site';
import { searchIndex } from './step';

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;

/** Runs the step over a tiny built site, as the build does; resolves with the bundle's folder. */
async function buildSearch(files: Record<string, string>): Promise<string> {
  const site = siteWith(files);
  await runStep(searchIndex(), site);
  return join(site, 'pagefind');
}

afterEach(removeSites);

describe('the search index step', () => {
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
    await expect(
      buildSearch({
        'index.html': page('<main data-pagefind-body><h1>Guide</h1></main>'),
        'guide/index.html': page('<main data-pagefind-body><h1>Whole guide</h1><p>x</p></main>'),
      }),
    ).rejects.toThrow(/must stay out of search were indexed: \/guide\//);
  });

  it('fails the build when there is nothing to index', async () => {
    await expect(buildSearch({})).rejects.toThrow(/Pagefind indexed no pages/);
    // Without any data-pagefind-body there is nothing to search either.
    await expect(buildSearch({ 'index.html': page('<h1>Guide</h1>') })).rejects.toThrow(/Pagefind indexed no pages/);
  });
});
