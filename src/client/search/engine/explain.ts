/**
 * Why a section matched, from its own text: the sentence that answers the query best, with only the words that
 * carried the match marked, the reader's words the guide calls otherwise ("gym → strenuous activities"), the heading
 * it stands under, and a link that opens the page at that sentence, highlighted (a text fragment, as sharing a
 * sentence does) with the matched words highlighted too.
 */
import { TOP_ID } from '../../../consts';
import { formatDirective, textDirectiveFor } from '../../share/text-fragment';
import { resultHref } from '../query';
import type { Concept } from './understand';
import { isStopWord, pageWords, words } from './words';

/** The parts of an indexed page (a Pagefind fragment) that explaining uses. */
export interface PageText {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: readonly { element: string; id: string; text: string; location: number }[];
}

/** One run of an excerpt: plain text, or a word that answered the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A reader's word and the guide's word it was taken for. */
export interface Understood {
  word: string;
  as: string;
}

/** One result as the reader sees it. */
export interface Explanation {
  /** How well its best sentence answers the query: the concepts' weights, times their similarity there. */
  sentenceScore: number;
  section: string;
  heading?: string | undefined;
  excerpt: ExcerptPart[];
  href: string;
  understood: Understood[];
}

/** Longest excerpt, in words: a long sentence is cut around its marked words. */
const EXCERPT_WORDS = 32;

/**
 * Whether a word of the page is the guide's word `term` (one word of an alternative): the same word, or the same
 * stem (stretching ~ stretches, clothes ~ clothing), never a mere prefix (stretch is not strength).
 */
export function sameWord(pageWord: string, term: string): boolean {
  if (pageWord === term) return true;
  if (term.length < 4 || pageWord.length < 4) return false;
  const stem = (word: string) => word.replace(/(?:ing|ings|ed|es|s|ies|ness|ly|er|ers|ion|ions)$/, '');
  const [a, b] = [stem(pageWord), stem(term)];
  return (
    a.length >= 4 &&
    (a === b || (a.startsWith(b) && a.length - b.length <= 1) || (b.startsWith(a) && b.length - a.length <= 1))
  );
}

/** A word of the page split into what to mark and the punctuation around it: `“stress.”` → `“`, `stress`, `.”`. */
export function wordCore(word: string): [before: string, core: string, after: string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

/** The sentences of a page's text as [start, end) word ranges; headings stand alone. */
export function sentences(all: readonly string[], anchors: PageText['anchors']): [number, number][] {
  const breaks = new Set<number>([0, all.length]);
  for (const anchor of anchors) {
    if (!/^h[1-6]$/i.test(anchor.element)) continue;
    breaks.add(anchor.location);
    breaks.add(anchor.location + pageWords(anchor.text.trim()).length);
  }
  all.forEach((word, index) => {
    if (/[.!?:]["'”’)\]]*$/.test(word)) breaks.add(index + 1);
  });
  const sorted = [...breaks].filter((at) => at <= all.length).sort((a, b) => a - b);
  return sorted
    .slice(1)
    .map((end, index): [number, number] => [sorted[index]!, end])
    .filter(([a, b]) => b > a);
}

/** For each concept, where its alternatives stand on the page: word index → the matching alternative. */
function locate(
  all: readonly string[],
  concepts: readonly Concept[],
): Map<number, { concept: number; term: string; similarity: number }>[] {
  // The page's words split at hyphens and punctuation ("omega-3" is omega, 3), each with the page word it is part of.
  const parts = all.flatMap((word, at) => words(word).map((part) => ({ part, at })));
  return concepts.map(({ alternatives }) => {
    const found = new Map<number, { concept: number; term: string; similarity: number }>();
    alternatives.forEach(({ term, similarity }) => {
      const wanted = words(term);
      for (let start = 0; start + wanted.length <= parts.length; start++) {
        if (!wanted.every((word, offset) => sameWord(parts[start + offset]!.part, word))) continue;
        // Only the words that carry meaning are marked: never "a" or "is".
        wanted.forEach((word, offset) => {
          if (isStopWord(word)) return;
          const { at } = parts[start + offset]!;
          const known = found.get(at);
          if (!known || known.similarity < similarity) found.set(at, { concept: -1, term, similarity });
        });
      }
    });
    return found;
  });
}

/**
 * Explains a page as a result for `concepts` (`worth` gives each concept's weight in ranking): the sentence that
 * answers most, its excerpt and link.
 */
export function explain(page: PageText, concepts: readonly Concept[], worth: readonly number[]): Explanation {
  const all = pageWords(page.content);
  const found = locate(all, concepts);
  // The page's title is shown as the result's name already: the excerpt is a sentence of its text.
  const title = page.anchors.find((anchor) => anchor.id === TOP_ID);
  const titleEnd = title ? title.location + pageWords(title.text.trim()).length : 0;
  const ranges = sentences(all, page.anchors).filter(([start]) => start >= titleEnd);
  let best: [number, number] | undefined;
  let bestScore = 0;
  for (const [start, end] of ranges) {
    let score = 0;
    found.forEach((places, concept) => {
      let strongest = 0;
      for (const [at, { similarity }] of places)
        if (at >= start && at < end) strongest = Math.max(strongest, similarity);
      score += worth[concept]! * strongest;
    });
    if (score > bestScore) [best, bestScore] = [[start, end], score];
  }
  const heading = best && headingOf(page, best[0]);
  const marked = new Map<number, { concept: number; term: string }>();
  found.forEach((places, concept) => {
    for (const [at, place] of places) if (best && at >= best[0] && at < best[1]) marked.set(at, { ...place, concept });
  });
  const understood = new Map<string, Understood>();
  for (const { concept, term } of marked.values()) {
    const word = concepts[concept]!.text;
    if (
      concepts[concept]!.correction ||
      words(term).join(' ') === words(word).join(' ') ||
      term.replace(/ /g, '') === word.replace(/ /g, '')
    )
      continue;
    understood.set(`${word}→${term}`, { word, as: term });
  }
  const highlight = [...new Set([...marked.keys()].map((at) => wordCore(all[at]!)[1].toLowerCase()))].filter(
    (word) => word.length > 1,
  );
  const base = heading ? `${page.url}#${heading.id}` : `${page.url}#${TOP_ID}`;
  return {
    sentenceScore: bestScore,
    section: page.meta['title'] ?? page.url,
    heading: heading?.text,
    excerpt: best
      ? excerptOf(all, best, [...marked.keys()])
      : [{ text: page.meta['description'] ?? '', marked: false }],
    href: best ? `${resultHref(base, highlight)}${fragmentFor(all, best)}` : resultHref(page.url, []),
    understood: [...understood.values()],
  };
}

/** The heading a word stands under, unless it is the page's own title. */
function headingOf(page: PageText, at: number): PageText['anchors'][number] | undefined {
  const heading = page.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.location <= at)
    .sort((a, b) => b.location - a.location)[0];
  return heading && heading.id !== TOP_ID && heading.location > 0 ? heading : undefined;
}

/** The sentence as an excerpt, cut around its marks if it is long, with the marked words' letters marked. */
function excerptOf(all: readonly string[], [start, end]: [number, number], marks: readonly number[]): ExcerptPart[] {
  let from = start;
  let to = end;
  if (to - from > EXCERPT_WORDS) {
    const first = Math.min(...marks.filter((at) => at >= start && at < end), end);
    from = Math.max(start, Math.min(first - 6, end - EXCERPT_WORDS));
    to = Math.min(end, from + EXCERPT_WORDS);
  }
  const isMarked = new Set(marks);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (from > start) push('… ', false);
  for (let at = from; at < to; at++) {
    if (at > from) push(' ', false);
    if (!isMarked.has(at)) {
      push(all[at]!, false);
      continue;
    }
    const [before, core, after] = wordCore(all[at]!);
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (to < end) push(' …', false);
  return parts;
}

/** The text fragment (`:~:text=…`) that opens the page at the sentence and highlights it. */
function fragmentFor(all: readonly string[], [start, end]: [number, number]): string {
  const directive = textDirectiveFor({
    before: all.slice(0, start).join(' ') + ' ',
    selected: all.slice(start, end).join(' '),
    after: ' ' + all.slice(end).join(' '),
  });
  return directive ? `:~:${formatDirective(directive)}` : '';
}
