// The expected lines and baselines are satori's: the renderer the cards were first drawn with, run on the same text
// (tests/support/satori-card.ts); tests/build/preview-cards.test.ts compares whole pictures.
import { describe, expect, it } from 'vitest';
import { cardFonts } from './inter';
import { layOutCard, titleSize, type PlacedRun } from './layout';

const fonts = await cardFonts();
const SITE = 'Back Pain Massage Guide';

/** The lines of a block: each baseline with the text on it. */
const lines = (runs: readonly PlacedRun[]) => {
  const byBaseline = new Map<number, string>();
  for (const run of runs) byBaseline.set(run.baseline, (byBaseline.get(run.baseline) ?? '') + run.text);
  return [...byBaseline];
};

describe('titleSize', () => {
  it('shrinks as titles get longer, so they fit in three lines', () => {
    expect(['Benefits', 'Overview of Deep Tissue Massage and Lower Back', 'x'.repeat(90)].map(titleSize)).toEqual([
      76, 64, 54,
    ]);
  });
});

describe('layOutCard', () => {
  it('wraps the text where satori does, on the same baselines, and centres the middle block', () => {
    const card = layOutCard(
      {
        title: 'Benefits of Deep Tissue Massage for Lower Back Pain',
        description: 'What deep tissue massage can do for lower back pain, from scar tissue to posture.',
        footnote: 'Page 3 of 12 · Will Deep Tissue Massage Help Lower Back Pain?',
      },
      SITE,
      fonts,
    );
    expect(lines(card.siteName)).toEqual([[93, 'Back Pain Massage Guide']]);
    expect(lines(card.title)).toEqual([
      [252, 'Benefits of Deep Tissue '],
      [324, 'Massage for Lower Back Pain'],
    ]);
    expect(lines(card.description)).toEqual([
      [398, 'What deep tissue massage can do for lower back pain, '],
      [441, 'from scar tissue to posture.'],
    ]);
    expect(lines(card.footnote)).toEqual([[568, 'Page 3 of 12 · Will Deep Tissue Massage Help Lower Back Pain?']]);
    expect(card.ruleTop).toBe(556);
    // Lines start at the block's left edge; later words where the words before them end.
    expect(card.title.map((run) => run.x).filter((x) => x === 96)).toHaveLength(2);
    expect(card.footnote[0]!.x).toBe(164);
  });

  it('breaks a hyphenated word after its hyphen and keeps short texts on one line', () => {
    const card = layOutCard({ title: 'Overview', description: 'Short.', footnote: 'x' }, SITE, fonts);
    expect(lines(card.title)).toEqual([[314, 'Overview']]);
    expect(lines(card.description)).toEqual([[390, 'Short.']]);
    const home = layOutCard(
      {
        title: 'Will Deep Tissue Massage Help Lower Back Pain?',
        description:
          'A plain-language guide to deep tissue massage for lower back pain: how it works, its benefits, how to prepare, self-care, exercise, diet and stress.',
      },
      SITE,
      fonts,
    );
    expect(lines(home.description).map(([, text]) => text)).toEqual([
      'A plain-language guide to deep tissue massage for ',
      'lower back pain: how it works, its benefits, how to ',
      'prepare, self-care, exercise, diet and stress.',
    ]);
  });

  // The baselines are satori's: paint.test.ts compares these cards' pixels with satori's.
  it('ends text past three lines with an ellipsis, as the cards never overflow', () => {
    const card = layOutCard(
      {
        title: 'A very long title that goes on and on and on and on and on and on and on and on and on forever more',
        description:
          'A long description that is long enough to wrap onto more than three lines of text, because it keeps going and going and going and going and going and going and going past the limit.',
      },
      SITE,
      fonts,
    );
    expect(lines(card.title)).toEqual([
      [215, 'A very long title that goes on and '],
      [275, 'on and on and on and on and on '],
      [335, 'and on and on and on forever more'],
    ]);
    expect(lines(card.description)).toEqual([
      [407, 'A long description that is long enough to wrap onto more '],
      [450, 'than three lines of text, because it keeps going and '],
      [493, 'going and going and going and going and going and…'],
    ]);
  });
});
