/**
 * A PNG encoder for opaque images, used for the preview cards: it compresses on libuv's thread pool (resvg's own
 * `asPng` compresses on the main thread, which held up every page behind it), and more tightly, so the files are
 * smaller too.
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);
/** Names this encoding in cache keys: cards cached by another encoder are redrawn, so every build writes the same bytes. */
export const PNG_ENCODING = 'rgba-unfiltered-deflate6';
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour type for 8-bit RGBA. */
const RGBA = 6;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Whether every pixel of RGBA `pixels` is fully opaque (resvg's pixels are premultiplied: only opaque ones are plain). */
export function isOpaque(pixels: Uint8Array): boolean {
  const alphas = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  for (let alpha = 3; alpha < alphas.length; alpha += 4) if (alphas[alpha] !== 255) return false;
  return true;
}

/**
 * `pixels` (RGBA, row by row, every alpha 255) as a PNG. Rows are unfiltered: the cards are flat colour and text,
 * which deflate packs better that way than with filters. The same pixels always give the same bytes.
 */
export async function encodeOpaquePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  const rowBytes = width * 4;
  if (pixels.length !== rowBytes * height)
    throw new RangeError(`${pixels.length} bytes are not ${width}×${height} RGBA`);
  if (!isOpaque(pixels)) throw new RangeError('the image has transparent pixels');
  // Each row starts with its filter type, 0 (none), which Buffer.alloc has already written.
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGBA, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', await deflateAsync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
