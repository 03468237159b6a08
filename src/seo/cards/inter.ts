/**
 * The preview cards' font, Inter from @fontsource (never fetched), read once per process: HarfBuzz shapes the text
 * (glyphs, advances and kerning, as satori, the cards' first renderer, shaped it) and gives each glyph's outline once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** The weights the cards use. */
export const CARD_WEIGHTS = [400, 600, 700] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/** One glyph of shaped text, in font units: its id, the character it starts at, its advance and offset. */
export interface ShapedGlyph {
  glyph: number;
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

/** An outline command in font units, y pointing up: M/L take x y, Q x1 y1 x y, C x1 y1 x2 y2 x y; Z closes. */
export interface OutlineCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  values: number[];
}

/** One weight of the font, ready to shape text and draw glyphs. */
export interface CardFont {
  weight: CardWeight;
  unitsPerEm: number;
  /** From the `hhea` table, in font units (the descender is negative), as browsers and satori read them. */
  ascender: number;
  descender: number;
  /** The text shaped as one run, left to right. */
  shape(text: string): ShapedGlyph[];
  /** A glyph's outline. */
  outline(glyph: number): readonly OutlineCommand[];
}

/** Resolved from the project root: the built endpoint runs from the output folder, away from node_modules. */
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
const resolveFromProject = requireFromProject.resolve;

/** The font file of a weight (woff, as @fontsource ships it). */
export const fontFile = (weight: CardWeight) =>
  resolveFromProject(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

/** A WOFF file as the plain sfnt (TrueType) font inside it: each table inflated where it was compressed. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF file.');
  const tables = view.getUint16(12);
  const sfnt = new Uint8Array(view.getUint32(16));
  const out = new DataView(sfnt.buffer);
  out.setUint32(0, view.getUint32(4));
  out.setUint16(4, tables);
  const entrySelector = Math.floor(Math.log2(tables));
  const searchRange = 2 ** entrySelector * 16;
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, tables * 16 - searchRange);
  let at = 12 + tables * 16;
  for (let table = 0; table < tables; table++) {
    const entry = 44 + table * 20;
    const [offset, compressed, length] = [4, 8, 12].map((field) => view.getUint32(entry + field)) as [
      number,
      number,
      number,
    ];
    const record = 12 + table * 16;
    out.setUint32(record, view.getUint32(entry));
    out.setUint32(record + 4, view.getUint32(entry + 16));
    out.setUint32(record + 8, at);
    out.setUint32(record + 12, length);
    const data = woff.subarray(offset, offset + compressed);
    sfnt.set(compressed < length ? inflateSync(data) : data, at);
    at += (length + 3) & ~3;
  }
  return sfnt;
}

/** Where a table of an sfnt font starts. */
function tableAt(sfnt: Uint8Array, tag: string): DataView {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  for (let table = 0; table < view.getUint16(4); table++) {
    const record = 12 + table * 16;
    if (String.fromCharCode(...sfnt.subarray(record, record + 4)) === tag)
      return new DataView(sfnt.buffer, sfnt.byteOffset + view.getUint32(record + 8));
  }
  throw new Error(`The font has no ${tag} table.`);
}

/** The shape of the HarfBuzz objects used here (harfbuzzjs ships no types). */
interface HarfBuzz {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { destroy(): void };
  createFont(face: unknown): {
    setScale(x: number, y: number): void;
    glyphToJson(glyph: number): { type: OutlineCommand['type']; values: number[] }[];
  };
  createBuffer(): {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfosAndPositions(): {
      codepoint: number;
      cluster: number;
      x_advance: number;
      x_offset: number;
      y_offset: number;
    }[];
    destroy(): void;
  };
  shape(font: unknown, buffer: unknown): void;
}

let fonts: Promise<Map<CardWeight, CardFont>> | undefined;

/** Every weight of the cards' font, read once. */
export function cardFonts(): Promise<Map<CardWeight, CardFont>> {
  fonts ??= (async () => {
    // Required, not imported: the package's export is a promise, which an ES module namespace would turn into a thenable.
    const hb = await (requireFromProject('harfbuzzjs') as Promise<HarfBuzz>);
    return new Map(
      CARD_WEIGHTS.map((weight) => {
        const sfnt = woffToSfnt(readFileSync(fontFile(weight)));
        const head = tableAt(sfnt, 'head');
        const hhea = tableAt(sfnt, 'hhea');
        const unitsPerEm = head.getUint16(18);
        const blob = hb.createBlob(sfnt);
        const face = hb.createFace(blob, 0);
        const font = hb.createFont(face);
        face.destroy();
        blob.destroy();
        // Positions in font units: the layout scales them to each size.
        font.setScale(unitsPerEm, unitsPerEm);
        const outlines = new Map<number, OutlineCommand[]>();
        const shaped = new Map<string, ShapedGlyph[]>();
        const card: CardFont = {
          weight,
          unitsPerEm,
          ascender: hhea.getInt16(4),
          descender: hhea.getInt16(6),
          shape(text) {
            let glyphs = shaped.get(text);
            if (glyphs) return glyphs;
            const buffer = hb.createBuffer();
            try {
              buffer.addText(text);
              buffer.guessSegmentProperties();
              hb.shape(font, buffer);
              glyphs = buffer.getGlyphInfosAndPositions().map((info) => ({
                glyph: info.codepoint,
                cluster: info.cluster,
                advance: info.x_advance,
                dx: info.x_offset,
                dy: info.y_offset,
              }));
            } finally {
              buffer.destroy();
            }
            shaped.set(text, glyphs);
            return glyphs;
          },
          outline(glyph) {
            let commands = outlines.get(glyph);
            if (!commands) outlines.set(glyph, (commands = font.glyphToJson(glyph)));
            return commands;
          },
        };
        return [weight, card] as const;
      }),
    );
  })();
  return fonts;
}
