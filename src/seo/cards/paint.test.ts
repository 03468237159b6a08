import { inflateSync } from 'node:zlib';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { pngPixels } from '../../../tests/support/png-pixels';
import { satoriCardPixels } from '../../../tests/support/satori-card';
import { PREVIEW_CARD_COLOURS } from '../../theme';
import { cardFonts } from './inter';
import { CardPainter } from './paint';

const painter = new CardPainter(await cardFonts());
const LONG = {
  title: 'A very long title that goes on and on and on and on and on and on and on and on and on forever more',
  description:
    'A long description that is long enough to wrap onto more than three lines of text, because it keeps going and going and going and going and going and going and going past the limit.',
  footnote: 'Page 3 of 12',
};
const text = { title: 'A card for the tests', description: 'Drawn by the unit tests.', footnote: 'Test' };

/** The pixels of one of the painter's PNGs (RGB rows, unfiltered), with its size. */
function decode(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === 'IDAT')
      chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(chunks));
  const pixel = (x: number, y: number) => {
    const at = y * (width * 3 + 1) + 1 + x * 3;
    return `#${[0, 1, 2].map((channel) => rows[at + channel]!.toString(16).padStart(2, '0')).join('')}`;
  };
  return { width, height, colourType: png[25], pixel, rows };
}

describe('CardPainter', () => {
  it('paints a 1200×630 RGB PNG: paper, the accent stripe, and the text in its colours', () => {
    const card = decode(painter.paint(text, 'Back Pain Massage Guide'));
    expect([card.width, card.height, card.colourType]).toEqual([1200, 630, 2]);
    expect(card.pixel(600, 20)).toBe(PREVIEW_CARD_COLOURS.paper);
    expect(card.pixel(10, 300)).toBe(PREVIEW_CARD_COLOURS.accent);
    // Every row starts with filter type 0.
    expect([...Array(630).keys()].every((y) => card.rows[y * 3601] === 0)).toBe(true);
    // The title's strokes are the ink colour, exactly, where they cover whole pixels.
    const title = new Set<string>();
    for (let x = 96; x < 700; x++) for (let y = 250; y < 320; y++) title.add(card.pixel(x, y));
    expect(title).toContain(PREVIEW_CARD_COLOURS.ink);
  });

  it('gives the same bytes for the same text, and other bytes for other text', () => {
    const first = painter.paint(text, 'Back Pain Massage Guide');
    expect(Buffer.from(painter.paint(text, 'Back Pain Massage Guide')).equals(Buffer.from(first))).toBe(true);
    expect(
      Buffer.from(painter.paint({ ...text, footnote: 'Other' }, 'Back Pain Massage Guide')).equals(Buffer.from(first)),
    ).toBe(false);
  });

  // The cards of the real guide are compared in tests/build/preview-cards.test.ts; these are the edge cases it lacks.
  it.each([
    ['overflowing text, cut with an ellipsis', LONG],
    ['a short title, the largest size, and no footnote', { title: 'Short', description: 'Tiny.' }],
    [
      'a title of the middle size',
      { title: 'A title of middling length, some fifty letters', description: 'One line.' },
    ],
    [
      'a hyphenated word at a break',
      {
        title: 'Self-care and well-being for a long-lasting recovery',
        description: 'At home.',
        footnote: 'Page 6 of 12',
      },
    ],
  ])('looks as satori drew the card, for %s: under 1 in 100 pixels differ beyond anti-aliasing', async (_, card) => {
    const ours = pngPixels(painter.paint(card, 'Back Pain Massage Guide'));
    const reference = await satoriCardPixels(card, 'Back Pain Massage Guide');
    const differing = pixelmatch(ours.data, reference, undefined, ours.width, ours.height, { threshold: 0.1 });
    expect(differing / (ours.width * ours.height)).toBeLessThan(0.01);
  });
});
