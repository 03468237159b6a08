import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng, isOpaque } from './png-encode';

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const found = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    found.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return found;
}

/** A 3×2 opaque test image with distinct colours. */
const pixels = new Uint8Array([
  ...[255, 0, 0, 255],
  ...[0, 255, 0, 255],
  ...[0, 0, 255, 255],
  ...[10, 20, 30, 255],
  ...[40, 50, 60, 255],
  ...[70, 80, 90, 255],
]);

describe('encodeOpaquePng', () => {
  it('writes a valid RGBA PNG whose rows hold exactly the given pixels', async () => {
    const png = await encodeOpaquePng(pixels, 3, 2);
    const [header, data, end, ...rest] = chunks(png);
    expect([header!.type, data!.type, end!.type, rest.length]).toEqual(['IHDR', 'IDAT', 'IEND', 0]);
    expect(header!.data.readUInt32BE(0)).toBe(3);
    expect(header!.data.readUInt32BE(4)).toBe(2);
    expect([...header!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    expect([...inflateSync(data!.data)]).toEqual([...[0, ...pixels.subarray(0, 12)], ...[0, ...pixels.subarray(12)]]);
  });

  it('gives the same bytes for the same pixels', async () => {
    expect(await encodeOpaquePng(pixels, 3, 2)).toEqual(await encodeOpaquePng(pixels.slice(), 3, 2));
  });

  it('refuses transparent pixels and a wrong size', async () => {
    const clear = pixels.slice();
    clear[7] = 254;
    expect(isOpaque(clear)).toBe(false);
    await expect(encodeOpaquePng(clear, 3, 2)).rejects.toThrow('transparent');
    await expect(encodeOpaquePng(pixels, 2, 2)).rejects.toThrow('not 2×2 RGBA');
  });
});
