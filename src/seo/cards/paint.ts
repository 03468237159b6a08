/**
 * Paints a card: its fixed shapes are rasterised once (resvg), and so is each glyph the cards use, once per size and
 * per tenth of a pixel it may start at; a card is then its text's glyphs laid over a copy of the background, and
 * compressed into a PNG. The same text always gives the same bytes.
 */
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { CardFont } from './inter';
import { CARD, layOutCard, type CardFonts, type CardText, type PlacedRun } from './layout';

/** Glyphs are drawn at this many positions within a pixel across (as SVG paths are rounded to tenths of one). */
const PHASES = 10;
/** zlib's level for the cards' pixels: flat colour and text, which level 3 packs within a sixth of level 9, far faster. */
export const DEFLATE_LEVEL = 3;

/** The SVGs drawn here have no text: resvg need not look for fonts (by default it reads the system's, each time). */
const NO_FONTS = { font: { loadSystemFonts: false } };

/** Rounded to 0.1 px, half away from zero, as the glyph outlines were when the cards were drawn as one SVG. */
const round = (value: number) => (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;

/** How much of each pixel a glyph covers (0–255), in a box placed relative to the glyph's origin on the baseline. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** The path data of a glyph's outline at size `scale` (px per font unit), starting `phase` px right of a pixel edge. */
function glyphPath(font: CardFont, glyph: number, scale: number, phase: number, dx: number, dy: number): string {
  const px = (value: number) => round(phase + value * scale) + dx;
  const py = (value: number) => round(-value * scale) + dy;
  let data = '';
  for (const { type, values: v } of font.outline(glyph)) {
    if (type === 'Z') data += 'Z';
    else if (type === 'Q') data += `Q${px(v[0]!)} ${py(v[1]!)} ${px(v[2]!)} ${py(v[3]!)}`;
    else if (type === 'C') data += `C${px(v[0]!)} ${py(v[1]!)} ${px(v[2]!)} ${py(v[3]!)} ${px(v[4]!)} ${py(v[5]!)}`;
    else data += `${type}${px(v[0]!)} ${py(v[1]!)}`;
  }
  return data;
}

/** A glyph's coverage, rasterised by resvg. */
function renderMask(font: CardFont, glyph: number, size: number, phase: number): GlyphMask | null {
  const scale = size / font.unitsPerEm;
  const outline = font.outline(glyph);
  if (!outline.length) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { values } of outline)
    for (let i = 0; i + 1 < values.length; i += 2) {
      minX = Math.min(minX, values[i]!);
      maxX = Math.max(maxX, values[i]!);
      minY = Math.min(minY, values[i + 1]!);
      maxY = Math.max(maxY, values[i + 1]!);
    }
  // A pixel of room on each side for anti-aliasing.
  const left = Math.floor(phase + minX * scale) - 1;
  const top = Math.floor(-maxY * scale) - 1;
  const width = Math.ceil(phase + maxX * scale) + 1 - left;
  const height = Math.ceil(-minY * scale) + 1 - top;
  const svg = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><path d="${glyphPath(font, glyph, scale, phase, -left, -top)}"/></svg>`;
  const rgba = new Resvg(svg, NO_FONTS).render().pixels;
  const coverage = new Uint8Array(width * height);
  for (let pixel = 0; pixel < coverage.length; pixel++) coverage[pixel] = rgba[pixel * 4 + 3]!;
  return { left, top, width, height, coverage };
}

/** The PNG file of RGB rows, each already led by its filter byte (0, none). */
function png(rows: Uint8Array, width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    out.set(data, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits per channel, colour type 2 (RGB), default compression, filtering and no interlace.
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Parses `#rrggbb`. */
const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];

/** Paints cards with one set of fonts, keeping the background and every glyph it rasterises for the next card. */
export class CardPainter {
  readonly #fonts: CardFonts;
  readonly #masks = new Map<string, GlyphMask | null>();
  readonly #backgrounds = new Map<number, Uint8Array>();
  readonly #stride = CARD.width * 3 + 1;

  constructor(fonts: CardFonts) {
    this.#fonts = fonts;
  }

  /** The card's fixed shapes as RGB rows (each led by its filter byte), with the rule at `ruleTop`. */
  #background(ruleTop: number): Uint8Array {
    let rows = this.#backgrounds.get(ruleTop);
    if (rows) return rows;
    const { width, height, stripe, rule, padding } = CARD;
    const arc = (r: number, dx: number, dy: number) => `a${r},${r} 0 0 1 ${dx},${dy}`;
    const rounded = (x: number, y: number, w: number, h: number, r: number) =>
      `M${x + r},${y} h${w - 2 * r} ${arc(r, r, r)} v${h - 2 * r} ${arc(r, -r, r)} h${2 * r - w} ${arc(r, -r, -r)} v${2 * r - h} ${arc(r, r, -r)}`;
    const svg = [
      `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`,
      `<rect x="0" y="0" width="${width}" height="${height}" fill="${CARD.paper}"/>`,
      ...CARD.circles.map(
        ({ cx, cy, r, fill }) => `<path fill="${fill}" d="${rounded(cx - r, cy - r, 2 * r, 2 * r, r)}"/>`,
      ),
      `<rect x="0" y="0" width="${stripe.width}" height="${height}" fill="${stripe.fill}"/>`,
      `<path fill="${rule.fill}" d="${rounded(padding.left, ruleTop, rule.width, rule.height, rule.radius)}"/>`,
      '</svg>',
    ].join('');
    const rgba = new Resvg(svg, NO_FONTS).render().pixels;
    rows = new Uint8Array(this.#stride * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const from = (y * width + x) * 4;
        const to = y * this.#stride + 1 + x * 3;
        rows[to] = rgba[from]!;
        rows[to + 1] = rgba[from + 1]!;
        rows[to + 2] = rgba[from + 2]!;
      }
    this.#backgrounds.set(ruleTop, rows);
    return rows;
  }

  #mask(font: CardFont, glyph: number, size: number, phase: number): GlyphMask | null {
    const key = `${font.weight} ${size} ${glyph} ${phase}`;
    let mask = this.#masks.get(key);
    if (mask === undefined) this.#masks.set(key, (mask = renderMask(font, glyph, size, phase / PHASES)));
    return mask;
  }

  /** Lays a run's glyphs over `rows` in its colour. */
  #draw(rows: Uint8Array, run: PlacedRun): void {
    const font = this.#fonts.get(run.weight)!;
    const scale = run.size / font.unitsPerEm;
    const [red, green, blue] = rgb(run.fill);
    const stride = this.#stride;
    const glyphs = font.shape(run.text);
    let cursor = run.x;
    glyphs.forEach((glyph, index) => {
      const x = cursor + glyph.dx * scale;
      const origin = Math.floor(x);
      let phase = Math.round((x - origin) * PHASES);
      const whole = phase === PHASES ? origin + 1 : origin;
      if (phase === PHASES) phase = 0;
      const mask = this.#mask(font, glyph.glyph, run.size, phase);
      if (mask) {
        const top = Math.round(run.baseline - glyph.dy * scale) + mask.top;
        const left = whole + mask.left;
        const { width, coverage } = mask;
        // The part of the mask inside the card.
        const [fromY, toY] = [Math.max(0, -top), Math.min(mask.height, CARD.height - top)];
        const [fromX, toX] = [Math.max(0, -left), Math.min(width, CARD.width - left)];
        for (let my = fromY; my < toY; my++) {
          const row = (top + my) * stride + 1 + left * 3;
          for (let mx = fromX, cell = my * width + fromX; mx < toX; mx++, cell++) {
            const cover = coverage[cell]!;
            if (!cover) continue;
            const at = row + mx * 3;
            const rest = 255 - cover;
            rows[at] = (rows[at]! * rest + red * cover + 127) / 255;
            rows[at + 1] = (rows[at + 1]! * rest + green * cover + 127) / 255;
            rows[at + 2] = (rows[at + 2]! * rest + blue * cover + 127) / 255;
          }
        }
      }
      cursor += glyph.advance * scale;
      if (glyphs[index + 1]?.cluster !== glyph.cluster) cursor += run.letterSpacing;
    });
  }

  /** The card for `text` as a 1200×630 PNG. */
  paint(text: CardText, siteName: string): Uint8Array {
    const layout = layOutCard(text, siteName, this.#fonts);
    const rows = this.#background(layout.ruleTop).slice();
    for (const run of [...layout.siteName, ...layout.title, ...layout.description, ...layout.footnote])
      this.#draw(rows, run);
    return png(rows, CARD.width, CARD.height);
  }
}
