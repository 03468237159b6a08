/**
 * What the lexicon keeps of its lookups (./evidence.ts) between builds, word by word, under the version of the code
 * and data that made them: each guide word's and phrase's dictionary forms and evidence, and the readers' words that
 * name a health matter. Two stores are read together: guide-words.json beside this file, committed, holding the
 * guide's words as they were when it was last made (`npm run search:words`), so that a fresh clone builds without
 * looking anything up; and the words looked up since, in node_modules/.cache. Written as JSON with one word per line,
 * sorted, so that a change to the guide's words is a change to a few lines.
 */
import { readFile } from 'node:fs/promises';
import { writeAside } from '../../write-aside.ts';
import type { Evidence } from './evidence.ts';

/** The committed store: the guide's words as they were when it was last made. */
export const GUIDE_WORDS_FILE = new URL('./guide-words.json', import.meta.url);

export interface WordStore {
  /** The version of the code and data the facts were worked out with (see wordFactsVersion). */
  version: string;
  /** The readers' words and phrases that name a health matter (the same for every guide), once worked out. */
  health?: readonly string[];
  /** Words and phrases looked up: each one's dictionary forms, itself included when WordNet lists it. */
  lemmas: Map<string, readonly string[]>;
  /** Guide words and phrases looked up as targets: each one's evidence. */
  evidence: Map<string, Evidence>;
}

interface StoreFile {
  version: string;
  health?: string[];
  lemmas: Record<string, string[]>;
  evidence: Record<string, [string, number, ...string[]][]>;
}

/** An empty store for `version`. */
export function emptyStore(version: string): WordStore {
  return { version, lemmas: new Map(), evidence: new Map() };
}

/** The store's text: JSON, one word per line, in sorted order. */
export function storeText(store: WordStore): string {
  const block = (entries: [string, unknown][]) =>
    entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join(',\n');
  const health = store.health
    ? `"health":[\n${[...store.health]
        .sort()
        .map((word) => JSON.stringify(word))
        .join(',\n')}\n],\n`
    : '';
  return `{"version":${JSON.stringify(store.version)},\n${health}"lemmas":{\n${block([...store.lemmas])}\n},\n"evidence":{\n${block([...store.evidence])}\n}}\n`;
}

/** A store from its text; undefined when the text is not a store. */
export function parseStore(text: string): WordStore | undefined {
  try {
    const file = JSON.parse(text) as Partial<StoreFile>;
    if (typeof file.version !== 'string' || typeof file.lemmas !== 'object' || typeof file.evidence !== 'object')
      return undefined;
    return {
      version: file.version,
      ...(Array.isArray(file.health) ? { health: file.health } : {}),
      lemmas: new Map(Object.entries(file.lemmas)),
      evidence: new Map(Object.entries(file.evidence)),
    };
  } catch {
    return undefined;
  }
}

/** The store in `file` if it was made with `version`, else undefined (missing, unreadable or of another version). */
export async function readStore(file: URL | string, version: string): Promise<WordStore | undefined> {
  const store = parseStore(await readFile(file, 'utf8').catch(() => ''));
  return store?.version === version ? store : undefined;
}

/** Writes the store (aside and renamed: a build stopped halfway leaves the last complete one). */
export async function writeStore(file: URL | string, store: WordStore): Promise<void> {
  await writeAside(file, storeText(store));
}

/** What two stores of one version know together (the first's facts first), in a new store. */
export function mergeStores(first: WordStore, second: WordStore | undefined): WordStore {
  const health = first.health ?? second?.health;
  return {
    version: first.version,
    ...(health ? { health } : {}),
    lemmas: new Map([...(second?.lemmas ?? []), ...first.lemmas]),
    evidence: new Map([...(second?.evidence ?? []), ...first.evidence]),
  };
}
