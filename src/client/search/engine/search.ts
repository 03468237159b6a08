/**
 * Searching the guide: Pagefind stays the index, and a query goes through four steps in front of it.
 * 1. Normalise (words.ts): one tidy form of the text, its words, which of them carry meaning.
 * 2. Understand (understand.ts, lexicon.ts): each word or phrase becomes a concept, widened from the reader's
 *    words to the guide's by the lexicon (word vectors and WordNet, built with the index); slips are corrected, and
 *    real words the guide lacks are reported as not covered.
 * 3. Find and rank (rank.ts): Pagefind finds each of the guide's words; sections rank by the whole page and by
 *    their best passage.
 * 4. Explain (explain.ts): each result shows and links to the sentence that answers, with the words that matched.
 */
import type { LexiconEntry } from './lexicon';
import { explain, type Explanation, type PageText } from './explain';
import { rankPages, type RankedPage, type TermResult } from './rank';
import { understand, type Concept } from './understand';
import { GUIDE_TITLE } from '../../../consts';
import { queryWords, words } from './words';

/** One result of a Pagefind search. */
export interface PagefindResult extends TermResult {
  data(): Promise<PageText>;
}

/** The parts of Pagefind's `pagefind.js` API search uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** Where a search gets the index and the lexicon: the live ones in the browser, the built ones in tests. */
export interface SearchSources {
  pagefind(): Promise<Pagefind>;
  /** What the lexicon knows of a word or phrase (loading its shard); undefined when it is not English. */
  entry(key: string): Promise<LexiconEntry | undefined>;
  /** The guide's words and how often it uses them, for corrections. */
  vocabulary(): Promise<ReadonlyMap<string, number>>;
  /** How many pages the index holds. */
  pageCount(): Promise<number>;
}

/** One result as the UI shows it. */
export type Hit = Explanation;

/** What a search found. */
export interface Outcome {
  query: string;
  /** The query with its slips corrected, when it had any. */
  suggestion?: string | undefined;
  /** Words of the query the guide does not cover; `health` when one of them is about health. */
  uncovered: { words: string[]; health: boolean };
  /**
   * Whether the results answer only the guide's general topic (massage, back pain), words that tell little, or
   * whether something is safe, and nothing else the reader asked about: then, for a health word the guide lacks,
   * the UI points to medical advice instead of listing them.
   */
  onlyGeneral: boolean;
  hits: Hit[];
  /** How many sections matched in all; `hits` holds the best of them, up to the caller's limit. */
  total: number;
}

/** Scores this close (a share of the larger) count as equal, and the guide's reading order decides. */
const NEAR_TIE = 0.03;
/**
 * Words asking whether something is safe. Beside a health word the guide does not cover ("safe when pregnant"), a
 * section saying massage is "generally safe" would answer a question the guide does not: they count as general.
 */
const SAFETY_WORDS = new Set([
  'safe',
  'safety',
  'unsafe',
  'dangerous',
  'danger',
  'risk',
  'risky',
  'harm',
  'harmful',
  'ok',
  'okay',
]);
/** A concept weighing less than this ("normal", "after") says too little to make results about the question. */
const SPECIFIC = 0.7;
/** The guide's general topic: the words of its title (deep, tissue, massage, lower, back, pain). */
const TOPIC = new Set(words(GUIDE_TITLE));

/** Each term's Pagefind results, kept for the visit: typing a query searches its earlier words again. */
const searched = new WeakMap<Pagefind, Map<string, Promise<PagefindResult[]>>>();

function search(pagefind: Pagefind, term: string): Promise<PagefindResult[]> {
  let terms = searched.get(pagefind);
  if (!terms) searched.set(pagefind, (terms = new Map()));
  let found = terms.get(term);
  if (!found) terms.set(term, (found = pagefind.search(term).then(({ results }) => results)));
  return found;
}

/** Searches for `query`, showing up to `limit` hits. */
export async function runSearch(query: string, limit: number, sources: SearchSources): Promise<Outcome> {
  const pagefind = await sources.pagefind();
  const { concepts, uncovered } = await understand(query, {
    inGuide: async (term) => {
      // An exact search finds a word, or a form of it, only where the guide uses it: no prefix matches.
      const found = await search(pagefind, `"${term}"`);
      return found.some((result) => result.words.length) ? 'text' : found.length ? 'metadata' : undefined;
    },
    // A shard that cannot load (offline, not kept): the word is searched as typed, as one the lexicon does not know.
    entry: (key) => sources.entry(key).catch(() => undefined),
    vocabulary: () => sources.vocabulary(),
  });
  const terms = [...new Set(concepts.flatMap((concept) => concept.alternatives.map(({ term }) => term)))];
  const results = new Map(await Promise.all(terms.map(async (term) => [term, await search(pagefind, term)] as const)));
  const pageCount = await sources.pageCount();
  const ranked = rankPages(concepts, results, pageCount);
  const byId = new Map([...results.values()].flat().map((result) => [result.id, result]));
  // Offline, only the pages kept on this device can show (src/client/offline/worker.ts): the others are left out.
  const settled = await Promise.allSettled(
    ranked.slice(0, limit).map(async (page) => ({ page, data: await byId.get(page.id)!.data() })),
  );
  const loaded = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  if (!loaded.length && settled.length) throw (settled[0] as PromiseRejectedResult).reason;
  const worth = concepts.map((concept) => concept.weight);
  const corrected = concepts.filter((concept) => concept.correction);
  const onlyGeneral = concepts.every(
    (concept) =>
      uncovered.words.includes(concept.text) ||
      SAFETY_WORDS.has(concept.text) ||
      concept.weight < SPECIFIC ||
      words(concept.text).every((word) => TOPIC.has(word)),
  );
  return {
    query,
    suggestion: corrected.length ? suggestionFor(query, corrected) : undefined,
    // Said only where it matters: a health word, or when nothing specific the reader asked about was found.
    uncovered: uncovered.health || onlyGeneral ? uncovered : { words: [], health: false },
    onlyGeneral,
    hits: inReadingOrderWhenTied(loaded).map(({ data }) => explain(data, concepts, worth)),
    total: ranked.length - (settled.length - loaded.length),
  };
}

/**
 * Ranked pages whose scores are about equal, put in the guide's reading order (frontmatter `order`, which the pages
 * give Pagefind as metadata): the more general section comes first.
 */
export function inReadingOrderWhenTied<T extends { page: RankedPage; data: PageText }>(ranked: readonly T[]): T[] {
  const order = ({ data }: T) => Number(data.meta['order'] ?? Infinity);
  const tied = (a: T, b: T) => Math.abs(a.page.score - b.page.score) <= NEAR_TIE * Math.max(a.page.score, b.page.score);
  const sorted = [...ranked];
  for (let i = 1; i < sorted.length; i++) {
    for (let j = i; j > 0 && tied(sorted[j - 1]!, sorted[j]!) && order(sorted[j]!) < order(sorted[j - 1]!); j--) {
      [sorted[j - 1], sorted[j]] = [sorted[j]!, sorted[j - 1]!];
    }
  }
  return sorted;
}

/** The query as it was searched: each corrected word replaced, the rest as typed. */
function suggestionFor(query: string, corrected: readonly Concept[]): string {
  const fixes = new Map(corrected.map((concept) => [concept.text, concept.correction!]));
  return query
    .split(/\s+/)
    .map((word) => {
      const [key] = queryWords(word);
      return key && fixes.has(key) ? fixes.get(key)! : word;
    })
    .join(' ');
}
