/** Runs searches with Pagefind's low-level API and turns its results into what our UI shows. */
import { PATHS, TOP_ID } from '../../consts';
import { buildExcerpt, highlightTerms, pageWords, queryTerms, relevantLocations } from './excerpt';
import { resultHref, suggestQuery, type ExcerptPart } from './query';

/** The parts of Pagefind's `pagefind.js` API we use. */
interface Pagefind {
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
interface PagefindData {
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

const BUNDLE = PATHS.searchBundle;

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads Pagefind once, on the first sign that the reader wants to search. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // The web worker would cost an extra 11 KB on a site this small; searching on the main thread takes a few ms.
    await module.options({ noWorker: true, ranking: { metaWeights: { title: 5, keywords: 3, description: 1.5 } } });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The index's words for "Did you mean", fetched only when a query finds nothing. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${BUNDLE}vocabulary.json`).then((response) => response.json() as Promise<string[]>);
  return vocabulary;
}

/**
 * A page's result pointed at the heading whose text best answers the query (the page itself when that is its h1),
 * with our own excerpt and the words to highlight on arrival.
 */
function toHit(data: PagefindData, query: string): Hit {
  const all = pageWords(data.content);
  const terms = queryTerms(query);
  const relevant = relevantLocations(all, data.weighted_locations.map((l) => l.location), terms);
  const headingStarts = data.anchors.filter((a) => /^h\d$/i.test(a.element)).map((a) => a.location).sort((a, b) => a - b);
  const score = (sub: PagefindSubResult) =>
    sub.weighted_locations.filter((l) => relevant.includes(l.location)).reduce((sum, l) => sum + l.balanced_score, 0);
  const best = [...data.sub_results].sort((a, b) => score(b) - score(a))[0];
  const useHeading = best && score(best) > 0;
  const start = useHeading ? (best.anchor?.location ?? 0) : 0;
  const end = useHeading ? (headingStarts.find((location) => location > start) ?? all.length) : all.length;
  const url = useHeading && !best.url.endsWith(`#${TOP_ID}`) ? best.url : data.url;
  const excerpt = relevant.length ? buildExcerpt(all, relevant, start, end) : [{ text: data.meta.description ?? '', marked: false }];
  return {
    section: data.meta.title ?? url,
    heading: url.includes('#') ? best?.title : undefined,
    excerpt,
    href: resultHref(url, highlightTerms(all, relevant, terms)),
  };
}

/** Searches for `query` (up to `limit` hits); falls back to the closest indexed words when nothing matches. */
export async function runSearch(query: string, limit: number): Promise<Outcome> {
  const engine = await loadPagefind();
  let found = await engine.search(query);
  let suggestion: string | undefined;
  if (found.results.length === 0) {
    suggestion = suggestQuery(query, await loadVocabulary());
    if (suggestion) found = await engine.search(suggestion);
  }
  const data = await Promise.all(found.results.slice(0, limit).map((result) => result.data()));
  return { query, suggestion, hits: data.map((page) => toHit(page, suggestion ?? query)), total: found.results.length };
}
