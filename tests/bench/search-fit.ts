#!/usr/bin/env node
/**
 * `npm run search:fit`: fits the parameters of search's ranking model (src/search/parameters.ts) on the tuning half of
 * the readers' queries, against the snapshot of the guide (tests/fixtures/search-guide/), and prints the figures per
 * kind before and after. The frozen half is never read here. Deterministic: the same inputs give the same values, so
 * running it reproduces the committed parameters (it says whether they differ).
 *
 * Four stages, each on what it decides:
 * 1. ranking: coordinate ascent over a grid per parameter, maximising, summed over the kinds of covered query, the share
 *    right first plus half the share in the top three;
 * 2. "not covered": the thresholds that tell the most uncovered questions so while telling no covered one (precision
 *    first), ties broken towards the values that leave the widest margin;
 * 3. listing: the share of the best score a section needs to be listed: the one that keeps the most right sections in
 *    the top three while listing at most three sections for the median covered question (fewer at the same count);
 * 4. "Your words": the least probability at which a widening shown beside the first result is right (that result is
 *    the right section) for at least nine in ten of the tuning queries.
 *
 * Usage: npm run search:fit [-- --write] [-- --snapshot]
 *   --write      rewrite src/search/parameters.ts with the fitted values
 *   --snapshot   first rewrite the snapshot from the built site in dist/ (run `npm run build` first)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { aboutness, notCovered } from '../../src/search/coverage.ts';
import { PARAMETERS, type Parameters } from '../../src/search/parameters.ts';
import { rank } from '../../src/search/rank.ts';
import { parseSearchData } from '../../src/search/search-data.ts';
import { guideIndex } from '../../src/search/search.ts';
import { understand, type Concept } from '../../src/search/understand.ts';
import { HALVES, KINDS, type ReaderQuery } from '../support/search-quality.ts';
import { SNAPSHOT_FILE, builtSearchSources, snapshotSearchSources } from '../support/search-sources.ts';

const PARAMETERS_FILE = new URL('../../src/search/parameters.ts', import.meta.url);

/** The values each ranking parameter may take. */
const RANKING_GRID: Partial<Record<keyof Parameters, readonly number[]>> = {
  k1: [0.3, 0.6, 0.9, 1.2, 1.6, 2, 3, 4, 6, 8],
  b: [0, 0.25, 0.5, 0.75, 1],
  infoPower: [0, 0.25, 0.5, 1, 1.5, 2],
  stopWeight: [0, 0.1, 0.25, 0.5, 1],
  similarityPower: [0.25, 0.5, 1, 2, 3],
  widenInfo: [0, 20, 30, 40, 50, 60],
  targetInfoPower: [0, 0.5, 1, 2],
  minProbability: [0.2, 0.3, 0.4, 0.5, 0.6],
  neighbour: [0, 0.15, 0.3, 0.5, 0.8],
  pageWeight: [0, 0.15, 0.3, 0.5, 1],
  titleWeight: [0, 0.25, 0.5, 1, 2],
  keywordWeight: [0, 0.25, 0.5, 1, 2],
  descriptionWeight: [0, 0.25, 0.5, 1, 2],
  headingWeight: [0, 0.3, 0.6, 1, 1.5, 2, 3, 4],
  adjacency: [0, 0.15, 0.3, 0.6, 1],
};
/** Parameters that change how queries are understood (the rest only rank): understanding is cached by these. */
const UNDERSTANDING: readonly (keyof Parameters)[] = [
  'infoPower',
  'stopWeight',
  'similarityPower',
  'widenInfo',
  'targetInfoPower',
  'minProbability',
];

if (process.argv.includes('--snapshot')) {
  const data = parseSearchData(await builtSearchSources('dist').data());
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(data.pages, null, 1)}\n`);
  console.log(`Snapshot rewritten from dist/: ${data.pages.length} pages.`);
}

const sources = await snapshotSearchSources();
const index = guideIndex(await sources.data());
const lookup = (key: string) => sources.entry(key);
const queries = HALVES.tuning;
const covered = queries.filter((query) => query.path !== null);
const uncovered = queries.filter((query) => query.path === null);

const understood = new Map<string, Promise<Concept[]>>();
/** The concepts of a query under `parameters`, cached by the parameters that understanding depends on. */
function conceptsOf(query: string, parameters: Parameters): Promise<Concept[]> {
  const key = `${UNDERSTANDING.map((name) => parameters[name]).join(',')}|${query}`;
  let found = understood.get(key);
  if (!found) understood.set(key, (found = understand(query, index, lookup, parameters)));
  return found;
}

/** The paths of the full ranking of a query. */
async function ranking(query: ReaderQuery, parameters: Parameters) {
  const concepts = await conceptsOf(query.query, parameters);
  return { concepts, ranked: rank(index, concepts, parameters) };
}

const right = (query: ReaderQuery) => [query.path!, ...(query.also ?? [])];
const pathOf = (page: number) => index.pages[page]?.url ?? '';

/** Per kind of covered query: shares right first and in the top three, on the full ranking. */
async function rankingRates(parameters: Parameters) {
  const found = new Map<string, { count: number; first: number; top3: number }>();
  for (const query of covered) {
    const { ranked } = await ranking(query, parameters);
    const rate = found.get(query.kind) ?? { count: 0, first: 0, top3: 0 };
    rate.count++;
    if (right(query).includes(pathOf(ranked[0]?.page ?? -1))) rate.first++;
    if (ranked.slice(0, 3).some(({ page }) => right(query).includes(pathOf(page)))) rate.top3++;
    found.set(query.kind, rate);
  }
  return found;
}

/** The ranking stage's objective. */
async function rankingScore(parameters: Parameters): Promise<number> {
  let score = 0;
  for (const { count, first, top3 } of (await rankingRates(parameters)).values()) score += (first + 0.5 * top3) / count;
  return score;
}

/** Stage 1: coordinate ascent over RANKING_GRID, from the committed values. */
async function fitRanking(start: Parameters): Promise<Parameters> {
  let best = { ...start };
  let bestScore = await rankingScore(best);
  for (let round = 0; round < 5; round++) {
    let improved = false;
    for (const [name, values] of Object.entries(RANKING_GRID) as [keyof Parameters, number[]][]) {
      for (const value of values) {
        if (value === best[name]) continue;
        const trial = { ...best, [name]: value };
        const score = await rankingScore(trial);
        if (score > bestScore + 1e-9) [best, bestScore, improved] = [trial, score, true];
      }
    }
    if (!improved) break;
  }
  return best;
}

/**
 * Stage 2: the "not covered" decision, precision first. For each choice of what counts as absent, specific and
 * general, and of the health weight, the threshold goes midway between the highest score of a covered question and
 * the next uncovered question's above it: no covered question is told "not covered", and as many uncovered ones as
 * those choices allow are.
 */
async function fitCoverage(start: Parameters): Promise<Parameters> {
  const grid = {
    coveredProbability: [0.5, 0.6, 0.7, 0.8, 0.9],
    specificInfo: [10, 20, 30, 40, 50],
    generalShare: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    healthWeight: [0, 20, 40, 60, 80, 100],
  };
  const concepts = await Promise.all(queries.map((query) => conceptsOf(query.query, start)));
  let best: { parameters: Parameters; told: number; margin: number } | undefined;
  for (const coveredProbability of grid.coveredProbability)
    for (const specificInfo of grid.specificInfo)
      for (const generalShare of grid.generalShare)
        for (const healthWeight of grid.healthWeight) {
          const trial = { ...start, coveredProbability, specificInfo, generalShare, healthWeight };
          const scores = queries.map((_, at) => Math.max(-1000, ...aboutness(index, concepts[at]!, trial)));
          const highestCovered = Math.max(...scores.filter((_, at) => queries[at]!.path !== null));
          const above = scores
            .filter((score, at) => queries[at]!.path === null && score > highestCovered)
            .sort((a, b) => a - b);
          if (!above.length) continue;
          const margin = above[0]! - highestCovered;
          const told = above.length;
          if (!best || told > best.told || (told === best.told && margin > best.margin))
            best = { parameters: { ...trial, aboutThreshold: highestCovered + margin / 2 }, told, margin };
        }
  return best?.parameters ?? start;
}

/** Stage 3: the listing share. */
async function fitListing(start: Parameters): Promise<Parameters> {
  const rankings = await Promise.all(covered.map((query) => ranking(query, start)));
  const inTop3 = (query: ReaderQuery, pages: readonly { page: number }[]) =>
    pages.slice(0, 3).some(({ page }) => right(query).includes(pathOf(page)));
  let best: { share: number; kept: number } | undefined;
  for (const share of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const listed = rankings.map(({ ranked }) => ranked.filter((page) => page.score >= share * ranked[0]!.score));
    const counts = listed.map((pages) => pages.length).sort((a, b) => a - b);
    if (counts[Math.floor(counts.length / 2)]! > 3) continue;
    const kept = covered.filter((query, at) => inTop3(query, listed[at]!)).length;
    if (!best || kept > best.kept) best = { share, kept };
  }
  return { ...start, listShare: best?.share ?? 1 };
}

/** Stage 4: the least probability of a widening worth showing. */
async function fitShowWidening(start: Parameters): Promise<Parameters> {
  const shown: [probability: number, right: boolean][] = [];
  for (const query of covered) {
    const { concepts, ranked } = await ranking(query, start);
    const top = ranked[0];
    if (!top) continue;
    const isRight = right(query).includes(pathOf(top.page));
    top.matches.forEach((matches, c) => {
      for (const alternative of new Set(matches.values())) {
        const { own, similarity } = concepts[c]!.alternatives[alternative]!;
        if (!own) shown.push([similarity, isRight]);
      }
    });
  }
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const above = shown.filter(([probability]) => probability >= threshold);
    if (above.length && above.filter(([, isRight]) => isRight).length / above.length >= 0.9)
      return { ...start, showWidening: threshold };
  }
  return { ...start, showWidening: 1 };
}

/** Figures per kind, as the reader would see them (listing and "not covered" applied). */
async function figures(parameters: Parameters): Promise<string[]> {
  const lines: string[] = [];
  const rows = await Promise.all(
    queries.map(async (query) => {
      const concepts = await conceptsOf(query.query, parameters);
      const outside = notCovered(index, concepts, parameters);
      const ranked = outside ? [] : rank(index, concepts, parameters);
      const listed = ranked.filter((page) => page.score >= parameters.listShare * (ranked[0]?.score ?? 0));
      const paths = listed.map(({ page }) => pathOf(page));
      return query.path === null
        ? { query, first: !!outside, top3: !!outside, falsely: false, listed: 0 }
        : {
            query,
            first: right(query).includes(paths[0] ?? ''),
            top3: paths.slice(0, 3).some((path) => right(query).includes(path)),
            falsely: !!outside,
            listed: paths.length,
          };
    }),
  );
  for (const kind of KINDS) {
    const of = rows.filter((row) => row.query.kind === kind);
    if (!of.length) continue;
    const share = (count: number) => `${Math.round((100 * count) / of.length)}%`.padStart(5);
    lines.push(
      `  ${kind.padEnd(12)} ${String(of.length).padStart(4)}  ${share(of.filter((row) => row.first).length)}  ${share(of.filter((row) => row.top3).length)}`,
    );
  }
  const listed = rows
    .filter((row) => row.query.path !== null)
    .map((row) => row.listed)
    .sort((a, b) => a - b);
  lines.push(
    `  covered questions told "not covered": ${rows.filter((row) => row.falsely).length}; median sections listed: ${listed[Math.floor(listed.length / 2)]}`,
  );
  return lines;
}

console.log(`Fitting on the tuning half: ${covered.length} covered and ${uncovered.length} uncovered questions.\n`);
console.log('Before (the committed parameters):   kind        count  first  top 3');
for (const line of await figures(PARAMETERS)) console.log(line);
let fitted = await fitRanking(PARAMETERS);
fitted = await fitCoverage(fitted);
fitted = await fitListing(fitted);
fitted = await fitShowWidening(fitted);
console.log('\nAfter (the fitted parameters):');
for (const line of await figures(fitted)) console.log(line);
const changed = (Object.keys(fitted) as (keyof Parameters)[]).filter((name) => fitted[name] !== PARAMETERS[name]);
console.log(
  changed.length
    ? `\nFitted values that differ from the committed ones: ${changed.map((name) => `${name} ${PARAMETERS[name]} → ${fitted[name]}`).join(', ')}`
    : '\nThe fitted values are the committed ones.',
);
if (process.argv.includes('--write')) {
  const source = readFileSync(PARAMETERS_FILE, 'utf8');
  const written = source.replace(
    /export const PARAMETERS: Parameters = \{[\s\S]*?\n\};/,
    `export const PARAMETERS: Parameters = {\n${(Object.keys(fitted) as (keyof Parameters)[]).map((name) => `  ${name}: ${fitted[name]},`).join('\n')}\n};`,
  );
  writeFileSync(PARAMETERS_FILE, written);
  console.log('Wrote src/search/parameters.ts.');
} else if (changed.length) process.exitCode = 1;
