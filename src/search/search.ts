/**
 * Searching the guide, in four steps, the same in the browser, under `astro dev` and in the tests:
 * 1. Understand (understand.ts): the query's words and phrases become concepts, each with the guide's terms it may
 *    mean and how probably (the lexicon's translations; slips corrected, compounds read as the guide writes them).
 * 2. Decide whether the guide covers the question at all (coverage.ts).
 * 3. Rank (rank.ts): BM25 over the guide's passages with soft matches; only sections near the best are listed.
 * 4. Explain (explain.ts): each result shows and links to the passage that answers, with the words that matched.
 * The one model's parameters are fitted (parameters.ts, `npm run search:fit`).
 */
import { notCovered, type NotCovered } from './coverage.ts';
import { explain, type Explanation } from './explain.ts';
import { indexGuide, type GuideIndex } from './guide-index.ts';
import type { LexiconEntry } from './lexicon.ts';
import { PARAMETERS, type Parameters } from './parameters.ts';
import { rank } from './rank.ts';
import type { SearchData } from './search-data.ts';
import { understand, type Concept } from './understand.ts';

/** Where a search gets the guide and the lexicon: fetched in the browser, read from files in the build and tests. */
export interface SearchSources {
  /** The search file. */
  data(): Promise<SearchData>;
  /** What the lexicon knows of a word or phrase (loading its shard); undefined when it knows nothing. */
  entry(key: string): Promise<LexiconEntry | undefined>;
}

/** One result as the UI shows it. */
export type Hit = Explanation;

/** What a search found. */
export interface Outcome {
  query: string;
  /** The query with its slips corrected, when it had any. */
  suggestion?: string | undefined;
  /** Set when the question lies outside the guide: then there are no hits. */
  notCovered?: NotCovered | undefined;
  hits: Hit[];
  /** How many sections are listed in all; `hits` holds the best of them, up to the caller's limit. */
  total: number;
}

/** The index of each search file, built on first use. */
const indexes = new WeakMap<SearchData, GuideIndex>();

/** The index of a search file, built once. */
export function guideIndex(data: SearchData): GuideIndex {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = indexGuide(data.pages, data.info)));
  return index;
}

/** Searches for `query`, showing up to `limit` hits. */
export async function runSearch(
  query: string,
  limit: number,
  sources: SearchSources,
  parameters: Parameters = PARAMETERS,
): Promise<Outcome> {
  const index = guideIndex(await sources.data());
  // A shard that cannot load (offline, not kept): the word is read as one the lexicon does not know.
  const concepts = await understand(query, index, (key) => sources.entry(key).catch(() => undefined), parameters);
  const corrected = concepts.filter((concept) => concept.correction);
  const suggestion = corrected.length ? suggestionFor(query, corrected) : undefined;
  const outside = notCovered(index, concepts, parameters);
  if (outside) return { query, suggestion, notCovered: outside, hits: [], total: 0 };
  const ranked = rank(index, concepts, parameters);
  const listed = ranked.filter((page) => page.score >= parameters.listShare * ranked[0]!.score);
  return {
    query,
    suggestion,
    hits: listed.slice(0, limit).map((page) => explain(index, page, concepts, parameters)),
    total: listed.length,
  };
}

/** The query as it was searched: each corrected word replaced, the rest as typed. */
function suggestionFor(query: string, corrected: readonly Concept[]): string {
  const fixes = new Map(corrected.map((concept) => [concept.text, concept.correction!]));
  return query
    .split(/\s+/)
    .map((word) => fixes.get(word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '')) ?? word)
    .join(' ');
}
