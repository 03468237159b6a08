import { describe, expect, it } from 'vitest';
import { explain, sameWord, sentences, type PageText } from './explain.ts';
import type { Concept } from './understand.ts';

const page: PageText = {
  url: '/self-care/',
  content:
    'Self-Care Tips for Lower Back Pain. Gentle strength work helps. Avoid strenuous activities for at least 24 hours after a deep tissue massage. Incorporate gentle stretches into your daily routine. Sleep Well Use a firm mattress.',
  meta: { title: 'Self-Care Tips for Lower Back Pain', description: 'Eight things to do.' },
  anchors: [
    { element: 'h1', id: 'top', text: 'Self-Care Tips for Lower Back Pain', location: 0 },
    { element: 'h2', id: 'sleep-well', text: 'Sleep Well', location: 30 },
  ],
};
const concept = (text: string, alternatives: [string, number][], weight = 1): Concept => ({
  text,
  weight,
  alternatives: alternatives.map(([term, similarity]) => ({ term, similarity })),
});

describe('sameWord', () => {
  it('matches the same word and its forms, never a mere prefix', () => {
    expect(sameWord('stretches', 'stretching')).toBe(true);
    expect(sameWord('clothing', 'clothes')).toBe(true);
    expect(sameWord('strength', 'stretch')).toBe(false);
    expect(sameWord('painkillers', 'pain')).toBe(false);
  });
});

describe('sentences', () => {
  it('splits the text at sentence ends and headings', () => {
    const all = page.content.split(' ');
    const found = sentences(all, page.anchors).map(([start, end]) => all.slice(start, end).join(' '));
    expect(found).toEqual([
      'Self-Care Tips for Lower Back Pain.',
      'Gentle strength work helps.',
      'Avoid strenuous activities for at least 24 hours after a deep tissue massage.',
      'Incorporate gentle stretches into your daily routine.',
      'Sleep Well',
      'Use a firm mattress.',
    ]);
  });
});

describe('explain', () => {
  const gym = concept('gym', [
    ['exercise', 0.9],
    ['strenuous activities', 0.6],
  ]);
  const after = concept('after', [['after', 1]], 0.4);
  const massage = concept('massage', [['massage', 1]]);

  it('shows the sentence that answers most, marking only the words that carried the match', () => {
    const { excerpt, understood, heading } = explain(page, [gym, after, massage], [1, 0.4, 1]);
    expect(excerpt.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('')).toBe(
      'Avoid [strenuous] [activities] for at least 24 hours [after] a deep tissue [massage].',
    );
    expect(understood).toEqual([{ word: 'gym', as: 'strenuous activities' }]);
    expect(heading).toBeUndefined();
  });

  it('links to the sentence, highlighted, and to the words that matched', () => {
    const { href } = explain(page, [gym, after, massage], [1, 0.4, 1]);
    const url = new URL(href, 'https://guide.example');
    expect(url.pathname).toBe('/self-care/');
    expect(url.searchParams.get('highlight')).toBe('strenuous activities after massage');
    expect(url.hash).toBe('#top:~:text=Avoid%20strenuous%20activities,deep%20tissue%20massage.');
  });

  it('names the heading a sentence stands under, and links to it', () => {
    const result = explain(page, [concept('mattress', [['mattress', 1]])], [1]);
    expect(result.heading).toBe('Sleep Well');
    expect(result.href).toMatch(/^\/self-care\/\?highlight=mattress#sleep-well:~:text=/);
  });

  it('never marks "strength" for a search for "stretch"', () => {
    const { excerpt } = explain(page, [concept('stretch', [['stretch', 1]])], [1]);
    expect(excerpt.filter(({ marked }) => marked).map(({ text }) => text)).toEqual(['stretches']);
  });

  it('finds a compound the page writes as one word ("omega-3"), and marks it whole', () => {
    const diet: PageText = {
      url: '/nutrition/',
      content: 'Diet Tips. For example, magnesium, omega-3 fatty acids, and vitamin D can all help.',
      meta: {},
      anchors: [{ element: 'h1', id: 'top', text: 'Diet Tips.', location: 0 }],
    };
    const { excerpt, href } = explain(diet, [concept('omega-3', [['omega-3', 1]])], [1]);
    expect(excerpt.filter(({ marked }) => marked).map(({ text }) => text)).toEqual(['omega-3']);
    expect(href).toMatch(/^\/nutrition\/\?highlight=omega-3#top:~:text=/);
  });

  it('falls back to the description when no sentence answers', () => {
    const { excerpt, href } = explain(page, [concept('cost', [['cost', 1]])], [1]);
    expect(excerpt).toEqual([{ text: 'Eight things to do.', marked: false }]);
    expect(href).toBe('/self-care/');
  });
});
