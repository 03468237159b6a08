import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pngPixels } from './png-pixels';

describe('pngPixels', () => {
  it("reads back resvg's own pixels from the PNG it writes (filtered rows and all)", () => {
    const svg =
      '<svg width="40" height="30" xmlns="http://www.w3.org/2000/svg"><rect width="40" height="30" fill="#123456"/>' +
      '<circle cx="20" cy="15" r="11" fill="#e0a070"/><path d="M0 0 L40 30" stroke="#fff"/></svg>';
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const decoded = pngPixels(image.asPng());
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
    expect(Buffer.from(decoded.data).equals(Buffer.from(image.pixels))).toBe(true);
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngPixels(new Uint8Array(16))).toThrow('not a PNG');
  });
});
