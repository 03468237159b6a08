/**
 * Why a section matched, from its own text: the passage that answers best, with only the words that carried the match
 * marked, the reader's words the guide calls otherwise ("gym → strenuous activities", when the model is sure enough),
 * the heading it stands under, and a link that opens the page at that sentence, highlighted (a text fragment, as
 * sharing a sentence does), with the matched words highlighted too.
 */
import { TOP_ID } from '../consts.ts';
import { formatDirective, textDirectiveFor } from '../share/text-fragment.ts';
import type { GuideIndex } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import { resultHref } from './query.ts';
import type { RankedPage } from './rank.ts';
import { isStopWord, parts } from './text.ts';
import type { Concept } from './understand.ts';

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
  /** The section's title. */
  section: string;
  /** The heading its passage stands under, unless it is the title. */
  heading?: string | undefined;
  excerpt: ExcerptPart[];
  href: string;
  understood: Understood[];
}

/** Longest excerpt, in words: a long sentence is cut around its marked words. */
const EXCERPT_WORDS = 32;

/** A word of the page split into what to mark and the punctuation around it: `“stress.”` → `“`, `stress`, `.”`. */
export function wordCore(word: string): [before: string, core: string, after: string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

/** Explains a ranked page as a result for `concepts`. */
export function explain(
  index: GuideIndex,
  ranked: RankedPage,
  concepts: readonly Concept[],
  parameters: Parameters,
): Explanation {
  const page = index.pages[ranked.page]!;
  const words = index.words[ranked.page]!;
  // The title is the result's name already: the excerpt is a passage of the text, the one the matches weigh most in.
  const passages = index.pagePassages[ranked.page]!.map((passage) => index.passages[passage]!);
  const text = passages.filter(
    (passage) => passage.start > 0 && !page.anchors.some((a) => a.location === passage.start),
  );
  const weightIn = ({ start, end }: { start: number; end: number }) =>
    ranked.matches.reduce((sum, matches, c) => {
      let strongest = 0;
      for (const [at, alternative] of matches)
        if (at >= start && at < end)
          strongest = Math.max(strongest, concepts[c]!.alternatives[alternative]!.probability);
      return sum + concepts[c]!.weight * strongest;
    }, 0);
  const rankedPassage = index.passages[ranked.passage]!;
  const best = text.includes(rankedPassage)
    ? rankedPassage
    : text.reduce<(typeof text)[number] | undefined>(
        (found, passage) => (!found || weightIn(passage) > weightIn(found) ? passage : found),
        undefined,
      );
  if (!best || weightIn(best) === 0)
    return {
      section: page.title,
      excerpt: [{ text: page.description, marked: false }],
      href: resultHref(page.url, []),
      understood: [],
    };

  const marked = new Map<number, { concept: number; alternative: number }>();
  ranked.matches.forEach((matches, concept) => {
    for (const [at, alternative] of matches) {
      if (at < best.start || at >= best.end) continue;
      // Only the words that carry meaning are marked: never "a" or "is".
      if (concepts[concept]!.stop || parts(words[at]!).every(isStopWord)) continue;
      marked.set(at, { concept, alternative });
    }
  });
  const understood = new Map<string, Understood>();
  for (const { concept, alternative } of marked.values()) {
    const { text: word, correction } = concepts[concept]!;
    const { shown, own, similarity } = concepts[concept]!.alternatives[alternative]!;
    if (own || correction || similarity < parameters.showWidening) continue;
    understood.set(`${word}→${shown}`, { word, as: shown });
  }
  const highlight = [...new Set([...marked.keys()].map((at) => wordCore(words[at]!)[1].toLowerCase()))].filter(
    (word) => word.length > 1,
  );
  const heading = best.heading === undefined ? undefined : page.anchors[best.heading];
  const base = heading && heading.location > 0 ? `${page.url}#${heading.id}` : `${page.url}#${TOP_ID}`;
  return {
    section: page.title,
    heading: heading && heading.location > 0 ? heading.text : undefined,
    excerpt: excerptOf(words, best, [...marked.keys()]),
    href: `${resultHref(base, highlight)}${fragmentFor(words, best)}`,
    understood: [...understood.values()],
  };
}

/** The passage as an excerpt, cut around its marks if it is long, with the marked words' letters marked. */
function excerptOf(
  all: readonly string[],
  { start, end }: { start: number; end: number },
  marks: readonly number[],
): ExcerptPart[] {
  let from = start;
  let to = end;
  if (to - from > EXCERPT_WORDS) {
    const first = Math.min(...marks.filter((at) => at >= start && at < end), end);
    from = Math.max(start, Math.min(first - 6, end - EXCERPT_WORDS));
    to = Math.min(end, from + EXCERPT_WORDS);
  }
  const isMarked = new Set(marks);
  const excerpt: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = excerpt.at(-1);
    if (last && last.marked === marked) last.text += text;
    else excerpt.push({ text, marked });
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
  return excerpt;
}

/** The text fragment (`:~:text=…`) that opens the page at the passage and highlights it. */
function fragmentFor(all: readonly string[], { start, end }: { start: number; end: number }): string {
  const directive = textDirectiveFor({
    before: all.slice(0, start).join(' ') + ' ',
    selected: all.slice(start, end).join(' '),
    after: ' ' + all.slice(end).join(' '),
  });
  return directive ? `:~:${formatDirective(directive)}` : '';
}
