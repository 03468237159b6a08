/**
 * The lexicon's files for a guide's vocabulary, at the least cost the earlier builds allow:
 * - the same words as a recent build (and the same code and data): that build's files, read back from
 *   node_modules/.cache/lexicon/, with nothing looked up or put together;
 * - other words: the lexicon put together (./lexicon.ts) from what the word stores know of each word
 *   (./word-store.ts: the committed guide-words.json and the words looked up since), with only the words neither knows
 *   looked up in WordNet and the vectors (./word-facts.ts).
 * Used by the build's search step and by the dev server; what it did is reported, for the build's log.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopWords } from '../../../search/text.ts';
import { sourceDigest } from '../../source-digest.ts';
import { readEnglish } from './english.ts';
import { spokenRanks } from './frequency.ts';
import { buildLexicon, lexiconTargets, type GuideVocabulary } from './lexicon.ts';
import { lexiconShards, type LexiconFiles } from './shards.ts';
import { completeStore, storeFacts, wordFactsVersion } from './word-facts.ts';
import { emptyStore, GUIDE_WORDS_FILE, mergeStores, readStore, writeStore, type WordStore } from './word-store.ts';

/** Where the lexicon keeps its work between builds, unless told otherwise. */
export const LEXICON_CACHE_DIR = fileURLToPath(new URL('../../../../node_modules/.cache/lexicon/', import.meta.url));

/** Lexicons kept for reuse, the most recent: the build's guide, and the tests' and fixtures' guides beside it. */
const KEPT_LEXICONS = 4;

/** What making the lexicon did. */
export interface LexiconReport {
  /** Whether a recent build's lexicon was taken as it was (the same words, code and data). */
  reused: boolean;
  /** The guide's words and phrases no store knew, looked up in WordNet and the vectors. */
  lookedUp: string[];
  /** Shards taken as the most recent build wrote them (none of their readers' guide words changed). */
  reusedShards: number;
}

export interface MadeLexicon extends LexiconFiles {
  report: LexiconReport;
}

export interface LexiconOptions {
  /** The folder of the lexicon's cache (LEXICON_CACHE_DIR). */
  cacheDir?: string;
  /** The committed word store (GUIDE_WORDS_FILE). */
  committed?: URL | string;
}

/** A lexicon as the cache keeps it. */
interface CachedLexicon {
  /** The version of the code and data that made it. */
  version: string;
  /** Its vocabulary's key (with the version). */
  key: string;
  index: LexiconFiles['index'];
  info: [string, number][];
  /** The readers' words widened to the guide's, with those words. */
  widened: [string, [string, number][]][];
  /** Each shard's JSON, in shard order. */
  shards: string[];
}

let version: Promise<string> | undefined;

/** The version of everything that makes the lexicon's files: the code, the data it reads and its packages. */
function lexiconVersion(): Promise<string> {
  version ??= sourceDigest([new URL('./lexicon-files.ts', import.meta.url)], null, [GUIDE_WORDS_FILE]);
  return version;
}

/** The key of a vocabulary's lexicon: the version and every word and phrase. */
function lexiconKey(lexicon: string, guide: GuideVocabulary): string {
  const hash = createHash('sha256').update(lexicon);
  for (const set of [guide.words, guide.text, guide.phrases]) hash.update('\0').update([...set].sort().join('\n'));
  return hash.digest('hex');
}

/** The cached lexicons, most recent first. */
async function cachedLexicons(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => /^lexicon-[0-9a-f]+\.json$/.test(name));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  return dated.sort((a, b) => b.time - a.time).map(({ name }) => join(dir, name));
}

async function readCached(file: string | undefined): Promise<CachedLexicon | undefined> {
  if (!file) return undefined;
  return readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as CachedLexicon)
    .catch(() => undefined);
}

function filesOf(cached: CachedLexicon): LexiconFiles {
  const encoder = new TextEncoder();
  return {
    files: new Map(cached.shards.map((shard, index) => [`${cached.index.path}${index}.json`, encoder.encode(shard)])),
    index: cached.index,
    info: new Map(cached.info),
    widened: cached.widened.length,
  };
}

/** The facts of `store` that `committed` does not hold: what the cache keeps beside the committed store. */
function additions(store: WordStore, committed: WordStore | undefined): WordStore {
  return {
    version: store.version,
    ...(store.health && !committed?.health ? { health: store.health } : {}),
    lemmas: new Map([...store.lemmas].filter(([word]) => !committed?.lemmas.has(word))),
    evidence: new Map([...store.evidence].filter(([word]) => !committed?.evidence.has(word))),
  };
}

/** The lexicon's files for `guide`'s vocabulary, and what making them took. */
export async function makeLexicon(guide: GuideVocabulary, options: LexiconOptions = {}): Promise<MadeLexicon> {
  const cacheDir = options.cacheDir ?? LEXICON_CACHE_DIR;
  const version = await lexiconVersion();
  const key = lexiconKey(version, guide);
  const file = join(cacheDir, `lexicon-${key.slice(0, 24)}.json`);
  const recent = await cachedLexicons(cacheDir);
  const same = await readCached(recent.includes(file) ? file : undefined);
  if (same?.key === key) return { ...filesOf(same), report: { reused: true, lookedUp: [], reusedShards: 0 } };

  // Put together from the word stores, looking up only what neither knows.
  const factsVersion = await wordFactsVersion();
  const committed = await readStore(options.committed ?? GUIDE_WORDS_FILE, factsVersion);
  const localFile = join(cacheDir, 'words.json');
  const store = mergeStores(committed ?? emptyStore(factsVersion), await readStore(localFile, factsVersion));
  const english = readEnglish();
  const sources = { english, stopWords: stopWords(), ranks: spokenRanks() };
  const lookedUp = completeStore(store, guide, english, (lemmas) => lexiconTargets(guide, sources, lemmas));
  if (lookedUp.words.length || lookedUp.targets.length || lookedUp.health)
    await writeStore(localFile, additions(store, committed));
  // The shards of the most recent build of the same code, where none of their readers' guide words changed.
  const previous = await readCached(recent[0]);
  const earlier =
    previous?.version === version ? { widened: new Map(previous.widened), shards: previous.shards } : undefined;
  const built = buildLexicon(guide, sources, storeFacts(store));
  const { reused: reusedShards, ...lexicon } = lexiconShards(built, guide.words, earlier);

  const decoder = new TextDecoder();
  const cached: CachedLexicon = {
    version,
    key,
    index: lexicon.index,
    info: [...lexicon.info],
    widened: [...built.widened].map(([reader, targets]) => [reader, targets.map(([word, weight]) => [word, weight])]),
    shards: [...lexicon.files.values()].map((bytes) => decoder.decode(bytes)),
  };
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${file}.${process.pid}`, JSON.stringify(cached));
  await rename(`${file}.${process.pid}`, file);
  await Promise.all(
    recent
      .filter((other) => other !== file)
      .slice(KEPT_LEXICONS - 1)
      .map((old) => rm(old, { force: true })),
  );
  return { ...lexicon, report: { reused: false, lookedUp: lookedUp.targets, reusedShards } };
}
