import { describe, expect, it } from 'vitest';
import { recordedSources } from '../../../tests/support/recorded-pagefind';
import { runSearch, toHit } from './engine';

describe('runSearch, against what Pagefind answered', () => {
  it('turns each result into the section, the heading that answers and a marked excerpt', async () => {
    const outcome = await runSearch('scoliosis', 5, recordedSources());
    expect(outcome).toMatchObject({ query: 'scoliosis', total: 1 });
    const [hit] = outcome.hits;
    expect(hit).toMatchObject({
      section: 'How Manual Therapy Techniques Can Help Lower Back Pain?',
      heading: 'Can Massage Cure Back Pain?',
      href: '/manual-therapy/?highlight=scoliosis#can-massage-cure-back-pain',
    });
    expect(hit!.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['scoliosis.']);
  });

  it('shows at most `limit` hits and says how many there were', async () => {
    const outcome = await runSearch('stretching', 2, recordedSources());
    expect(outcome.hits).toHaveLength(2);
    expect(outcome.total).toBe(4);
    expect(outcome.hits[0]!.href).toMatch(/^\/self-care\//);
  });

  it('suggests the closest known word when nothing matches, and searches for it', async () => {
    const outcome = await runSearch('stres', 5, recordedSources(['stress', 'stretches']));
    expect(outcome.suggestion).toBe('stress');
    expect(outcome.hits.map((hit) => hit.href.split('?')[0])).toEqual([
      '/stress-and-back-pain/',
      '/stress-management/',
      '/',
    ]);
  });

  it('finds nothing, and suggests nothing, for a word far from every known one', async () => {
    expect(await runSearch('zzzxqj', 5, recordedSources(['stress']))).toEqual({
      query: 'zzzxqj',
      suggestion: undefined,
      hits: [],
      total: 0,
    });
  });
});

describe('toHit', () => {
  it('points at the page itself, with its description, when only metadata matched', async () => {
    const { pagefind } = recordedSources();
    const [result] = (await (await pagefind()).search('stress')).results;
    const hit = toHit(await result!.data(), 'massage keywords only');
    expect(hit.heading).toBeUndefined();
    expect(hit.href).not.toContain('#');
    expect(hit.excerpt).toEqual([{ text: expect.any(String), marked: false }]);
  });
});
