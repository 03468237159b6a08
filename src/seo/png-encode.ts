/**
 * A PNG encoder for opaque images, used for the preview cards: it compresses on libuv's thread pool (resvg's own
 * `asPng` compresses on the main thread, which held up every page behind it) and drops the alpha channel an opaque
 * card does not need, so the files are smaller too.
 */
import { crc32, deflate } from 'node:zlib';
import { promisify } from 'node:util';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour type for 8-bit RGB, without alpha. */
const RGB = 2;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** Whether every pixel of RGBA `pixels` is fully opaque. */
export function isOpaque(pixels: Uint8Array): boolean {
  for (let alpha = 3; alpha < pixels.length; alpha += 4) if (pixels[alpha] !== 255) return false;
  return true;
}

/**
 * `pixels` (RGBA, row by row, every alpha 255) as an RGB PNG. Rows are unfiltered: the cards are flat colour and
 * text, which deflate packs better that way than with filters. The same pixels always give the same bytes.
 */
export async function encodeOpaquePng(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  if (pixels.length !== width * height * 4)
    throw new RangeError(`${pixels.length} bytes are not ${width}×${height} RGBA`);
  if (!isOpaque(pixels)) throw new RangeError('the image has transparent pixels');
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height);
  for (let y = 0, from = 0; y < height; y++) {
    // Each row starts with its filter type, 0 (none).
    for (let at = y * stride + 1, end = at + width * 3; at < end; from += 4) {
      rows[at++] = pixels[from]!;
      rows[at++] = pixels[from + 1]!;
      rows[at++] = pixels[from + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, RGB, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', await deflateAsync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
