import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderOgImage } from './og-render';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('renderOgImage', () => {
  const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const text = { title: 'A card for the tests', description: 'Drawn by the unit tests.', footnote: 'Test' };

  it('draws the card as a 1200×630 PNG, with Inter read from disk, and caches it', async () => {
    const png = await renderOgImage(text, cache);
    expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(10_000);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('reads the same card from the cache the second time, byte for byte, and draws a changed card anew', async () => {
    const first = await renderOgImage(text, cache);
    expect(Buffer.from(await renderOgImage(text, cache)).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    await renderOgImage({ ...text, footnote: 'Changed' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });
});
