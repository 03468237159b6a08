/**
 * The link-preview card as the guide first drew it: an element tree that satori lays out with flexbox and draws as
 * SVG, rasterised by resvg. Kept as the reference the cards painted today (src/seo/cards/) are compared with, pixel by
 * pixel (tests/build/preview-cards.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { OG_IMAGE_SIZE } from '../../src/seo/meta';
import { PREVIEW_CARD_COLOURS } from '../../src/theme';

/** What one card says. */
export interface CardText {
  /** Big line: the page's title. */
  title: string;
  /** One sentence under the title. */
  description: string;
  /** Small line at the bottom, e.g. "Page 3 of 12". */
  footnote?: string;
}

/** A satori element: the same shape as a React element, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const PALETTE = PREVIEW_CARD_COLOURS;

const el = (type: string, style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** Title size that keeps long titles within three lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  return 54;
}

/** The card: guide name on top, the title large, the description, and a footnote, on a calm teal-washed page.
 * Text blocks are positioned so they paint above the decorative circles, as in CSS. */
export function ogCard({ title, description, footnote }: CardText, siteName: string): CardNode {
  const circle = (size: number, right: number, top: number, color: string) =>
    el('div', { position: 'absolute', width: size, height: size, right, top, borderRadius: size, background: color });
  return el(
    'div',
    {
      ...OG_IMAGE_SIZE,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      padding: '64px 80px 56px 96px',
      background: PALETTE.paper,
      fontFamily: 'Inter',
      color: PALETTE.ink,
    },
    [
      circle(440, -150, -250, PALETTE.wash),
      circle(240, -60, 430, PALETTE.circle),
      el('div', { position: 'absolute', left: 0, top: 0, bottom: 0, width: 24, background: PALETTE.accent }),
      el(
        'div',
        {
          position: 'relative',
          display: 'flex',
          fontSize: 30,
          fontWeight: 600,
          color: PALETTE.accent,
          letterSpacing: 0.5,
        },
        siteName,
      ),
      el(
        'div',
        {
          position: 'relative',
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          justifyContent: 'center',
          maxWidth: 900,
        },
        [
          el(
            'div',
            { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12, letterSpacing: -1, lineClamp: 3 },
            title,
          ),
          el(
            'div',
            { marginTop: 28, fontSize: 32, lineHeight: 1.35, color: PALETTE.muted, maxWidth: 860, lineClamp: 3 },
            description,
          ),
        ],
      ),
      el('div', { position: 'relative', display: 'flex', alignItems: 'center', fontSize: 26, color: PALETTE.muted }, [
        el('div', { width: 48, height: 6, borderRadius: 3, background: PALETTE.line, marginRight: 20 }),
        footnote ?? '',
      ]),
    ],
  );
}

const resolveFromProject = createRequire(join(process.cwd(), 'package.json')).resolve;
let fonts: Promise<Font[]> | undefined;

/** The card for `text` as satori and resvg draw it: RGBA pixels, 1200×630. */
export async function satoriCardPixels(text: CardText, siteName: string): Promise<Uint8Array> {
  fonts ??= Promise.all(
    ([400, 600, 700] as const).map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(resolveFromProject(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    })),
  );
  const svg = await satori(ogCard(text, siteName) as Parameters<typeof satori>[0], {
    ...OG_IMAGE_SIZE,
    fonts: await fonts,
  });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}
