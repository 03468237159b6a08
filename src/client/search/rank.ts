/**
 * Ranking sections by how many of the query's concepts they answer, and how strongly. Pure: it works on what
 * Pagefind answered for each concept (scores, where the words stand), so ranking needs no page text and no download.
 */

/** How one page answers one concept. */
export interface PageAnswer {
  /** Pagefind's score. */
  score: number;
  /** Where the concept's words stand in the page's text (word indexes), in order. */
  positions: readonly number[];
  /** Whether the page names the concept in its title or keywords: the editors say it is about it. */
  declared: boolean;
}

/** What the index answered for one concept, page by page. */
export interface ConceptAnswer {
  pages: ReadonlyMap<string, PageAnswer>;
  /** Words of time count for less than topics (see understand.ts). */
  weight: number;
  /** Whether the reader wrote this concept right after the one before it (so they may stand together as a phrase). */
  followsPrevious: boolean;
}

/** A page and why it ranks where it does. */
export interface RankedPage {
  id: string;
  /** The weighted sum of concepts answered and how strongly (see rankPages). */
  score: number;
  /** Indexes of the concepts the page answers. */
  concepts: number[];
}

/** Words apart, at most, for two of the query's words to read as one phrase on the page ("after a massage"). */
const NEAR = 3;

/** Whether some position of `first` is followed closely by one of `second` (both sorted). */
export function followedClosely(first: readonly number[], second: readonly number[]): boolean {
  let j = 0;
  for (const at of first) {
    while (j < second.length && second[j]! <= at) j++;
    if (j < second.length && second[j]! - at <= NEAR) return true;
  }
  return false;
}

/**
 * Pages in order of how well they answer the whole query. Each concept a page answers counts by how rare it is
 * among the pages (a word every page has tells little): half for being there and half for how strongly the page
 * answers it, next to the page that answers it best, and twice that when the page's title or keywords name it.
 * Two concepts the reader wrote side by side count again when they stand side by side on the page too. So the page
 * answering the whole question wins, and a page that mentions one word in passing ranks below one that is about it.
 * `pageCount` is the number of pages indexed.
 */
export function rankPages(answers: readonly ConceptAnswer[], pageCount: number): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  const worth = answers.map(
    ({ pages: answered, weight }) => weight * Math.log(1 + pageCount / Math.max(answered.size, 1)),
  );
  answers.forEach(({ pages: answered }, concept) => {
    const strongest = Math.max(0, ...[...answered.values()].map((answer) => answer.score));
    for (const [id, { score, declared }] of answered) {
      const page = pages.get(id) ?? { id, score: 0, concepts: [] };
      page.score += worth[concept]! * (0.5 + 0.5 * (strongest > 0 ? score / strongest : 1)) * (declared ? 2 : 1);
      page.concepts.push(concept);
      pages.set(id, page);
    }
  });
  for (const page of pages.values()) {
    for (let concept = 0; concept + 1 < answers.length; concept++) {
      const here = answers[concept]!.pages.get(page.id);
      if (!answers[concept + 1]!.followsPrevious) continue;
      const next = answers[concept + 1]!.pages.get(page.id);
      if (here && next && followedClosely(here.positions, next.positions))
        page.score += worth[concept]! + worth[concept + 1]!;
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score || b.concepts.length - a.concepts.length);
}
