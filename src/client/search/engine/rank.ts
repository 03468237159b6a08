/**
 * Ranking sections from what Pagefind answers for each of the guide's words a concept may be: each section scores by
 * how strongly it answers each concept (the concepts few sections answer counting more), and again where two words
 * the reader wrote side by side stand side by side in it ("deep breathing"). Scoring the best passage as well (the
 * concepts answered within a sentence's length) was tried and left out: on the tuning queries it changed nothing.
 */
import type { Concept } from './understand';

/** One result of a Pagefind search, as ranking uses it. */
export interface TermResult {
  id: string;
  score: number;
  /** Where the term's words stand in the page's text (word indexes). */
  words: readonly number[];
  /** The metadata fields that matched, e.g. `title`, `keywords`. */
  matchedMetaFields?: readonly string[];
}

/** A section as ranked: its Pagefind id and score, and which concepts it answers. */
export interface RankedPage {
  id: string;
  score: number;
  /** How many of the concepts it answers. */
  answered: number;
}

/** A section whose title or keywords name a concept answers it more surely: its editors say it is about it. */
const DECLARED = 2;
/** Words apart, at most, for two of the query's neighbouring concepts to read as one phrase on the page: next to each other. */
const NEAR = 1;

/** How one page answers one concept: its strength (0–1) and the places, each with its alternative's similarity. */
interface Answer {
  strength: number;
  places: [position: number, similarity: number][];
}

/**
 * Ranks pages for `concepts`, given each alternative term's Pagefind results (`results.get(term)`). `pageCount` is
 * the number of pages indexed.
 */
export function rankPages(
  concepts: readonly Concept[],
  results: ReadonlyMap<string, readonly TermResult[]>,
  pageCount: number,
): RankedPage[] {
  const answers = concepts.map((concept) => {
    const pages = new Map<string, Answer>();
    for (const { term, similarity } of concept.alternatives) {
      const found = results.get(term) ?? [];
      const strongest = Math.max(0, ...found.map((result) => result.score));
      for (const result of found) {
        const declared = result.matchedMetaFields?.some((field) => field === 'title' || field === 'keywords');
        const strength =
          similarity * (0.5 + 0.5 * (strongest > 0 ? result.score / strongest : 1)) * (declared ? DECLARED : 1);
        const answer = pages.get(result.id) ?? { strength: 0, places: [] };
        answer.strength = Math.max(answer.strength, strength);
        for (const position of result.words) answer.places.push([position, similarity]);
        pages.set(result.id, answer);
      }
    }
    return pages;
  });
  // A concept few pages answer tells more about which page is meant.
  const worth = concepts.map(
    (concept, index) => concept.weight * Math.log(1 + pageCount / Math.max(answers[index]!.size, 1)),
  );
  const ids = new Set(answers.flatMap((pages) => [...pages.keys()]));
  return [...ids]
    .map((id) => {
      let page = 0;
      let answered = 0;
      answers.forEach((pages, concept) => {
        const answer = pages.get(id);
        if (!answer) return;
        page += worth[concept]! * answer.strength;
        answered++;
      });
      const places = answers.map((pages) => pages.get(id)?.places ?? []);
      // Two concepts the reader wrote side by side count again where they stand side by side ("deep breathing").
      let phrases = 0;
      for (let concept = 0; concept + 1 < concepts.length; concept++) {
        const together = followedClosely(places[concept]!, places[concept + 1]!);
        if (together) phrases += worth[concept]! * together[0] + worth[concept + 1]! * together[1];
      }
      return { id, score: page + phrases, answered };
    })
    .sort((a, b) => b.score - a.score || b.answered - a.answered);
}

/**
 * The strongest pair of places where one of `first` is followed within NEAR words by one of `second`, as the two
 * places' similarities; undefined when none is.
 */
export function followedClosely(
  first: readonly (readonly [number, number])[],
  second: readonly (readonly [number, number])[],
): [number, number] | undefined {
  const after = new Map<number, number>();
  for (const [position, similarity] of second) after.set(position, Math.max(after.get(position) ?? 0, similarity));
  let best: [number, number] | undefined;
  for (const [position, similarity] of first) {
    for (let gap = 1; gap <= NEAR; gap++) {
      const next = after.get(position + gap);
      if (next !== undefined && (!best || similarity + next > best[0] + best[1])) best = [similarity, next];
    }
  }
  return best;
}
