/** Pure helpers for search: reading and writing `?q=`, result links and "Did you mean …". */
import { HIGHLIGHT_PARAM, PATHS, QUERY_PARAM } from '../../consts';
import { normaliseText } from './understand';
import { words } from './words';

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

/** Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Most edits a correction may need: one for short words, two from five letters, three from nine. */
export function allowedEdits(word: string): number {
  return word.length >= 9 ? 3 : word.length >= 5 ? 2 : 1;
}

/** The vocabulary word closest to `word` within allowedEdits, preferring the same first letter; undefined if none. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word);
  let best: { word: string; score: number } | undefined;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance > limit) continue;
    // Readers rarely get the first letter wrong, so a different one costs half an edit more.
    const score = distance + (candidate[0] === word[0] ? 0 : 0.5);
    if (!best || score < best.score) best = { word: candidate, score };
  }
  return best?.word;
}

/**
 * "Did you mean": the query with each word that is not in the vocabulary replaced by its closest word.
 * Undefined when every word is known or none can be corrected.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const corrected = words(query).map((word) => {
    if (known.has(word) || word.length < 3 || /^\d+$/.test(word)) return word;
    const closest = closestWord(word, vocabulary);
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? corrected.join(' ') : undefined;
}
