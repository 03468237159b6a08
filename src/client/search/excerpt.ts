/**
 * Our own excerpts and highlights from a Pagefind result. Pagefind marks every word its index matched, including
 * prefix matches of a short last word ("vitamin d" marks "diet") and stop words ("what to wear" marks every "to");
 * here only words that really answer the query count, and the excerpt is the window with most of them.
 */
import type { ExcerptPart } from './query';
import { words } from './words';

/** Words too common to show as the reason for a match; they still count when a query has nothing else. */
const STOP_WORDS = new Set(
  'a an and are as at be by can do does for from how i in is it its me my of on or so than that the this to what when where which who why will with you your'.split(
    ' ',
  ),
);

/** Splits text into words exactly as Pagefind counts word locations. */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/g);
}

/** The query's words that should be highlighted: its words without stop words (all of them if only stop words). */
export function queryTerms(query: string): string[] {
  const all = [...new Set(words(query))];
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length ? meaningful : all;
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether a page word answers one of the terms: the same word, or the same stem (stretching ~ stretches,
 * clothes ~ clothing). Terms under three letters must match exactly, as Pagefind's prefix match of them is noise.
 */
export function answers(pageWord: string, terms: readonly string[]): boolean {
  return words(pageWord).some((part) =>
    terms.some(
      (term) =>
        part === term ||
        (term.length >= 3 && commonPrefix(part, term) >= Math.min(term.length, Math.max(4, term.length - 3))),
    ),
  );
}

/** Locations (word indexes) among `locations` whose words answer the terms. */
export function relevantLocations(
  all: readonly string[],
  locations: readonly number[],
  terms: readonly string[],
): number[] {
  return [...new Set(locations)]
    .filter((location) => all[location] !== undefined && answers(all[location]!, terms))
    .sort((a, b) => a - b);
}

/**
 * The excerpt of `length` words within [start, end) that holds the most relevant locations, with those words
 * marked and "…" where text was cut. Starts a few words before the first match so it reads as a phrase.
 */
export function buildExcerpt(
  all: readonly string[],
  relevant: readonly number[],
  start: number,
  end: number,
  length = 24,
): ExcerptPart[] {
  const inside = relevant.filter((location) => location >= start && location < end);
  let from = start;
  let best = -1;
  for (const first of inside) {
    const count = inside.filter((location) => location >= first && location < first + length).length;
    if (count > best) [best, from] = [count, Math.max(start, first - 4)];
  }
  const to = Math.min(end, all.length, from + length);
  from = Math.max(start, Math.min(from, to - length));
  const marked = new Set(inside);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (from > 0) push('… ', false);
  for (let location = from; location < to; location++) {
    if (location > from) push(' ', false);
    push(all[location]!, marked.has(location));
  }
  if (to < all.length) push(' …', false);
  return parts;
}

/** Distinct words worth highlighting on the page a result opens: the relevant page words, lower-cased. */
export function highlightTerms(
  all: readonly string[],
  relevant: readonly number[],
  terms: readonly string[],
): string[] {
  const found = relevant.flatMap((location) => words(all[location] ?? '').filter((part) => answers(part, terms)));
  return [...new Set(found)].filter((word) => word.length > 1);
}
