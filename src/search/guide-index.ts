/**
 * The guide as search holds it: each searchable page of the search file (search-data.ts) turned into an index of terms
 * by the one tokeniser and stemmer (text.ts), its text cut into passages. Built once, where search runs.
 */
import type { GuidePage } from './search-data.ts';
import { pageWords, termsOf, tokens } from './text.ts';

/** A run of the page's words that search scores and shows as one: a sentence, or a heading. */
export interface Passage {
  page: number;
  start: number;
  end: number;
  /** The heading it stands under (an anchor of the page), if any. */
  heading?: number;
  /** Number of terms, for length normalisation. */
  length: number;
}

/** Where a term stands: in which page, and at which word of it. */
export interface Occurrence {
  page: number;
  at: number;
}

/** The index of the guide. */
export interface GuideIndex {
  pages: readonly GuidePage[];
  /** Each page's words as written (pageWords). */
  words: readonly (readonly string[])[];
  passages: readonly Passage[];
  /** Each page's passages' indexes, in order. */
  pagePassages: readonly (readonly number[])[];
  /** The passage each word of each page belongs to. */
  passageAt: readonly Int32Array[];
  /** Every term of the text and where it stands. */
  postings: ReadonlyMap<string, readonly Occurrence[]>;
  /** Terms of each page's title; terms of each page's keywords. */
  titleTerms: readonly ReadonlySet<string>[];
  keywordTerms: readonly ReadonlySet<string>[];
  descriptionTerms: readonly ReadonlySet<string>[];
  /** Number of pages each term (of text, title or keywords) appears in. */
  pageFrequency: ReadonlyMap<string, number>;
  /** The guide's words (lower-case, as written) and how often it uses them: corrections and compounds pick from them. */
  vocabulary: ReadonlyMap<string, number>;
  /** How much each of the guide's words tells, 1–9, from its frequency in English (the lexicon's informativeness). */
  info: ReadonlyMap<string, number>;
  /** Average passage length in terms. */
  averagePassage: number;
  /** Average page length in terms. */
  averagePage: number;
}

/** A sentence ends at a word ending in . ! ? or : (with closing quotes or brackets after it). */
const SENTENCE_END = /[.!?:]["'”’)\]]*$/;

/** Builds the index of `pages`. */
export function indexGuide(pages: readonly GuidePage[], info: Readonly<Record<string, number>> = {}): GuideIndex {
  const postings = new Map<string, Occurrence[]>();
  const vocabulary = new Map<string, number>();
  const passages: Passage[] = [];
  const pagePassages: number[][] = [];
  const passageAt: Int32Array[] = [];
  const titleTerms: Set<string>[] = [];
  const keywordTerms: Set<string>[] = [];
  const descriptionTerms: Set<string>[] = [];
  const pageFrequency = new Map<string, number>();
  const allWords: string[][] = [];
  let totalTerms = 0;

  pages.forEach((page, pageIndex) => {
    const written = pageWords(page.content);
    allWords.push(written);
    const seen = new Set<string>();
    const termCount: number[] = [];
    written.forEach((word, at) => {
      const { parts, joined } = termsOf(word);
      for (const term of joined ? [...parts, joined] : parts) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push({ page: pageIndex, at });
        seen.add(term);
      }
      termCount.push(parts.length);
      for (const token of tokens(word)) vocabulary.set(token, (vocabulary.get(token) ?? 0) + 1);
    });
    const title = page.anchors.find((anchor) => anchor.location === 0);
    titleTerms.push(new Set(tokens(page.title).flatMap((token) => allTerms(token))));
    keywordTerms.push(new Set(page.keywords.flatMap((keyword) => tokens(keyword).flatMap((token) => allTerms(token)))));
    descriptionTerms.push(new Set(tokens(page.description).flatMap((token) => allTerms(token))));
    for (const term of [...titleTerms[pageIndex]!, ...keywordTerms[pageIndex]!, ...descriptionTerms[pageIndex]!])
      seen.add(term);
    for (const term of seen) pageFrequency.set(term, (pageFrequency.get(term) ?? 0) + 1);

    // Passages: the title and each heading stand alone; the text between them is cut into sentences.
    const breaks = new Set<number>([0, written.length]);
    const headingAt = new Map<number, number>();
    page.anchors.forEach((anchor, index) => {
      const end = anchor.location + pageWords(anchor.text).length;
      breaks.add(anchor.location);
      breaks.add(end);
      headingAt.set(anchor.location, index);
    });
    if (title) breaks.add(pageWords(title.text).length);
    written.forEach((word, at) => {
      if (SENTENCE_END.test(word)) breaks.add(at + 1);
    });
    const sorted = [...breaks].filter((at) => at <= written.length).sort((a, b) => a - b);
    const own: number[] = [];
    const at = new Int32Array(written.length).fill(-1);
    let heading: number | undefined;
    for (let index = 1; index < sorted.length; index++) {
      const [start, end] = [sorted[index - 1]!, sorted[index]!];
      if (end <= start) continue;
      const isHeading = headingAt.has(start);
      if (isHeading) heading = headingAt.get(start);
      let length = 0;
      for (let word = start; word < end; word++) length += termCount[word]!;
      own.push(passages.length);
      at.fill(passages.length, start, end);
      passages.push({ page: pageIndex, start, end, ...(heading === undefined ? {} : { heading }), length });
      totalTerms += length;
    }
    pagePassages.push(own);
    passageAt.push(at);
  });

  const pageLengths = allWords.map((written) => written.length);
  return {
    pages,
    words: allWords,
    passages,
    pagePassages,
    passageAt,
    postings,
    titleTerms,
    keywordTerms,
    descriptionTerms,
    pageFrequency,
    vocabulary,
    info: new Map(Object.entries(info)),
    averagePassage: totalTerms / Math.max(1, passages.length),
    averagePage: pageLengths.reduce((sum, length) => sum + length, 0) / Math.max(1, pages.length),
  };
}

/** Every term of a token: its parts and their joined form. */
function allTerms(token: string): string[] {
  const { parts, joined } = termsOf(token);
  return joined ? [...parts, joined] : parts;
}

/** Where a run of terms stands in the text, in order and side by side: the place of its first word. */
export function phraseOccurrences(index: GuideIndex, terms: readonly string[]): readonly Occurrence[] {
  const [first, ...rest] = terms;
  if (first === undefined) return [];
  const start = index.postings.get(first) ?? [];
  if (!rest.length) return start;
  const key = (page: number, at: number) => page * 1_000_000 + at;
  const places = rest.map((term) => new Set((index.postings.get(term) ?? []).map(({ page, at }) => key(page, at))));
  // The words of a written compound (self-care) stand at the same place; the words of a phrase, one after another.
  return start.filter(({ page, at }) =>
    places.every((set, offset) => set.has(key(page, at + offset + 1)) || set.has(key(page, at + offset))),
  );
}

/** The stems of a phrase's words, for looking a guide's word or phrase up in the index. */
export function phraseTerms(phrase: string): string[] {
  return tokens(phrase).flatMap((token) => {
    const { parts, joined } = termsOf(token);
    return joined ? [joined] : parts;
  });
}
