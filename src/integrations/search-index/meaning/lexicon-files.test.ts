import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GuidePage } from '../../../search/search-data.ts';
import { guideVocabulary } from '../bundle.ts';
import type { GuideVocabulary } from './lexicon.ts';
import { makeLexicon, writeStoredLexicon, type MadeLexicon, type StoredLexicon } from './lexicon-files.ts';

/** The snapshot of the guide search is judged on (tests/fixtures/search-guide/), never content/. */
const SNAPSHOT = new URL('../../../../tests/fixtures/search-guide/pages.json', import.meta.url);
const folder = mkdtempSync(join(tmpdir(), 'lexicon-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const dir = (name: string) => join(folder, name);
/** No committed store or lexicon: everything is looked up, or taken from the cache. */
const nothing = { committedWords: dir('none.json'), committedLexicon: dir('none.json') };

/** A small guide's vocabulary, and the same with one more sentence. */
function vocabulary(lines: string[]): GuideVocabulary {
  const words = new Set(lines.flatMap((line) => line.split(' ')));
  const phrases = new Set(
    lines.flatMap((line) => {
      const parts = line.split(' ');
      return parts.slice(1).flatMap((part, at) => [`${parts[at]} ${part}`, `${parts[at]} ${part} ${parts[at + 2]}`]);
    }),
  );
  return { words, text: words, phrases: new Set([...phrases].filter((phrase) => !phrase.endsWith('undefined'))) };
}
const before = vocabulary(['gentle stretches ease a stiff back', 'warm baths relax tight muscles']);
const after = vocabulary([
  'gentle stretches ease a stiff back',
  'warm baths relax tight muscles',
  'a treadmill builds stamina',
]);

const bytesOf = (made: MadeLexicon) => [...made.files].map(([path, bytes]) => [path, Buffer.from(bytes).toString()]);

describe("the lexicon's files", () => {
  const cache = dir('cache');
  const first = makeLexicon(before, { cacheDir: cache, ...nothing });

  it('are taken whole from the cache when the words did not change', async () => {
    await first;
    const again = await makeLexicon(before, { cacheDir: cache, ...nothing });
    expect(again.report).toEqual({ reused: 'cache', lookedUp: [], reusedShards: 0 });
    expect(bytesOf(again)).toEqual(bytesOf(await first));
    expect(again.info).toEqual((await first).info);
  });

  it('look up only the new words, reuse the shards they do not reach, and come out as if made afresh', async () => {
    // A guide of a realistic size (the snapshot search is judged on), then the same with one more sentence.
    const pages = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as GuidePage[];
    const edited = pages.map((page, at) =>
      at === 1 ? { ...page, content: `${page.content} A treadmill builds stamina.` } : page,
    );
    const snapshotCache = dir('snapshot');
    const unchanged = await makeLexicon(guideVocabulary(pages), { cacheDir: snapshotCache });
    const changed = await makeLexicon(guideVocabulary(edited), { cacheDir: snapshotCache });
    expect(changed.report.reused).toBeUndefined();
    expect(changed.index.shards).toBe(unchanged.index.shards);
    expect(changed.report.reusedShards).toBeGreaterThan(changed.index.shards / 2);
    expect(changed.report.reusedShards).toBeLessThan(changed.index.shards);
    // Afresh: another cache with the same words known, nothing to reuse.
    mkdirSync(dir('afresh'));
    cpSync(join(snapshotCache, 'words.json'), join(dir('afresh'), 'words.json'));
    const afresh = await makeLexicon(guideVocabulary(edited), {
      cacheDir: dir('afresh'),
      committedLexicon: dir('none.json'),
    });
    expect(afresh.report).toEqual({ lookedUp: [], reusedShards: 0 });
    expect(bytesOf(changed)).toEqual(bytesOf(afresh));
    expect(changed.index).toEqual(afresh.index);
  });

  it('look up only the words no store knows', async () => {
    await first;
    const changed = await makeLexicon(after, { cacheDir: cache, ...nothing });
    // The new sentence's telling words.
    expect(changed.report.lookedUp).toEqual(['builds', 'stamina', 'treadmill']);
  });

  it('are read from the committed lexicon when the words are the ones it was made for', async () => {
    const made = await first;
    const stored = readdirSync(cache)
      .filter((name) => name.startsWith('lexicon-'))
      .map((name) => JSON.parse(readFileSync(join(cache, name), 'utf8')) as StoredLexicon)
      .find(({ index }) => index.path === made.index.path)!;
    await writeStoredLexicon(dir('committed.json'), stored);
    const read = await makeLexicon(before, { cacheDir: dir('fresh'), committedLexicon: dir('committed.json') });
    expect(read.report).toEqual({ reused: 'committed', lookedUp: [], reusedShards: 0 });
    expect(bytesOf(read)).toEqual(bytesOf(made));
  });
});
