/**
 * Where a page answers a query, from the page's own text: which words answer which concept, the heading whose part
 * answers most, and an excerpt with those words marked. Pagefind's own marks include prefix matches and stop words,
 * so this reads the text itself. Every step is linear in the page's length: a very long section stays fast.
 */
import { words } from './words';

/** One run of an excerpt: plain text, or a word that answered the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Splits text into words exactly as Pagefind counts word locations. */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/g);
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether a word of the page answers a word of the query: the same word, or the same stem (stretching ~ stretches,
 * clothes ~ clothing). Words under three letters must match exactly, as prefixes of them are noise.
 */
export function sameWord(pageWord: string, term: string): boolean {
  if (pageWord === term) return true;
  return term.length >= 3 && commonPrefix(pageWord, term) >= Math.min(term.length, Math.max(4, term.length - 3));
}

/** What answers one concept: the words of each of its alternatives (a phrase's words each count). */
export type ConceptTerms = readonly (readonly string[])[];

/** The positions (word indexes) on the page that answer each concept, in page order. */
export function locate(all: readonly string[], concepts: readonly ConceptTerms[]): number[][] {
  const terms = concepts.map((alternatives) => [
    ...new Set(alternatives.flatMap((alternative) => alternative.flatMap(words))),
  ]);
  // A long page repeats its words: decide each distinct word once.
  const answered = new Map<string, number[]>();
  const positions = concepts.map((): number[] => []);
  all.forEach((pageWord, location) => {
    const key = pageWord.toLowerCase();
    let hits = answered.get(key);
    if (!hits) {
      const parts = words(key);
      hits = terms.flatMap((list, concept) =>
        parts.some((part) => list.some((term) => sameWord(part, term))) ? [concept] : [],
      );
      answered.set(key, hits);
    }
    for (const concept of hits) positions[concept]!.push(location);
  });
  return positions;
}

/** A part of a page that starts at a heading: the heading's location and how many words the heading has. */
export interface Segment {
  start: number;
  headingWords: number;
}

/**
 * The segment that answers the query best: the most concepts (weighted), then the most answering words; earlier
 * on a tie. `segments` are in page order and the first starts at 0.
 */
export function bestSegment(
  segments: readonly Segment[],
  positions: readonly number[][],
  weights: readonly number[],
): number {
  let best = 0;
  let bestScore = -1;
  segments.forEach(({ start }, index) => {
    const end = segments[index + 1]?.start ?? Infinity;
    let score = 0;
    positions.forEach((list, concept) => {
      const count = list.filter((location) => location >= start && location < end).length;
      // Each concept counts once for being there, and a little more for each mention, up to five.
      if (count) score += weights[concept]! * (1 + 0.05 * Math.min(count, 5));
    });
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

/** A page word split into what to mark and the punctuation around it: `“stress.”` → `“`, `stress`, `.”`. */
export function wordCore(word: string): [before: string, core: string, after: string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

/**
 * The excerpt of `length` words within [start, end) that holds the most marked locations, with those words marked
 * (not their punctuation) and "…" where text was cut. It starts a few words before the first mark, so it reads as a
 * phrase. `marked` must be sorted.
 */
export function buildExcerpt(
  all: readonly string[],
  marked: readonly number[],
  start: number,
  end: number,
  length = 24,
): ExcerptPart[] {
  const stop = Math.min(end, all.length);
  const inside = marked.filter((location) => location >= start && location < stop);
  let from = start;
  let best = 0;
  // A window sliding over the marks: for each first mark, how many marks fall within `length` words of it.
  for (let first = 0, last = 0; first < inside.length; first++) {
    while (last < inside.length && inside[last]! < inside[first]! + length) last++;
    if (last - first > best) [best, from] = [last - first, Math.max(start, inside[first]! - 4)];
  }
  const to = Math.min(stop, from + length);
  from = Math.max(start, Math.min(from, to - length));
  const isMarked = new Set(inside);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === mark) last.text += text;
    else parts.push({ text, marked: mark });
  };
  if (from > 0) push('… ', false);
  for (let location = from; location < to; location++) {
    if (location > from) push(' ', false);
    if (!isMarked.has(location)) {
      push(all[location]!, false);
      continue;
    }
    const [before, core, after] = wordCore(all[location]!);
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (to < all.length) push(' …', false);
  return parts;
}

/** The distinct words to highlight on the page a result opens: the marked words, lower-case, without punctuation. */
export function highlightTerms(all: readonly string[], marked: readonly number[]): string[] {
  const found = new Set<string>();
  for (const location of marked) {
    const core = wordCore(all[location] ?? '')[1].toLowerCase();
    if (core.length > 1) found.add(core);
  }
  return [...found];
}
