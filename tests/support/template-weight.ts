/**
 * What the template adds to a page, apart from the author's words: the page with every piece of the guide's text
 * taken out (its sections' bodies, titles, labels, descriptions, keywords and topics, wherever the page carries them:
 * text, attributes, JSON-LD), leaving the markup, the interface text and the rest. Byte budgets hold this, so that a
 * longer guide never fails a budget and a heavier template still does (tests/support/budgets.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { is } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import render from 'dom-serializer';
import { removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import { NOT_READ } from '../../src/client/listen/reading-order';
import { readBuiltSite, type TestPage } from './built-pages';
import { bodyBlocks, normalise } from './fidelity';
import { plainText } from './html-text';
import { brotliSize, pageLoad, type PageLoad } from './page-weight';

/** The author's words, as a page may show them. */
export interface AuthorWords {
  /** The bodies' blocks of text and every phrase below, normalised, one per line: any piece of one is the author's. */
  text: string;
  /** What the template writes into text of its own (titles, labels, descriptions), longest first. */
  names: string[];
  /** What it writes into attributes and data besides (keywords, topics too), longest first. */
  phrases: string[];
}

const longestFirst = (strings: Iterable<string>) => [...new Set(strings)].sort((a, b) => b.length - a.length);

/** The words of the section files in `folder` (`*.mdx`, as the content layer reads them). */
export function authorWords(folder: string): AuthorWords {
  const blocks: string[] = [];
  const names: string[] = [];
  const others: string[] = [];
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.mdx'),
  )) {
    const source = readFileSync(join(folder, name), 'utf8');
    const data = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => {
      const found = typeof value === 'string' ? value : (value as { term?: unknown } | undefined)?.term;
      return typeof found === 'string' && normalise(found) ? [normalise(found)] : [];
    };
    names.push(...[data.title, data.navLabel, data.description].flatMap(text));
    others.push(...[data.keywords, data.topics].flat().flatMap(text));
    blocks.push(...bodyBlocks(source));
  }
  return {
    text: [...blocks, ...names, ...others].join('\n'),
    names: longestFirst(names),
    phrases: longestFirst([...names, ...others]),
  };
}

/** Whether `part` occurs in `text` as whole words (not inside a longer word). */
function hasWords(text: string, part: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + part.length] ?? ' ';
    const edgeBefore = !letter.test(part[0]!) || !letter.test(before);
    const edgeAfter = !letter.test(part[part.length - 1]!) || !letter.test(after);
    if (edgeBefore && edgeAfter) return true;
  }
  return false;
}

/** `text` without the phrases in it (as whole words); undefined when it has none. */
function withoutPhrases(text: string, phrases: readonly string[]): string | undefined {
  const original = normalise(text);
  let rest = original;
  for (const phrase of phrases) {
    for (let at = rest.indexOf(phrase); at !== -1; at = rest.indexOf(phrase, at + 1)) {
      if (hasWords(rest.slice(Math.max(0, at - 1), at + phrase.length + 1), phrase)) {
        rest = rest.slice(0, at) + rest.slice(at + phrase.length);
      }
    }
  }
  return rest === original ? undefined : rest;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A page without the author's words, and how many of the guide's entries it lists. */
export interface TemplatePart {
  html: string;
  /**
   * The guide's entries the page lists, whose markup grows with the guide: each heading of the author's (with its
   * share control and contents entry) and each section title, label or topic shown on its own (a contents entry, a
   * card, a line of the topic index).
   */
  entries: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The page's HTML with the author's words taken out: text that is a piece of the guide's text, the phrases of its
 * frontmatter wherever they stand, and inside the article the markup of the author's text itself (paragraphs,
 * emphasis, links, images: the elements without a class whose text is all the author's, as content may not set a
 * class), so that more paragraphs weigh nothing. The rest is kept byte for byte.
 */
export function withoutAuthorWords(html: string, words: AuthorWords): TemplatePart {
  const document = parseDocument(html, { decodeEntities: false });
  const phrases = new Set(words.phrases);
  const theirs: Element[] = [];
  let entries = 0;
  interface Place {
    inHeading: boolean;
    inText: boolean;
  }
  /** Takes the author's words out of `node`; says whether it showed any text, and whether all of it was theirs. */
  const visit = (node: AnyNode, place: Place): { shown: boolean; theirs: boolean } => {
    if (node.type === 'text') {
      const text = normalise(plainText(node.data));
      if (!text) return { shown: false, theirs: true };
      if (hasWords(words.text, text)) {
        node.data = '';
        if (!place.inHeading && phrases.has(text)) entries++;
        return { shown: true, theirs: true };
      }
      const inScript = node.parent && 'name' in node.parent && (node.parent as Element).name === 'script';
      const rest = withoutPhrases(plainText(node.data), inScript ? words.phrases : words.names);
      if (rest !== undefined) node.data = inScript ? rest : escapeText(rest);
      return { shown: true, theirs: false };
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return { shown: false, theirs: true };
    const element = node as Element;
    for (const [name, value] of Object.entries(element.attribs)) {
      const rest = withoutPhrases(plainText(value), words.phrases);
      if (rest !== undefined) element.attribs[name] = escapeAttribute(rest);
    }
    const heading = HEADINGS.has(element.name);
    // The author's text: inside an article, outside its interface (what paper does not print).
    const inText = element.name === 'article' || (place.inText && !is(element, NOT_READ));
    const children = element.children.map((child) => visit(child, { inHeading: place.inHeading || heading, inText }));
    const shown = children.some((child) => child.shown);
    const all = children.every((child) => child.theirs);
    if (heading && !place.inHeading && shown && all) entries++;
    if (place.inText && inText && all && element.attribs.class === undefined) theirs.push(element);
    return { shown, theirs: all && element.attribs.class === undefined };
  };
  document.children.forEach((node) => visit(node, { inHeading: false, inText: false }));
  theirs.forEach(removeElement);
  return { html: render(document, { decodeEntities: false }), entries };
}

/** Brotli bytes a plain view of one page costs, whole and without the author's words. */
export interface PageWeight {
  url: string;
  /** The page's HTML as built. */
  html: number;
  /** Its HTML without the author's words. */
  templateHtml: number;
  /** That, plus the render-blocking CSS. */
  firstPaint: number;
  /** Inline and external JavaScript of a plain view. */
  script: number;
  /** Everything a plain view loads, without the author's words. */
  pageView: number;
  /** The guide's entries the page lists (see TemplatePart). */
  entries: number;
  load: PageLoad;
}

/** The weight of every page of the built site in `distDir`, whose guide is `words`. */
export async function siteWeights(
  distDir: string,
  words: AuthorWords,
): Promise<{ files: Set<string>; pages: TestPage[]; weights: PageWeight[] }> {
  const { files, pages } = await readBuiltSite(distDir);
  const read = (file: string) => (files.has(file) ? readFileSync(join(distDir, file)) : undefined);
  const sum = (list: readonly string[]) => list.reduce((total, file) => total + brotliSize(read(file) ?? ''), 0);
  const weights: PageWeight[] = [];
  for (const page of pages.filter((candidate) => !candidate.isRedirect)) {
    const html = readFileSync(join(distDir, page.file), 'utf8');
    const template = withoutAuthorWords(html, words);
    const load = await pageLoad(page.url, template.html, read);
    const templateHtml = brotliSize(template.html);
    const inlineScript = page.inlineScripts.length ? brotliSize(page.inlineScripts.join('\n')) : 0;
    weights.push({
      url: page.url,
      html: brotliSize(html),
      templateHtml,
      firstPaint: templateHtml + sum(load.blockingCss),
      script: inlineScript + sum(load.js),
      pageView: templateHtml + sum([...new Set([...load.css, ...load.js, ...load.other])]),
      entries: template.entries,
      load,
    });
  }
  return { files, pages, weights };
}
