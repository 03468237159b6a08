import { describe, expect, it } from 'vitest';
import QUERIES from '../fixtures/search-queries.json' with { type: 'json' };
import { runSearch } from '../../src/client/search/engine';
import { distDir } from '../support/dist';
import { builtSearchSources } from '../support/node-pagefind';

/** Share of each kind of query whose right section must come first (the targets `npm run bench:search` prints). */
const TARGETS: Record<string, number> = { exact: 1, question: 0.95, lay: 0.95, misspelling: 1 };

interface Expected {
  kind: string;
  query: string;
  path: string;
  heading?: string;
}

const sources = await builtSearchSources(distDir);
const rows = await Promise.all(
  (QUERIES as Expected[]).map(async (expected) => {
    const { hits } = await runSearch(expected.query, 3, sources);
    const first = hits[0] ? new URL(hits[0].href, 'https://site') : undefined;
    return {
      ...expected,
      first: first ? `${first.pathname}${first.hash}` : '(none)',
      top3: hits.map((hit) => new URL(hit.href, 'https://site').pathname),
    };
  }),
);

describe.each(Object.keys(TARGETS))('search quality: %s queries, on the real index', (kind) => {
  const of = rows.filter((row) => row.kind === kind);

  it(`put the right section first for at least ${TARGETS[kind]! * 100}%`, () => {
    const misses = of
      .filter((row) => !row.first.startsWith(row.path))
      .map((row) => `“${row.query}” → ${row.first} (expected ${row.path})`);
    expect(misses.length / of.length, misses.join('\n')).toBeLessThanOrEqual(1 - TARGETS[kind]!);
  });

  it('have the right section in the top three, always', () => {
    expect(of.filter((row) => !row.top3.includes(row.path)).map((row) => row.query)).toEqual([]);
  });
});
