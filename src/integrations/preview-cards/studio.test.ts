import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardFonts } from '../../seo/cards/inter';
import { CardPainter } from '../../seo/cards/paint';
import { cardSource } from '../../seo/cards/source';
import { startCardStudio } from './studio';

const cache = mkdtempSync(join(tmpdir(), 'card-studio-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const SITE = 'Back Pain Massage Guide';
const text = { title: 'A card for the tests', description: 'Drawn by the unit tests.', footnote: 'Test' };

describe('the card studio', () => {
  it('paints cards in its worker, as the painter does, into the cache, and is the card source meanwhile', async () => {
    const studio = startCardStudio(cache);
    try {
      expect(cardSource()).toBe(studio);
      studio.prepare([text, { ...text, footnote: 'Other' }], SITE);
      const png = await studio.card(text, SITE);
      const painted = new CardPainter(await cardFonts()).paint(text, SITE);
      expect(Buffer.from(png).equals(Buffer.from(painted))).toBe(true);
      await studio.card({ ...text, footnote: 'Other' }, SITE);
      expect(studio.counts()).toEqual({ painted: 2, cached: 0, painter: true });
      expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(2);
    } finally {
      await studio.stop();
    }
    expect(cardSource()).not.toBe(studio);
  });

  it('never paints an unchanged card again, and starts no painter when every card is in the cache', async () => {
    const studio = startCardStudio(cache);
    try {
      await studio.card(text, SITE);
      await studio.card({ ...text, title: 'Changed' }, SITE);
      expect(studio.counts()).toEqual({ painted: 1, cached: 1, painter: true });
    } finally {
      await studio.stop();
    }
    const unchanged = startCardStudio(cache);
    try {
      await unchanged.card(text, SITE);
      expect(unchanged.counts()).toEqual({ painted: 0, cached: 1, painter: false });
    } finally {
      await unchanged.stop();
    }
  });

  it('paints in this thread when no studio runs (the dev server)', async () => {
    const png = await cardSource().card(text, SITE);
    expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
  });
});
