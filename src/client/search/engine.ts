/**
 * Searching: a reader's query goes through a small pipeline in front of Pagefind, which stays the index.
 * 1. The query's meaningful words (understand.ts), with two-word compounds the guide knows as one ("after care").
 * 2. Each word the guide lacks is looked up in the thesaurus (the guide's words for it), and only if the thesaurus
 *    does not know it either, corrected to the closest word of the guide ("Did you mean").
 * 3. Each concept is searched on its own, so a question is not lost because one word is missing, and pages are
 *    ranked by how many concepts they answer and how strongly (rank.ts).
 * 4. The best pages' text shows where they answer: the heading, an excerpt, the words to highlight (excerpt.ts).
 */
import { TOP_ID } from '../../consts';
import {
  bestSegment,
  buildExcerpt,
  highlightTerms,
  locate,
  pageWords,
  type ExcerptPart,
  type Segment,
} from './excerpt';
import { closestWord, resultHref } from './query';
import { rankPages, type ConceptAnswer, type PageAnswer, type RankedPage } from './rank';
import { lookupForms, meaningfulWords, typedConcept, type Concept } from './understand';
import { words } from './words';

/** Scores this close (a share of the larger) count as equal, and the guide's reading order decides. */
const NEAR_TIE = 0.03;

/** A reader's word → the guide's words or phrases it stands for (`thesaurus.json`, built with the index). */
export type Thesaurus = Readonly<Record<string, readonly string[]>>;

/** One result of a Pagefind search. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where the matching words stand in the page's text. */
  words: number[];
  /** The metadata fields that matched, e.g. `title`, `keywords`. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}

/** The parts of Pagefind's `pagefind.js` API we use. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

/** The parts of an indexed page (a Pagefind fragment) we use. */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Where a search gets the index and its word lists; the live ones in the browser, recorded ones in tests. */
export interface SearchSources {
  pagefind: () => Promise<Pagefind>;
  /** Every word the index holds, for "Did you mean". */
  vocabulary: () => Promise<string[]>;
  thesaurus: () => Promise<Thesaurus>;
  /** How many pages the index holds. */
  pageCount: () => Promise<number>;
}

/** A word the reader typed that the guide calls otherwise, and the guide's words it was searched as. */
export interface Understood {
  word: string;
  as: readonly string[];
}

/** One result as the UI shows it: the section, the heading inside it, an excerpt and the link. */
export interface Hit {
  section: string;
  heading?: string | undefined;
  excerpt: ExcerptPart[];
  href: string;
  /** The reader's words this page answers in the guide's words, e.g. backache as "back pain". */
  understood: Understood[];
}

/** What a search found. */
export interface Outcome {
  query: string;
  /** The query with misspelt words corrected, when any were. */
  suggestion?: string | undefined;
  /** Words searched as the guide's words for them. */
  understood: Understood[];
  hits: Hit[];
  /** How many pages matched in all; `hits` holds the best of them, up to the caller's limit. */
  total: number;
}

/** Turns the query into concepts, with the index's help for which words it knows. */
async function understand(query: string, pagefind: Pagefind, sources: SearchSources): Promise<Concept[]> {
  // An exact search (in quotes) finds a word, or a form of it, only where the guide uses it: no prefix or fallback.
  // It tells too whether the text has it, or only a section's keywords (which say where, not how, it is answered).
  const lookUp = async (term: string) => {
    const { results } = await pagefind.search(`"${term}"`);
    return { known: results.length > 0, inText: results.some((result) => result.words.length > 0) };
  };
  const found = meaningfulWords(query);
  const concepts: Concept[] = [];
  for (let index = 0; index < found.length; index++) {
    const [word, next] = [found[index]!, found[index + 1]];
    if (next && !/\d/.test(word + next) && (await lookUp(word + next)).known) {
      // Either form may be the guide's: "self care" and "selfcare"; "deep tissue" and a keyword's "deep-tissue".
      concepts.push({ ...typedConcept(`${word} ${next}`), alternatives: [word + next, `${word} ${next}`] });
      index++;
    } else concepts.push(typedConcept(word));
  }
  const looked = await Promise.all(
    concepts.map(async (concept) => ({
      concept,
      ...(concept.word.includes(' ') ? { known: true, inText: true } : await lookUp(concept.word)),
    })),
  );
  const notInText = looked.filter(({ inText }) => !inText);
  if (!notInText.length) return concepts;
  const thesaurus = await sources.thesaurus();
  const unmapped: Concept[] = [];
  for (const { concept, known } of notInText) {
    const mapped = lookupForms(concept.word)
      .map((form) => thesaurus[form])
      .find((targets) => targets?.length);
    if (mapped && known) {
      // The keywords say which section is about it; the text's words for it, counting half, say how well.
      concepts.push({
        word: concept.word,
        alternatives: [...mapped],
        source: 'thesaurus',
        weight: concept.weight / 2,
        extra: true,
      });
    } else if (mapped) Object.assign(concept, { alternatives: [...mapped], source: 'thesaurus' });
    else if (!known) unmapped.push(concept);
  }
  if (!unmapped.length) return concepts;
  const vocabulary = await sources.vocabulary();
  for (const concept of unmapped) {
    const closest =
      concept.word.length >= 3 && !/\d/.test(concept.word) ? closestWord(concept.word, vocabulary) : undefined;
    if (closest) Object.assign(concept, { alternatives: [closest], source: 'correction' });
  }
  // A word nothing answers is left out, unless nothing else is left.
  const answerable = concepts.filter((concept) => !unmapped.includes(concept) || concept.source === 'correction');
  return answerable.length ? answerable : concepts;
}

/** The parts of a page that start at its headings, the first at the page's top. */
function segments(data: PagefindData): (Segment & { anchor?: PagefindData['anchors'][number] })[] {
  const headings = data.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  const parts = headings.map((anchor) => ({ start: anchor.location, headingWords: words(anchor.text).length, anchor }));
  return parts[0]?.start === 0 ? parts : [{ start: 0, headingWords: 0 }, ...parts];
}

/** A page as a result: the heading whose part answers the concepts best, an excerpt there, the words to highlight. */
export function toHit(data: PagefindData, concepts: readonly Concept[]): Hit {
  const all = pageWords(data.content);
  const positions = locate(
    all,
    concepts.map((concept) => concept.alternatives.map((alternative) => words(alternative))),
  );
  const parts = segments(data);
  const best =
    parts[
      bestSegment(
        parts,
        positions,
        concepts.map((concept) => concept.weight),
      )
    ]!;
  const end = parts[parts.indexOf(best) + 1]?.start ?? all.length;
  const marked = [...new Set(positions.flat())].sort((a, b) => a - b);
  const inBest = marked.some((location) => location >= best.start + best.headingWords && location < end);
  const excerpt = inBest
    ? buildExcerpt(all, marked, best.start + best.headingWords, end)
    : [{ text: data.meta.description ?? '', marked: false }];
  const heading = best.anchor && best.anchor.id !== TOP_ID && best.start > 0 ? best.anchor : undefined;
  const understood = concepts
    .filter((concept, index) => concept.source === 'thesaurus' && positions[index]!.length)
    .map((concept) => ({ word: concept.word, as: concept.alternatives }));
  return {
    section: data.meta.title ?? data.url,
    heading: heading?.text,
    excerpt,
    href: resultHref(heading ? `${data.url}#${heading.id}` : data.url, highlightTerms(all, marked)),
    understood,
  };
}

/**
 * Ranked pages whose scores are about equal, put in the guide's reading order (frontmatter `order`, which the pages
 * give Pagefind as metadata): the more general section comes first.
 */
export function inReadingOrderWhenTied<T extends { page: RankedPage; data: PagefindData }>(ranked: readonly T[]): T[] {
  const order = ({ data }: T) => Number(data.meta['order'] ?? Infinity);
  const tied = (a: T, b: T) => Math.abs(a.page.score - b.page.score) <= NEAR_TIE * Math.max(a.page.score, b.page.score);
  const sorted = [...ranked];
  for (let i = 1; i < sorted.length; i++) {
    for (let j = i; j > 0 && tied(sorted[j - 1]!, sorted[j]!) && order(sorted[j]!) < order(sorted[j - 1]!); j--) {
      [sorted[j - 1], sorted[j]] = [sorted[j]!, sorted[j - 1]!];
    }
  }
  return sorted;
}

/** Searches for `query`, showing up to `limit` hits. */
export async function runSearch(query: string, limit: number, sources: SearchSources): Promise<Outcome> {
  const pagefind = await sources.pagefind();
  const concepts = await understand(query, pagefind, sources);
  const results = new Map<string, PagefindResult>();
  const answers: ConceptAnswer[] = [];
  for (const concept of concepts) {
    const pages = new Map<string, PageAnswer>();
    for (const alternative of concept.alternatives) {
      for (const result of (await pagefind.search(alternative)).results) {
        if (!results.has(result.id)) results.set(result.id, result);
        const known = pages.get(result.id);
        const declared = (result.matchedMetaFields ?? []).some((field) => field === 'title' || field === 'keywords');
        pages.set(result.id, {
          score: Math.max(known?.score ?? 0, result.score),
          positions: [...new Set([...(known?.positions ?? []), ...result.words])].sort((a, b) => a - b),
          declared: (known?.declared ?? false) || declared,
        });
      }
    }
    answers.push({ pages, weight: concept.weight, followsPrevious: answers.length > 0 && !concept.extra });
  }
  const ranked = rankPages(answers, await sources.pageCount());
  // Offline, only the pages kept on this device can show (src/client/offline/worker.ts): the others are left out.
  const settled = await Promise.allSettled(
    ranked.slice(0, limit).map(async (page) => ({ page, data: await results.get(page.id)!.data() })),
  );
  const loaded = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  if (!loaded.length && settled.length) throw (settled[0] as PromiseRejectedResult).reason;
  const shown = inReadingOrderWhenTied(loaded).map(({ data }) => data);
  const corrected = concepts.filter((concept) => concept.source === 'correction');
  return {
    query,
    suggestion: corrected.length ? suggestionFor(query, corrected) : undefined,
    understood: concepts
      .filter((concept) => concept.source === 'thesaurus')
      .map((concept) => ({ word: concept.word, as: concept.alternatives })),
    hits: shown.map((data) => toHit(data, concepts)),
    total: ranked.length - (settled.length - loaded.length),
  };
}

/** The query as it was searched: each corrected word replaced, the rest as typed. */
function suggestionFor(query: string, corrected: readonly Concept[]): string {
  const fixes = new Map(corrected.map((concept) => [concept.word, concept.alternatives[0]!]));
  return query
    .split(/\s+/)
    .map((word) => fixes.get(word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')) ?? word)
    .join(' ');
}
