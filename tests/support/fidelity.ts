/**
 * Fidelity as a property of the pipeline: the text of a section file, read with a parser of its own (remark, not the
 * Sätteri parser the build uses), against the text a built page shows for it. Every sentence must be there, in the
 * author's order, and as many times as the author wrote it: nothing dropped, moved or doubled by the build.
 * Typesetting may differ (curly quotes, dashes, ellipses and spaces), never the words.
 */
import { is, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import type { Nodes, Root } from 'mdast';
import { parseDocument } from 'htmlparser2';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { NOT_READ } from '../../src/client/listen/reading-order';

/** Text as compared: the typesetting the pipeline adds (smart punctuation, spacing) undone. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/-{2,3}|[–—]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Nodes whose text the page does not show where they stand: comments, footnotes, images (alt text), frontmatter. */
const UNSHOWN = new Set(['yaml', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'image', 'imageReference']);
const FOOTNOTES = new Set(['footnoteDefinition', 'footnoteReference', 'definition']);

/** Nodes that hold text as one block (a paragraph, a heading, a cell): each becomes one run of the page's text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

type Node = Nodes & { value?: string; children?: Node[] };

/** The text a node shows, inline. */
function inlineText(node: Node): string {
  if (UNSHOWN.has(node.type) || FOOTNOTES.has(node.type)) return '';
  if (node.type === 'break') return ' ';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(inlineText).join('');
}

/** The blocks of text of a section file's body, in order, as its author wrote them. */
export function bodyBlocks(source: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).parse(source) as Root;
  const blocks: string[] = [];
  const walk = (node: Node) => {
    if (UNSHOWN.has(node.type) || FOOTNOTES.has(node.type)) return;
    const children = node.children ?? [];
    // An element such as <aside> or <details> holding text directly, not in paragraphs, is one block.
    const holdsText = node.type === 'mdxJsxFlowElement' && children.some((child) => child.type === 'text');
    if (BLOCKS.has(node.type) || holdsText) {
      const text = normalise(inlineText(node));
      if (text) blocks.push(text);
      return;
    }
    children.forEach(walk);
  };
  walk(tree as Node);
  return blocks;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of some blocks of text, in order. */
export function sentencesOf(blocks: readonly string[]): string[] {
  return blocks.flatMap((block) => [...segmenter.segment(block)].map(({ segment }) => segment.trim()).filter(Boolean));
}

/** Elements whose text runs on inside a block; every other element starts and ends a run. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);

/**
 * The text a reader sees in the parts of a page that `selector` picks, in document order, leaving out the interface
 * (what Listen does not read and paper does not print: NOT_READ) and whatever `leaveOut` picks (the title heading).
 */
export function shownText(html: string, selector: string, leaveOut = ''): string[] {
  const skip = leaveOut ? `${NOT_READ},${leaveOut}` : NOT_READ;
  const textOf = (node: AnyNode): string => {
    if (node.type === 'text') return node.data;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
    const element = node as Element;
    if (is(element, skip)) return '';
    if (element.name === 'br') return ' ';
    const inner = element.children.map(textOf).join('');
    return INLINE.has(element.name) ? inner : ` ${inner} `;
  };
  return selectAll<AnyNode, Element>(selector, parseDocument(html)).map((region) =>
    normalise(region.children.map(textOf).join('')),
  );
}

/** How many times `part` occurs in `text`, without overlaps. */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** What the page did to the author's text: sentences missing (or out of order), sentences shown more often. */
export interface FidelityReport {
  missing: string[];
  doubled: { sentence: string; written: number; shown: number }[];
}

/** Compares the author's blocks of text with the text a page shows for them. */
export function fidelity(blocks: readonly string[], shown: string): FidelityReport {
  const written = blocks.join(' ');
  const missing: string[] = [];
  let cursor = 0;
  for (const sentence of sentencesOf(blocks)) {
    const at = shown.indexOf(sentence, cursor);
    if (at === -1) missing.push(sentence);
    else cursor = at + sentence.length;
  }
  const doubled = [...new Set(sentencesOf(blocks))]
    .map((sentence) => ({ sentence, written: occurrences(written, sentence), shown: occurrences(shown, sentence) }))
    .filter(({ written, shown }) => shown > written);
  return { missing, doubled };
}
