/**
 * The lexicon's files for a guide's vocabulary, at the least cost earlier builds allow:
 * 1. the same words as a recent build on this machine (and the same code and data): that build's files, kept in
 *    node_modules/.cache/lexicon/;
 * 2. the same words as when the repository's guide-lexicon.json was made (`npm run search:words`): its files, so that
 *    a fresh clone of an unchanged guide builds the lexicon by reading one file;
 * 3. other words: the lexicon put together (./lexicon.ts) from what the word stores know of each word (./word-store.ts:
 *    the committed guide-words.json and the words looked up since), with only the words neither knows looked up in
 *    WordNet and the vectors (./word-facts.ts), and the shards of the most recent build that none of the changed words
 *    reach taken as they were (from that build, or from the committed lexicon).
 * Used by the build's search step and by the dev server; what it did is reported, for the build's log.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntry, type Shard } from '../../../search/lexicon.ts';
import { stopWords } from '../../../search/text.ts';
import { sourceDigest } from '../../source-digest.ts';
import { writeAside } from '../../write-aside.ts';
import { readEnglish } from './english.ts';
import { spokenRanks } from './frequency.ts';
import { buildLexicon, lexiconTargets, type GuideVocabulary } from './lexicon.ts';
import { lexiconShards, type LexiconFiles } from './shards.ts';
import { completeStore, storeFacts, wordFactsVersion } from './word-facts.ts';
import { emptyStore, GUIDE_WORDS_FILE, mergeStores, readStore, writeStore, type WordStore } from './word-store.ts';

/** Where the lexicon keeps its work between builds, unless told otherwise. */
export const LEXICON_CACHE_DIR = fileURLToPath(new URL('../../../../node_modules/.cache/lexicon/', import.meta.url));

/** The committed lexicon: the guide's, for its words when the file was made. */
export const GUIDE_LEXICON_FILE = new URL('./guide-lexicon.json', import.meta.url);

/** Lexicons kept for reuse, the most recent: the build's guide, and the tests' and fixtures' guides beside it. */
const KEPT_LEXICONS = 4;

/** What making the lexicon did. */
export interface LexiconReport {
  /** Where the whole lexicon was taken from, if it was: an earlier build's, or the committed one. */
  reused?: 'cache' | 'committed';
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
  committedWords?: URL | string;
  /** The committed lexicon (GUIDE_LEXICON_FILE). */
  committedLexicon?: URL | string;
}

/** A lexicon as the cache and the committed file keep it. */
export interface StoredLexicon {
  /** The version of the code and data that made it (lexiconVersion). */
  version: string;
  /** Its vocabulary's key (lexiconKey). */
  key: string;
  index: LexiconFiles['index'];
  /** How much each of the guide's words tells. */
  info: Record<string, number>;
  /** How many readers' words and phrases are widened to the guide's. */
  widened: number;
  /** The shards, in order. */
  shards: Shard[];
}

let version: Promise<string> | undefined;

/** The version of everything that makes the lexicon's files: the code, the data it reads and its packages. */
export function lexiconVersion(): Promise<string> {
  version ??= sourceDigest([new URL('./lexicon-files.ts', import.meta.url)], null, [
    GUIDE_WORDS_FILE,
    GUIDE_LEXICON_FILE,
  ]);
  return version;
}

/** The key of a vocabulary's lexicon: the version and every word and phrase. */
export function lexiconKey(lexiconCode: string, guide: GuideVocabulary): string {
  const hash = createHash('sha256').update(lexiconCode);
  for (const set of [guide.words, guide.text, guide.phrases]) hash.update('\0').update([...set].sort().join('\n'));
  return hash.digest('hex');
}

/** The stored lexicon's text: JSON, one shard per line. */
export function storedLexiconText({ shards, ...rest }: StoredLexicon): string {
  const head = JSON.stringify(rest).slice(0, -1);
  return `${head},"shards":[\n${shards.map((shard) => JSON.stringify(shard)).join(',\n')}\n]}\n`;
}

/** Writes a stored lexicon (aside and renamed). */
export async function writeStoredLexicon(file: URL | string, lexicon: StoredLexicon): Promise<void> {
  await writeAside(file, storedLexiconText(lexicon));
}

async function readStoredLexicon(file: URL | string | undefined): Promise<StoredLexicon | undefined> {
  if (!file) return undefined;
  return readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as StoredLexicon)
    .catch(() => undefined);
}

/** The cached lexicons, most recent first. */
async function cachedLexicons(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => /^lexicon-[0-9a-f]+\.json$/.test(name));
  const dated = await Promise.all(
    names.map(async (name) => ({ name, time: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  return dated.sort((a, b) => b.time - a.time).map(({ name }) => join(dir, name));
}

function filesOf(stored: StoredLexicon): LexiconFiles {
  const encoder = new TextEncoder();
  return {
    files: new Map(
      stored.shards.map((shard, index) => [`${stored.index.path}${index}.json`, encoder.encode(JSON.stringify(shard))]),
    ),
    index: stored.index,
    info: new Map(Object.entries(stored.info)),
    widened: stored.widened,
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
  const cached = await readStoredLexicon(recent.includes(file) ? file : undefined);
  if (cached?.key === key) return { ...filesOf(cached), report: { reused: 'cache', lookedUp: [], reusedShards: 0 } };
  const committedLexicon = await readStoredLexicon(options.committedLexicon ?? GUIDE_LEXICON_FILE);
  if (committedLexicon?.key === key)
    return { ...filesOf(committedLexicon), report: { reused: 'committed', lookedUp: [], reusedShards: 0 } };

  // Put together from the word stores, looking up only what neither knows.
  const factsVersion = await wordFactsVersion();
  const committed = await readStore(options.committedWords ?? GUIDE_WORDS_FILE, factsVersion);
  const localFile = join(cacheDir, 'words.json');
  const store = mergeStores(committed ?? emptyStore(factsVersion), await readStore(localFile, factsVersion));
  const english = readEnglish();
  const sources = { english, stopWords: stopWords(), ranks: spokenRanks() };
  const lookedUp = completeStore(store, guide, english, (lemmas) => lexiconTargets(guide, sources, lemmas));
  if (lookedUp.words.length || lookedUp.targets.length || lookedUp.health)
    await writeStore(localFile, additions(store, committed));
  // The shards of the most recent build of the same code (or the committed lexicon's), where none of their readers'
  // guide words changed.
  const previous = [await readStoredLexicon(recent[0]), committedLexicon].find((stored) => stored?.version === version);
  const earlier = previous && {
    widened: new Map(
      previous.shards.flatMap((shard) =>
        Object.entries(shard.e).map(([reader, entry]) => [reader, decodeEntry(entry).targets] as const),
      ),
    ),
    shards: previous.shards.map((shard) => JSON.stringify(shard)),
  };
  const built = buildLexicon(guide, sources, storeFacts(store));
  const { reused: reusedShards, ...lexicon } = lexiconShards(built, guide.words, earlier);

  const decoder = new TextDecoder();
  await writeStoredLexicon(file, {
    version,
    key,
    index: lexicon.index,
    info: Object.fromEntries(lexicon.info),
    widened: lexicon.widened,
    shards: [...lexicon.files.values()].map((bytes) => JSON.parse(decoder.decode(bytes)) as Shard),
  });
  await Promise.all(
    recent
      .filter((other) => other !== file)
      .slice(KEPT_LEXICONS - 1)
      .map((old) => rm(old, { force: true })),
  );
  return { ...lexicon, report: { lookedUp: lookedUp.targets, reusedShards } };
}
