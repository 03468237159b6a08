import { describe, expect, it } from 'vitest';
import { answers, buildExcerpt, highlightTerms, pageWords, queryTerms, relevantLocations } from './excerpt';

const text =
  'Use heat packs or topical ointments. Incorporate gentle stretches into your daily routine. Stretching will help.';
const all = pageWords(text);
const at = (word: string) => all.findIndex((w) => w.toLowerCase().startsWith(word));

describe('query terms', () => {
  it('drops stop words unless nothing else is left', () => {
    expect(queryTerms('What to wear')).toEqual(['wear']);
    expect(queryTerms('can massage cure back pain')).toEqual(['massage', 'cure', 'back', 'pain']);
    expect(queryTerms('what to')).toEqual(['what', 'to']);
    expect(queryTerms('omega-3')).toEqual(['omega', '3']);
  });
});

describe('which page words answer a query', () => {
  it('accepts the same word and words of the same stem', () => {
    expect(answers('Stretches', ['stretching'])).toBe(true);
    expect(answers('clothing', ['clothes'])).toBe(true);
    expect(answers('referrals', ['referral'])).toBe(true);
    expect(answers('omega-3,', ['omega', '3'])).toBe(true);
  });

  it('rejects prefix matches of very short terms and unrelated words', () => {
    expect(answers('diet', ['vitamin', 'd'])).toBe(false);
    expect(answers('strength', ['stretching'])).toBe(false);
    expect(answers('stress', ['stretching'])).toBe(false);
  });

  it('keeps only the relevant locations, sorted and unique', () => {
    const locations = [at('daily'), at('stretching'), at('stretches'), at('stretches')];
    expect(relevantLocations(all, locations, ['stretching'])).toEqual([at('stretches'), at('stretching')]);
  });
});

describe('excerpts', () => {
  it('marks the relevant words and cuts with an ellipsis', () => {
    const relevant = [at('stretches'), at('stretching')];
    const parts = buildExcerpt(all, relevant, 0, all.length, 6);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['stretches']);
    expect(parts.map((part) => part.text).join('')).toBe('… topical ointments. Incorporate gentle stretches into …');
  });

  it('prefers the window holding the most matches and stays inside its heading range', () => {
    const relevant = [at('heat'), at('stretches'), at('stretching')];
    const parts = buildExcerpt(all, relevant, at('incorporate'), all.length, 12);
    const shown = parts.map((part) => part.text).join('');
    expect(shown).not.toContain('heat');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['stretches', 'Stretching']);
  });

  it('shows a short text whole, without ellipses', () => {
    const short = pageWords('Drink water.');
    expect(buildExcerpt(short, [1], 0, short.length)).toEqual([
      { text: 'Drink ', marked: false },
      { text: 'water.', marked: true },
    ]);
  });

  it('lists the words to highlight on the landing page', () => {
    const relevant = [at('stretches'), at('stretching')];
    expect(highlightTerms(all, relevant, ['stretching'])).toEqual(['stretches', 'stretching']);
  });
});
