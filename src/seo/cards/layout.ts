/**
 * The link-preview card's layout, fixed: a 1200×630 picture with the site's name on top, the page's title large and
 * one sentence under it in the middle, and a footnote at the bottom, beside a few shapes. Only the text varies: it is
 * wrapped into lines here, word by word, measured by the font's own shaping (./inter.ts). The arithmetic is CSS's, as
 * satori (the flexbox renderer the cards were first drawn with) computes it for this layout, so the cards look as
 * they did; tests/build/preview-cards.test.ts compares every card of the guide with satori's, pixel by pixel.
 */
import LineBreaker from 'linebreak';
import { PREVIEW_CARD_COLOURS as PALETTE } from '../../theme';
import { OG_IMAGE_SIZE } from '../meta';
import type { CardFont, CardWeight } from './inter';

/** What one card says. */
export interface CardText {
  /** Big line: the page's title. */
  title: string;
  /** One sentence under the title. */
  description: string;
  /** Small line at the bottom, e.g. "Page 3 of 12". */
  footnote?: string;
}

/** Title size that keeps long titles within three lines. */
export function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  return 54;
}

/** The card's fixed geometry, in pixels: the page's padding, the shapes, and how each text is set. */
export const CARD = {
  ...OG_IMAGE_SIZE,
  paper: PALETTE.paper,
  padding: { top: 64, right: 80, bottom: 56, left: 96 },
  /** Decorative circles, by centre and radius (a wash behind the top right corner, a disc at the bottom right). */
  circles: [
    { cx: 1130, cy: -30, r: 220, fill: PALETTE.wash },
    { cx: 1140, cy: 550, r: 120, fill: PALETTE.circle },
  ],
  /** The accent stripe down the left edge. */
  stripe: { width: 24, fill: PALETTE.accent },
  siteName: { size: 30, weight: 600, lineHeight: 'normal', letterSpacing: 0.5, fill: PALETTE.accent },
  /** The title and the sentence share a block this wide, centred in the height left between top and bottom. */
  middleWidth: 900,
  title: { weight: 700, lineHeight: 1.12, letterSpacing: -1, fill: PALETTE.ink, lines: 3 },
  description: { size: 32, weight: 400, lineHeight: 1.35, fill: PALETTE.muted, width: 860, lines: 3, gap: 28 },
  /** The short rule before the footnote, and the footnote. */
  rule: { width: 48, height: 6, radius: 3, gap: 20, fill: PALETTE.line },
  footnote: { size: 26, weight: 400, lineHeight: 'normal', fill: PALETTE.muted },
} as const;

/** A piece of text drawn at a place: one run of glyphs shaped together. */
export interface PlacedRun {
  text: string;
  weight: CardWeight;
  size: number;
  letterSpacing: number;
  fill: string;
  /** Where the run starts, and the line's baseline. */
  x: number;
  baseline: number;
}

/** How one block of text is set. */
interface TextStyle {
  font: CardFont;
  size: number;
  /** A multiple of the size, or the font's own (`normal`). */
  lineHeight: number | 'normal';
  letterSpacing: number;
  fill: string;
  /** Lines shown at most; the last one ends in an ellipsis when the text goes on. */
  lines: number;
}

const ELLIPSIS = '…';

/** Where the text may break, as in a browser (Unicode line breaking): each piece ends at a break opportunity. */
function breakPieces(text: string): string[] {
  const breaker = new LineBreaker(text);
  const pieces: string[] = [];
  let last = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    pieces.push(text.slice(last, next.position));
    last = next.position;
  }
  return pieces;
}

const words = new Intl.Segmenter('en', { granularity: 'word' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const wordCache = new Map<string, string[]>();
/** The words and spaces of a piece of text (cached: pieces recur from card to card). */
function wordsOf(text: string): string[] {
  let found = wordCache.get(text);
  if (!found) wordCache.set(text, (found = [...words.segment(text)].map(({ segment }) => segment)));
  return found;
}
const graphemesOf = (text: string) => [...graphemes.segment(text)].map(({ segment }) => segment);

/** The width of text set as one run: its glyphs' advances, and the letter spacing after each character. */
function measure(style: TextStyle, text: string): number {
  const glyphs = style.font.shape(text);
  let advance = 0;
  let characters = 0;
  glyphs.forEach((glyph, index) => {
    advance += glyph.advance;
    if (glyphs[index + 1]?.cluster !== glyph.cluster) characters++;
  });
  return (advance / style.font.unitsPerEm) * style.size + style.letterSpacing * characters;
}

/** A line box's height and where its baseline is in it: ascent and descent rounded, half the leading floored. */
export function lineMetrics(font: CardFont, size: number, lineHeight: number | 'normal') {
  const ascent = (font.ascender / font.unitsPerEm) * size;
  const descent = (-font.descender / font.unitsPerEm) * size;
  const height = lineHeight === 'normal' ? ascent + descent : size * lineHeight;
  return {
    height: Math.round(height),
    baseline: Math.round(ascent) + Math.floor((height - Math.round(ascent) - Math.round(descent)) / 2),
  };
}

/** One piece of a line: its text, where it starts in the line, and its width. */
interface Piece {
  text: string;
  x: number;
  width: number;
  line: number;
}

/**
 * Text set into lines at most `width` wide: runs placed from the block's top left, and the block's height. Spaces at a
 * line's end hang past it; a line that cannot take the next word leaves it for the next line; past the last line
 * allowed, the text ends in an ellipsis.
 */
export function setText(
  text: string,
  style: TextStyle,
  width: number,
  at: { left: number; top: number },
): { runs: PlacedRun[]; height: number } {
  const pieces: Piece[] = [];
  let line = 0;
  let lineWidth = 0;
  const words = breakPieces(text.replace(/\s+/g, ' '));
  for (let index = 0; index < words.length && line < style.lines; index++) {
    const word = words[index]!;
    const wordWidth = measure(style, word);
    const trimmed = word.trimEnd();
    const hanging = wordWidth - (trimmed === word ? wordWidth : measure(style, trimmed));
    if (index && lineWidth + wordWidth > width + hanging) {
      line++;
      lineWidth = 0;
    }
    let x = lineWidth;
    for (const part of wordsOf(word)) {
      const partWidth = measure(style, part);
      pieces.push({ text: part, x, width: partWidth, line });
      x += partWidth;
    }
    lineWidth += wordWidth;
  }
  const lines = Math.min(line + 1, style.lines);
  const multiline = line > 0;
  const { height, baseline } = lineMetrics(style.font, style.size, style.lineHeight);
  const ellipsisWidth = measure(style, ELLIPSIS);

  const runs: PlacedRun[] = [];
  let run: { text: string; x: number } | undefined;
  const place = (text: string, x: number, onLine: number) =>
    runs.push({
      text,
      weight: style.font.weight,
      size: style.size,
      letterSpacing: style.letterSpacing,
      fill: style.fill,
      x: at.left + x,
      baseline: at.top + onLine * height + baseline,
    });
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.line >= lines) break;
    const next = pieces[index + 1];
    const left = multiline ? Math.round(piece.x) : piece.x;
    // The last line allowed, with more text after it: the ellipsis goes where the next piece would not fit beside it.
    if (piece.line === lines - 1 && line >= lines) {
      if (left + piece.width + ellipsisWidth > width || next?.line !== piece.line) {
        let kept = '';
        for (const grapheme of graphemesOf(piece.text.trimEnd())) {
          if ((kept || piece.x > 0) && left + measure(style, kept + grapheme) + ellipsisWidth > width) break;
          kept += grapheme;
        }
        // Shaped with the words before it on the line that are not drawn yet.
        place((run?.text ?? '') + kept + ELLIPSIS, run?.x ?? left, piece.line);
        run = undefined;
        while (pieces[index + 1]?.line === piece.line) index++;
        continue;
      }
    }
    // Words are drawn with the spaces after them, shaped together (so kerning holds across them).
    if (piece.text !== ' ' && next && next.line === piece.line) {
      run = run ? { text: run.text + piece.text, x: run.x } : { text: piece.text, x: left };
      continue;
    }
    place(run ? run.text + piece.text : piece.text, run ? run.x : left, piece.line);
    run = undefined;
  }
  return { runs, height: lines * height };
}

/** The fonts by weight, as the layout needs them. */
export type CardFonts = ReadonlyMap<CardWeight, CardFont>;

/** The card's text, placed: each block's runs, and where the rule before the footnote is. */
export interface CardLayout {
  siteName: PlacedRun[];
  title: PlacedRun[];
  description: PlacedRun[];
  footnote: PlacedRun[];
  ruleTop: number;
}

/** The card for `text`, laid out. */
export function layOutCard(
  { title, description, footnote = '' }: CardText,
  siteName: string,
  fonts: CardFonts,
): CardLayout {
  const font = (weight: CardWeight) => fonts.get(weight)!;
  const { padding } = CARD;
  const style = (set: {
    size: number;
    weight: CardWeight;
    lineHeight: number | 'normal';
    letterSpacing?: number;
    fill: string;
    lines?: number;
  }): TextStyle => ({
    font: font(set.weight),
    size: set.size,
    lineHeight: set.lineHeight,
    letterSpacing: set.letterSpacing ?? 0,
    fill: set.fill,
    lines: set.lines ?? Infinity,
  });
  const inner = CARD.width - padding.left - padding.right;

  const top = setText(siteName, style(CARD.siteName), inner, { left: padding.left, top: padding.top });

  // The footer: the footnote, with the rule centred on its line.
  const footnoteStyle = style(CARD.footnote);
  const footerHeight = footnote ? lineMetrics(footnoteStyle.font, CARD.footnote.size, 'normal').height : 0;
  const footerTop = CARD.height - padding.bottom - Math.max(footerHeight, CARD.rule.height);
  const footnoteLeft = padding.left + CARD.rule.width + CARD.rule.gap;
  const footer = footnote
    ? setText(footnote, footnoteStyle, inner - CARD.rule.width - CARD.rule.gap, { left: footnoteLeft, top: footerTop })
    : { runs: [] };
  const ruleTop = Math.round(footerTop + (Math.max(footerHeight, CARD.rule.height) - CARD.rule.height) / 2);

  // The middle: title and sentence, centred together between the top line and the footer.
  const middleTop = padding.top + top.height;
  const size = titleSize(title);
  const titleStyle = style({ ...CARD.title, size });
  const descriptionStyle = style(CARD.description);
  const measureOnly = { left: 0, top: 0 };
  const titleHeight = setText(title, titleStyle, CARD.middleWidth, measureOnly).height;
  const descriptionHeight = setText(description, descriptionStyle, CARD.description.width, measureOnly).height;
  const offset = (footerTop - middleTop - (titleHeight + CARD.description.gap + descriptionHeight)) / 2;
  // Each block's top is rounded to the pixel where it falls, as the layout rounds positions.
  const titleTop = Math.round(middleTop + offset);
  const descriptionTop = Math.round(middleTop + offset + titleHeight + CARD.description.gap);
  const titleRuns = setText(title, titleStyle, CARD.middleWidth, { left: padding.left, top: titleTop }).runs;
  const descriptionRuns = setText(description, descriptionStyle, CARD.description.width, {
    left: padding.left,
    top: descriptionTop,
  }).runs;
  return { siteName: top.runs, title: titleRuns, description: descriptionRuns, footnote: footer.runs, ruleTop };
}
