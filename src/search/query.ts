/** Pure helpers for search's addresses: reading and writing `?q=`, and the words a result's link highlights. */
import { HIGHLIGHT_PARAM, PATHS, QUERY_PARAM } from '../consts.ts';
import { normaliseText, words } from './text.ts';

/** Longest query we act on; longer input is cut, as no reader's question needs more. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Tidies a raw query before it is searched for or shown back: normaliseText's folding (full-width letters, invisible
 * and bidi control characters removed), collapsed white space, and at most MAX_QUERY_LENGTH characters.
 */
export function normaliseQuery(raw: string): string {
  return [...normaliseText(raw)].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** The query in a location's search string (`?q=…`), tidied; empty when absent. */
export function queryFromSearch(search: string): string {
  return normaliseQuery(new URLSearchParams(search).get(QUERY_PARAM) ?? '');
}

/** The search page's address for a query, e.g. `/search/?q=omega+3`; the bare page for an empty query. */
export function searchPageUrl(query: string): string {
  const tidy = normaliseQuery(query);
  return tidy ? `${PATHS.search}?${new URLSearchParams({ [QUERY_PARAM]: tidy })}` : PATHS.search;
}

/** A result's link with the words to highlight on arrival, keeping its `#heading`: `/a/?highlight=x+y#h`. */
export function resultHref(url: string, highlight: readonly string[]): string {
  const [path = '', hash] = url.split('#', 2);
  const unique = [...new Set(highlight.map((word) => word.toLowerCase()))];
  const query = unique.length ? `?${new URLSearchParams({ [HIGHLIGHT_PARAM]: unique.join(' ') })}` : '';
  return `${path.split('?')[0]}${query}${hash ? `#${hash}` : ''}`;
}

/** The words to highlight from a landing page's search string; empty when there are none. */
export function highlightWords(search: string): string[] {
  const raw = normaliseQuery(new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '');
  return [...new Set(words(raw))].filter((word) => word.length > 1);
}
