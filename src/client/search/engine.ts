/** Runs searches with Pagefind's low-level API and turns its results into what our UI shows. */
import { TOP_ID } from '../../consts';
import { buildExcerpt, highlightTerms, pageWords, queryTerms, relevantLocations } from './excerpt';
import { resultHref, suggestQuery, type ExcerptPart } from './query';

/** The parts of Pagefind's `pagefind.js` API we use. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}
interface WeightedLocation {
  location: number;
  balanced_score: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  anchor?: { location: number };
  weighted_locations: WeightedLocation[];
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; location: number }[];
  weighted_locations: WeightedLocation[];
  sub_results: PagefindSubResult[];
}

/** One result as the UI shows it: the section, the heading inside it, an excerpt and the link. */
export interface Hit {
  section: string;
  heading?: string;
  excerpt: ExcerptPart[];
  href: string;
}

/** What a search found: hits for `query`, or for `suggestion` when the query itself found nothing. */
export interface Outcome {
  query: string;
  suggestion?: string;
  hits: Hit[];
  /** How many pages matched in all; `hits` holds the first of them, up to the caller's limit. */
  total: number;
}

/**
 * A page's result pointed at the heading whose text best answers the query (the page itself when that is its h1),
 * with our own excerpt and the words to highlight on arrival.
 */
export function toHit(data: PagefindData, query: string): Hit {
  const all = pageWords(data.content);
  const terms = queryTerms(query);
  const relevant = relevantLocations(
    all,
    data.weighted_locations.map((l) => l.location),
    terms,
  );
  const headingStarts = data.anchors
    .filter((a) => /^h\d$/i.test(a.element))
    .map((a) => a.location)
    .sort((a, b) => a - b);
  const score = (sub: PagefindSubResult) =>
    sub.weighted_locations.filter((l) => relevant.includes(l.location)).reduce((sum, l) => sum + l.balanced_score, 0);
  const best = [...data.sub_results].sort((a, b) => score(b) - score(a))[0];
  const useHeading = best && score(best) > 0;
  const start = useHeading ? (best.anchor?.location ?? 0) : 0;
  const end = useHeading ? (headingStarts.find((location) => location > start) ?? all.length) : all.length;
  const url = useHeading && !best.url.endsWith(`#${TOP_ID}`) ? best.url : data.url;
  const excerpt = relevant.length
    ? buildExcerpt(all, relevant, start, end)
    : [{ text: data.meta.description ?? '', marked: false }];
  return {
    section: data.meta.title ?? url,
    heading: url.includes('#') ? best?.title : undefined,
    excerpt,
    href: resultHref(url, highlightTerms(all, relevant, terms)),
  };
}

/** Where a search gets its index and its word list; the real ones unless a test gives its own. */
export interface SearchSources {
  pagefind: () => Promise<Pagefind>;
  vocabulary: () => Promise<string[]>;
}

/** Searches for `query` (up to `limit` hits); falls back to the closest indexed words when nothing matches. */
export async function runSearch(query: string, limit: number, sources: SearchSources): Promise<Outcome> {
  const engine = await sources.pagefind();
  let found = await engine.search(query);
  let suggestion: string | undefined;
  if (found.results.length === 0) {
    suggestion = suggestQuery(query, await sources.vocabulary());
    if (suggestion) found = await engine.search(suggestion);
  }
  const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
  return { query, suggestion, hits: data.map((page) => toHit(page, suggestion ?? query)), total: found.results.length };
}
