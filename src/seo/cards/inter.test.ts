import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardFonts, fontFile, woffToSfnt } from './inter';

describe('woffToSfnt', () => {
  it('unpacks the WOFF font into a TrueType font with the same tables', () => {
    const woff = readFileSync(fontFile(400));
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset);
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(view.getUint16(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.byteLength).toBe(woff.readUInt32BE(16));
    expect(() => woffToSfnt(sfnt)).toThrow(/Not a WOFF/);
  });
});

describe('cardFonts', () => {
  it('reads every weight, with the metrics browsers use', async () => {
    const fonts = await cardFonts();
    expect([...fonts.keys()]).toEqual([400, 600, 700]);
    const regular = fonts.get(400)!;
    expect(regular.ascender).toBeGreaterThan(0);
    expect(regular.descender).toBeLessThan(0);
    expect(regular.ascender - regular.descender).toBeGreaterThan(regular.unitsPerEm);
  });

  it('shapes with the font’s kerning, one glyph per letter, and gives each glyph’s outline', async () => {
    const bold = (await cardFonts()).get(700)!;
    const width = (text: string) => bold.shape(text).reduce((sum, glyph) => sum + glyph.advance, 0);
    expect(bold.shape('AV')).toHaveLength(2);
    expect(width('AV')).toBeLessThan(width('A') + width('V'));
    const outline = bold.outline(bold.shape('o')[0]!.glyph);
    expect(outline[0]!.type).toBe('M');
    expect(outline.filter((command) => command.type === 'Z')).toHaveLength(2);
  });
});
