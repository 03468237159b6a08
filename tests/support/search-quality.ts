/**
 * Judging search against readers' queries (tests/fixtures/search-queries/): the tuning half, which search's parameters
 * are fitted on, and the frozen half, which only measures it. Shared by the build-output test, `npm run search:fit` and
 * `npm run bench:search`.
 */
import { readFileSync } from 'node:fs';
import type { Parameters } from '../../src/search/parameters.ts';
import { runSearch, type Outcome, type SearchSources } from '../../src/search/search.ts';

/** One reader's query and the section that answers it. */
export interface ReaderQuery {
  kind: 'exact' | 'question' | 'situation' | 'lay' | 'misspelling' | 'uncovered';
  query: string;
  /** The section that answers it; null for a question the guide does not cover. */
  path: string | null;
  /** Other sections that answer it as directly. */
  also?: string[];
  source: string;
}

const read = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/search-queries/${name}.json`, import.meta.url), 'utf8'),
  ) as ReaderQuery[];

export const HALVES = { tuning: read('tuning'), frozen: read('frozen') } as const;
export const KINDS: readonly ReaderQuery['kind'][] = [
  'exact',
  'question',
  'situation',
  'lay',
  'misspelling',
  'uncovered',
];

/** What the reader was shown for a query: the sections listed, in order, and whether search said it does not cover it. */
export interface Answer {
  paths: readonly string[];
  notCovered: boolean;
}

/** A query judged. */
export interface Judged {
  query: ReaderQuery;
  /** The right section first; for a question not covered, that search said so. */
  first: boolean;
  /** The right section in the top three; for a question not covered, that search said so. */
  top3: boolean;
  /** A covered question that search said the guide does not cover. */
  falselyNotCovered: boolean;
  /** How many sections were listed. */
  listed: number;
}

/** Judges one answer. A covered question answered with "not covered" is wrong, whatever else was shown. */
export function judge(query: ReaderQuery, answer: Answer): Judged {
  const listed = answer.paths.length;
  if (query.path === null)
    return { query, first: answer.notCovered, top3: answer.notCovered, falselyNotCovered: false, listed };
  const right = [query.path, ...(query.also ?? [])];
  return {
    query,
    first: !answer.notCovered && right.includes(answer.paths[0] ?? ''),
    top3: !answer.notCovered && answer.paths.slice(0, 3).some((path) => right.includes(path)),
    falselyNotCovered: answer.notCovered,
    listed,
  };
}

/** The answer an outcome shows. */
export function answerOf(outcome: Outcome): Answer {
  return {
    paths: outcome.hits.map((hit) => new URL(hit.href, 'https://site').pathname),
    notCovered: !!outcome.notCovered,
  };
}

/** Runs and judges `queries` in Node, every listed section counted (as the search page lists them). */
export async function judgeAll(
  queries: readonly ReaderQuery[],
  sources: SearchSources,
  parameters?: Parameters,
): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const query of queries)
    judged.push(judge(query, answerOf(await runSearch(query.query, 50, sources, parameters))));
  return judged;
}

/** The figures of one kind of query. */
export interface KindRates {
  count: number;
  first: number;
  top3: number;
}

/** Share of each kind's queries judged right, first and in the top three. */
export function rates(rows: readonly Judged[]): Map<ReaderQuery['kind'], KindRates> {
  const found = new Map<ReaderQuery['kind'], KindRates>();
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

/** Covered questions told "not covered", and the median number of sections listed for a covered question. */
export function summary(rows: readonly Judged[]): { falselyNotCovered: number; medianListed: number } {
  const listed = rows
    .filter((row) => row.query.path !== null && !row.falselyNotCovered)
    .map((row) => row.listed)
    .sort((a, b) => a - b);
  return {
    falselyNotCovered: rows.filter((row) => row.falselyNotCovered).length,
    medianListed: listed[Math.floor(listed.length / 2)] ?? 0,
  };
}
