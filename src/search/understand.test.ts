import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from './lexicon.ts';
import { baseForms, understand, type Knowledge } from './understand.ts';

const entry = (info: number, targets: [string, number][] = [], flags: Partial<LexiconEntry> = {}): LexiconEntry => ({
  info,
  health: false,
  dictionary: true,
  targets,
  ...flags,
});

/** A guide that has a few words in its text, "backache" only in its keywords, and a small lexicon. */
const knowledge: Knowledge = {
  inGuide: async (term) =>
    ['massage', 'sleep', 'after', '9', 'strenuous activities', 'selfcare'].includes(term)
      ? 'text'
      : term === 'backache'
        ? 'metadata'
        : undefined,
  entry: async (key) =>
    new Map<string, LexiconEntry>([
      ['massage', entry(7)],
      ['sleep', entry(5)],
      [
        'gym',
        entry(6, [
          ['exercise', 90],
          ['strenuous activities', 60],
        ]),
      ],
      ['backache', entry(9, [['back pain', 70]])],
      ['really', entry(2, [['good', 60]])],
      ['cost', entry(3)],
      ['much', entry(1)],
      ['go', entry(1)],
      ['pregnant', entry(5, [], { health: true })],
      ['rugby', entry(4)],
      ['rough', entry(5)],
      ['slipped disc', entry(5, [['herniated discs', 90]], { health: true })],
      ['slipped', entry(5)],
      ['disc', entry(5)],
    ]).get(key),
  vocabulary: async () =>
    new Map([
      ['massage', 40],
      ['manage', 3],
      ['sleep', 5],
    ]),
};

describe('understand', () => {
  it("searches the guide's words as typed, widens words it lacks to its words, and drops what nothing answers", async () => {
    const { concepts } = await understand('can I go to the gym after a massage', knowledge);
    expect(concepts.map(({ text }) => text)).toEqual(['gym', 'after', 'massage']);
    expect(concepts.find(({ text }) => text === 'gym')!.alternatives).toEqual([
      { term: 'exercise', similarity: 0.9 },
      { term: 'strenuous activities', similarity: 0.6 },
    ]);
    expect(concepts.find(({ text }) => text === 'massage')!.alternatives).toEqual([{ term: 'massage', similarity: 1 }]);
  });

  it('weighs rare words above common ones, and words of time and numbers low', async () => {
    const { concepts } = await understand('sleep after 9 massage', knowledge);
    const weight = (text: string) => concepts.find((concept) => concept.text === text)!.weight;
    expect(weight('massage')).toBeGreaterThan(weight('sleep'));
    expect(weight('after')).toBeLessThan(weight('sleep'));
    expect(weight('9')).toBeLessThan(weight('after'));
  });

  it('keeps a keywords-only word as typed and adds the text words for it', async () => {
    const { concepts } = await understand('backache', knowledge);
    expect(concepts[0]!.alternatives).toEqual([
      { term: 'backache', similarity: 1 },
      { term: 'back pain', similarity: 0.7 },
    ]);
  });

  it('does not widen words that tell little', async () => {
    const { concepts } = await understand('really', knowledge);
    expect(concepts).toEqual([]);
  });

  it('corrects a word neither the guide nor English knows to the likeliest word of the guide', async () => {
    const { concepts } = await understand('masage', knowledge);
    expect(concepts).toEqual([
      expect.objectContaining({
        text: 'masage',
        correction: 'massage',
        alternatives: [{ term: 'massage', similarity: 1 }],
      }),
    ]);
  });

  it('never corrects a real word, nor an inflection of one: it says the guide does not cover it', async () => {
    const { concepts, uncovered } = await understand('how much does it cost', knowledge);
    expect(concepts.some((concept) => concept.correction)).toBe(false);
    // "much" tells too little to be reported; "cost" is a topic the guide has nothing on.
    expect(uncovered).toEqual({ words: ['cost'], health: false });
    expect((await understand('rougher rugby', knowledge)).concepts.some(({ correction }) => correction)).toBe(false);
  });

  it('reports real words the guide does not cover, and whether one of them is about health', async () => {
    expect((await understand('massage when pregnant', knowledge)).uncovered).toEqual({
      words: ['pregnant'],
      health: true,
    });
  });

  it('reads a phrase the lexicon knows as one concept, and two words the guide writes as one', async () => {
    const { concepts } = await understand('slipped disc massage', knowledge);
    expect(concepts.map(({ text }) => text)).toEqual(['slipped disc', 'massage']);
    expect(concepts[0]!.alternatives).toEqual([{ term: 'herniated discs', similarity: 0.9 }]);
    const care = await understand('self care', knowledge);
    expect(care.concepts[0]!.alternatives.map(({ term }) => term)).toEqual(['selfcare', 'self care']);
  });
});

describe('baseForms', () => {
  it('undoes the commonest inflections', () => {
    expect(baseForms('rougher')).toContain('rough');
    expect(baseForms('injuries')).toContain('injury');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('stress')).toContain('stres');
    expect(baseForms('sleep')).toEqual([]);
  });
});
