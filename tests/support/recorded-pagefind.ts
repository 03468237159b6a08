/**
 * A stand-in for Pagefind in unit tests, answering from what the real index answered for the same queries
 * (tests/fixtures/pagefind/recorded.json, written by tests/fixtures/pagefind/record.mjs). Test-only.
 */
import recorded from '../fixtures/pagefind/recorded.json' with { type: 'json' };
import type { Pagefind, PagefindData, SearchSources } from '../../src/client/search/engine';

type Recorded = Record<string, { id: string; score: number; data: PagefindData }[]>;

/** The recorded queries. */
export const RECORDED_QUERIES = Object.keys(recorded);

/** Search sources that answer recorded queries as Pagefind did, and anything else with no results. */
export function recordedSources(vocabulary: string[] = []): SearchSources {
  const pagefind: Pagefind = {
    options: async () => {},
    init: async () => {},
    search: async (term) => ({
      results: ((recorded as unknown as Recorded)[term] ?? []).map(({ id, data }) => ({ id, data: async () => data })),
    }),
  };
  return { pagefind: async () => pagefind, vocabulary: async () => vocabulary };
}
