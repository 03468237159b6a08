/**
 * Judging search against readers' queries (tests/fixtures/search-queries/): the tuning half, which search may be tuned
 * on, and the frozen half, which only measures it. Shared by the build-output test and `npm run bench:search`.
 */
import FROZEN from '../fixtures/search-queries/frozen.json' with { type: 'json' };
import TUNING from '../fixtures/search-queries/tuning.json' with { type: 'json' };

/** One reader's query and the section that answers it. */
export interface ReaderQuery {
  kind: 'exact' | 'question' | 'situation' | 'lay' | 'misspelling' | 'uncovered';
  query: string;
  /** The section that answers it; null for a topic the guide does not cover. */
  path: string | null;
  /** Another section that answers it as directly. */
  also?: string[];
  source: string;
}

export const HALVES = { tuning: TUNING as ReaderQuery[], frozen: FROZEN as ReaderQuery[] } as const;
export const KINDS: readonly ReaderQuery['kind'][] = [
  'exact',
  'question',
  'situation',
  'lay',
  'misspelling',
  'uncovered',
];

/** What search answered for a query: the sections of its results in order, and the words it said it does not cover. */
export interface Answer {
  paths: readonly string[];
  uncovered: readonly string[];
}

/** Whether the right section came first and in the top three; for a topic not covered, whether search said so. */
export function judge(query: ReaderQuery, answer: Answer): { first: boolean; top3: boolean } {
  if (query.path === null) {
    const said = answer.uncovered.length > 0;
    return { first: said, top3: said };
  }
  const right = [query.path, ...(query.also ?? [])];
  return {
    first: right.includes(answer.paths[0] ?? ''),
    top3: answer.paths.slice(0, 3).some((path) => right.includes(path)),
  };
}

/** Share of each kind's queries judged right, first and in the top three. */
export function rates(
  rows: readonly { query: ReaderQuery; first: boolean; top3: boolean }[],
): Map<ReaderQuery['kind'], { count: number; first: number; top3: number }> {
  const found = new Map<ReaderQuery['kind'], { count: number; first: number; top3: number }>();
  for (const kind of KINDS) {
    const of = rows.filter((row) => row.query.kind === kind);
    if (of.length)
      found.set(kind, {
        count: of.length,
        first: of.filter((row) => row.first).length / of.length,
        top3: of.filter((row) => row.top3).length / of.length,
      });
  }
  return found;
}
