import { describe, expect, it } from 'vitest';
import type { PageText } from './explain.ts';
import type { LexiconEntry } from './lexicon.ts';
import { inReadingOrderWhenTied, runSearch, type Pagefind, type PagefindResult, type SearchSources } from './search.ts';

/** A tiny guide: each page's text, indexed word by word as a stand-in for Pagefind (exact and plain searches alike). */
const pages: Record<string, string> = {
  '/': 'Deep tissue massage helps lower back pain.',
  '/self-care/': 'Avoid strenuous activities for at least 24 hours after a deep tissue massage.',
  '/stress/': 'Stress can cause lower back pain. Deep breathing helps.',
};
const fakePagefind: Pagefind = {
  options: async () => {},
  init: async () => {},
  search: async (term) => {
    const wanted = term.replace(/"/g, '').toLowerCase().split(' ');
    const results: PagefindResult[] = Object.entries(pages).flatMap(([url, content], index) => {
      const words = content.toLowerCase().split(' ');
      const at = words.flatMap((word, position) =>
        wanted.some((part) => word.replace(/\W/g, '') === part) ? [position] : [],
      );
      if (!at.length) return [];
      const data: PageText = { url, content, meta: { title: url, order: String(index) }, anchors: [] };
      return [{ id: url, score: at.length, words: at, data: async () => data }];
    });
    return { results };
  },
};
const lexicon = new Map<string, LexiconEntry>([
  ['gym', { info: 6, health: false, dictionary: true, targets: [['strenuous activities', 80]] }],
  ['lorry', { info: 7, health: false, dictionary: true, targets: [] }],
  ['pregnant', { info: 5, health: true, dictionary: true, targets: [] }],
]);
const sources: SearchSources = {
  pagefind: async () => fakePagefind,
  entry: async (key) => lexicon.get(key),
  vocabulary: async () =>
    new Map([
      ['massage', 9],
      ['stress', 3],
    ]),
  pageCount: async () => 3,
};

describe('runSearch', () => {
  it('finds the section that answers, through the guide words for a reader word, and explains it', async () => {
    const outcome = await runSearch('gym after massage', 4, sources);
    expect(outcome.hits[0]).toEqual(
      expect.objectContaining({ section: '/self-care/', understood: [{ word: 'gym', as: 'strenuous activities' }] }),
    );
    expect(outcome.onlyGeneral).toBe(false);
    expect(outcome.total).toBe(2);
  });

  it('corrects a slip and says what it searched for', async () => {
    const outcome = await runSearch('masage', 4, sources);
    expect(outcome.suggestion).toBe('massage');
    expect(outcome.hits.map(({ section }) => section)).toContain('/self-care/');
  });

  it('says what the guide does not cover, and whether the rest is only its general topic', async () => {
    const outcome = await runSearch('deep tissue massage when pregnant', 4, sources);
    expect(outcome.uncovered).toEqual({ words: ['pregnant'], health: true });
    expect(outcome.onlyGeneral).toBe(true);
  });

  it('does not mention words the guide lacks when it found what else the reader asked about', async () => {
    expect((await runSearch('lorry driver stress', 4, sources)).uncovered).toEqual({ words: [], health: false });
    expect((await runSearch('lorry massage', 4, sources)).uncovered).toEqual({ words: ['lorry'], health: false });
  });

  it('limits the hits it explains, and counts them all', async () => {
    const outcome = await runSearch('deep', 1, sources);
    expect(outcome.hits).toHaveLength(1);
    expect(outcome.total).toBe(3);
  });
});

describe('inReadingOrderWhenTied', () => {
  it("puts pages with about equal scores in the guide's reading order", () => {
    const page = (id: string, score: number, order: number) => ({
      page: { id, score, answered: 1 },
      data: { url: id, content: '', meta: { order: String(order) }, anchors: [] },
    });
    const sorted = inReadingOrderWhenTied([page('b', 1, 5), page('a', 0.99, 1), page('c', 0.5, 0)]);
    expect(sorted.map(({ page }) => page.id)).toEqual(['a', 'b', 'c']);
  });
});
