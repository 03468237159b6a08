import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedSources, saveRecording } from '../../../tests/support/recorded-pagefind';
import { inReadingOrderWhenTied, runSearch, toHit, type PagefindData, type SearchSources } from './engine';
import { typedConcept } from './understand';

let sources: SearchSources;
beforeAll(async () => (sources = await recordedSources()));
afterAll(saveRecording);

const paths = async (query: string, limit = 4) =>
  (await runSearch(query, limit, sources)).hits.map((hit) => hit.href.replace(/\?[^#]*/, ''));

describe('runSearch, on what the real index answered', () => {
  it('finds a topic, and points a result at the heading that answers it, its words marked', async () => {
    const outcome = await runSearch('scoliosis', 4, sources);
    expect(outcome).toMatchObject({ query: 'scoliosis', total: 1, understood: [] });
    expect(outcome.hits[0]).toMatchObject({
      section: 'How Manual Therapy Techniques Can Help Lower Back Pain?',
      heading: 'Can Massage Cure Back Pain?',
      href: '/manual-therapy/?highlight=scoliosis#can-massage-cure-back-pain',
    });
    // The word is marked without the full stop after it.
    expect(outcome.hits[0]!.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['scoliosis']);
  });

  it('answers a question whose little words and one unknown word would have found nothing', async () => {
    expect((await paths('can I go back to work straight after'))[0]).toBe('/self-care/');
    expect((await paths('is a firm bed better'))[0]).toBe('/self-care/');
    expect((await paths('am I supposed to feel sore the next day'))[0]).toBe('/self-care/');
  });

  it("searches a reader's word the guide lacks as the guide's words, and says so", async () => {
    const outcome = await runSearch('lumbago', 4, sources);
    expect(outcome.understood).toEqual([{ word: 'lumbago', as: ['lower back pain'] }]);
    expect(outcome.suggestion).toBeUndefined();
    expect(outcome.hits[0]!.href).toMatch(/^\/\?highlight=/);
    expect(outcome.hits[0]!.understood).toEqual([{ word: 'lumbago', as: ['lower back pain'] }]);
    expect(outcome.hits[0]!.excerpt.some((part) => part.marked && /lower|back|pain/i.test(part.text))).toBe(true);
  });

  it('corrects only words neither the guide nor the thesaurus knows', async () => {
    const outcome = await runSearch('streching', 4, sources);
    expect(outcome.suggestion).toBe('stretching');
    expect(outcome.hits[0]!.href).toMatch(/^\/self-care\//);
    expect((await runSearch('rubdown', 4, sources)).suggestion).toBeUndefined();
  });

  it('ranks the section that answers the whole question above ones that mention a word in passing', async () => {
    expect((await paths('deep breathing'))[0]).toBe('/stress-management/');
    expect((await paths('what should I do after a deep tissue massage'))[0]).toBe('/self-care/');
  });

  it('finds nothing for words far from every word of the guide', async () => {
    expect(await runSearch('zzzxqj', 4, sources)).toMatchObject({ hits: [], total: 0 });
  });

  it('shows at most `limit` hits and counts them all', async () => {
    const outcome = await runSearch('massage', 2, sources);
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBeGreaterThan(5);
    // Pages that answer a general word about equally well come in reading order: the introduction first.
    expect(outcome.hits[0]!.href).toMatch(/^\/\?/);
  });
});

describe('runSearch, offline with only some pages kept', () => {
  /** The recorded index, where the text of every page but those in `kept` cannot load (as offline, unsaved). */
  const partly = (kept: (url: string) => boolean): SearchSources => ({
    ...sources,
    pagefind: async () => {
      const real = await sources.pagefind();
      return {
        ...real,
        search: async (term: string) => {
          const found = await real.search(term);
          const results = found.results.map((result) => ({
            ...result,
            data: async () => {
              const data = await result.data();
              if (!kept(data.url)) throw new TypeError('Failed to fetch');
              return data;
            },
          }));
          return { ...found, results };
        },
      };
    },
  });

  it('shows the pages whose text is on this device, and counts only those it could show', async () => {
    const everything = await runSearch('massage', 4, sources);
    const keptPage = everything.hits[1]!.href.replace(/[?#].*/, '');
    const outcome = await runSearch(
      'massage',
      4,
      partly((url) => url === keptPage),
    );
    expect(outcome.hits.map((hit) => hit.href.replace(/[?#].*/, ''))).toEqual([keptPage]);
    expect(outcome.total).toBe(everything.total - (everything.hits.length - 1));
  });

  it('fails as a whole when no page can show, so the reader is told search is unavailable', async () => {
    await expect(
      runSearch(
        'massage',
        4,
        partly(() => false),
      ),
    ).rejects.toThrow('Failed to fetch');
  });
});

describe('toHit', () => {
  const page: PagefindData = {
    url: '/a/',
    content: 'A title here. Stretch gently. Sleep well. Other part: stretching helps, stretching daily.',
    meta: { title: 'A title here', description: 'About a.' },
    anchors: [
      { element: 'h1', id: 'top', text: 'A title here.', location: 0 },
      { element: 'h2', id: 'other', text: 'Other part:', location: 9 },
    ],
  };

  it('points at the heading whose part answers most, and never repeats the title in the excerpt', () => {
    const hit = toHit(page, [typedConcept('stretching')]);
    expect(hit.heading).toBe('Other part:');
    // Every form of the word on the page is highlighted when it opens.
    expect(hit.href).toBe('/a/?highlight=stretch+stretching#other');
    expect(hit.excerpt.map((part) => part.text).join('')).not.toContain('Other part');
  });

  it('falls back to the description when only the metadata matched', () => {
    expect(toHit(page, [typedConcept('keywordonly')])).toMatchObject({
      heading: undefined,
      href: '/a/',
      excerpt: [{ text: 'About a.', marked: false }],
    });
  });
});

describe('inReadingOrderWhenTied', () => {
  const ranked = (score: number, order: number) => ({
    page: { id: `${order}`, score, concepts: [] },
    data: { url: '', content: '', anchors: [], meta: { order: `${order}` } },
  });

  it('keeps the ranking, but puts near-equal pages in reading order', () => {
    const result = inReadingOrderWhenTied([ranked(10, 5), ranked(9.9, 0), ranked(5, 1)]);
    expect(result.map(({ page }) => page.id)).toEqual(['0', '5', '1']);
  });
});
