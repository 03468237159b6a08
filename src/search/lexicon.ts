/**
 * The lexicon as the browser reads it: what search knows of each English word or phrase a reader may type (built at
 * build time by src/integrations/search-index/meaning/), shipped in small shards so that a query loads only the
 * shards of its own words, as Pagefind loads only its own index chunks. A phrase lives in the shard of its first
 * word, so "slipped disc" costs nothing more than "slipped".
 *
 */

/** What search knows of one word or phrase a reader may type. */
export interface LexiconEntry {
  /**
   * How much the word tells about what the reader wants, from how common it is in everyday English: 0 for the
   * commonest words ("the", "get") to 99 for rare ones; see informativeness().
   */
  info: number;
  /** Whether the word names a condition, symptom, injury, body part, treatment or medicine. */
  health: boolean;
  /** Whether a dictionary (WordNet) lists it: a real word, never corrected into another. */
  dictionary: boolean;
  /** The guide's words (or phrases) it may stand for, with a weight from 1 to 99, strongest first. */
  targets: [string, number][];
}

/** Where the shards are: the search file names them (src/integrations/search-index/bundle.ts). */
export interface LexiconIndex {
  /** Folder of the shards inside the search bundle, named after their content: `lexicon/3f2a9c1d/`. */
  path: string;
  /** How many shards there are: shard `n` is `<path><n>.json`. */
  shards: number;
}

/**
 * A shard as written in JSON: `e` holds the words and phrases that have guide words to stand for, each as
 * encodeEntry writes it; the other dictionary words it knows come as comma-separated lists by how much they tell
 * (`"0"` to `"99"`), and `h` lists those of them about health. Left out, to keep shards small: phrases without guide
 * words, and words of no dictionary without guide words (search treats them as unknown: never named, perhaps a slip).
 */
export interface Shard {
  e: Record<string, (string | number)[]>;
  h?: string;
  [info: `${number}`]: string;
}

/** The commonest words' frequency rank that informativeness() counts from, and the rank it reaches 99 at. */
const RANK_FROM = 50;
const RANK_TO = 100_000;

/**
 * How much a word tells, 0–99, from its frequency rank in everyday English (1 = the commonest word): logarithmic, as
 * each tenfold rarer word tells about as much more; undefined (unranked) counts as rare.
 */
export function informativeness(rank: number | undefined): number {
  if (rank === undefined) return 99;
  const share = (Math.log(rank) - Math.log(RANK_FROM)) / (Math.log(RANK_TO) - Math.log(RANK_FROM));
  return Math.round(99 * Math.max(0, Math.min(1, share)));
}

/** The shard of a word or phrase: FNV-1a of its first word, modulo the number of shards. */
export function shardOf(key: string, shards: number): number {
  const first = key.split(' ', 1)[0]!;
  let hash = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) {
    hash ^= first.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** One entry as a shard holds it: `[info, flags, target, weight, …]`, flags 1 for health, 2 for a dictionary word. */
export function encodeEntry({ info, health, dictionary, targets }: LexiconEntry): (string | number)[] {
  return [info, (health ? 1 : 0) | (dictionary ? 2 : 0), ...targets.flat()];
}

/** One entry from its encoded form. */
export function decodeEntry(raw: readonly (string | number)[]): LexiconEntry {
  const targets: [string, number][] = [];
  for (let i = 2; i + 1 < raw.length; i += 2) targets.push([String(raw[i]), Number(raw[i + 1])]);
  const flags = Number(raw[1]);
  return { info: Number(raw[0]), health: (flags & 1) === 1, dictionary: (flags & 2) === 2, targets };
}

/** The entries of a list of lexicon entries, written as one shard (see Shard). */
export function encodeShard(entries: Iterable<readonly [string, LexiconEntry]>): Shard {
  const shard: Shard = { e: {} };
  const lists = new Map<string, string[]>();
  const health: string[] = [];
  for (const [key, entry] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (entry.targets.length) {
      shard.e[key] = encodeEntry(entry);
      continue;
    }
    if (!entry.dictionary || key.includes(' ')) continue;
    let list = lists.get(String(entry.info));
    if (!list) lists.set(String(entry.info), (list = []));
    list.push(key);
    if (entry.health) health.push(key);
  }
  for (const [info, keys] of [...lists].sort()) shard[info as `${number}`] = keys.join(',');
  if (health.length) shard.h = health.join(',');
  return shard;
}

/** Looks words and phrases up in a shard. */
export function shardReader(shard: Shard): (key: string) => LexiconEntry | undefined {
  const listed = new Map<string, number>();
  for (const [info, keys] of Object.entries(shard))
    if (/^\d+$/.test(info)) for (const key of (keys as string).split(',')) listed.set(key, Number(info));
  const health = new Set(shard.h?.split(',') ?? []);
  return (key) => {
    const raw = shard.e[key];
    if (raw) return decodeEntry(raw);
    const info = listed.get(key);
    return info === undefined ? undefined : { info, health: health.has(key), dictionary: true, targets: [] };
  };
}
