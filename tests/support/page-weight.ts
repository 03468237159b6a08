/** What a plain view of a built page downloads, and how many bytes that is with brotli (as hosts serve it). */
import { constants, brotliCompressSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { fileOfPath, resolveLink } from '../../src/integrations/link-check/find-broken-links';

/** Bytes after brotli at its highest quality. */
export function brotliSize(bytes: Uint8Array | string): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    .length;
}

/** Reads a file of the built site by its path inside the output folder; undefined when it does not exist. */
export type ReadDistFile = (file: string) => Buffer | undefined;

/** Files one page view fetches, by kind, as paths inside the output folder. */
export interface PageLoad {
  /** Stylesheets that block rendering (`<link rel="stylesheet">` without a non-screen media query). */
  blockingCss: string[];
  /** Every stylesheet, blocking or not. */
  css: string[];
  /** Scripts in the page and every module they import statically; `import()` is lazy and left out. */
  js: string[];
  /** Icons and images the page or its CSS refer to. */
  other: string[];
}

/** `<link>` rels whose target the browser fetches on a plain page view. */
const FETCHED_RELS = new Set(['stylesheet', 'icon', 'modulepreload', 'preload']);

/** The file a reference made from `fromUrl` points at, or undefined for other origins, `data:` and the like. */
function localFile(href: string, fromUrl: string): string | undefined {
  const target = resolveLink(href, fromUrl);
  return target && target !== 'external' ? fileOfPath(target.path) : undefined;
}

/** Static imports of one JavaScript module, as files inside the output folder. */
export function staticImports(file: string, source: string): string[] {
  const [imports] = parse(source);
  return imports
    .filter((entry) => entry.type === 'static' || entry.type === 'reexport-star')
    .map((entry) => (entry.specifier ? localFile(entry.specifier, `/${file}`) : undefined))
    .filter((target): target is string => target !== undefined);
}

/** Files referenced with `url(…)` in a stylesheet (fonts, background images), except inline `data:` URLs. */
function cssReferences(file: string, css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => match[2]!.trim())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'))
    .map((url) => localFile(url, `/${file}`))
    .filter((target): target is string => target !== undefined);
}

/** A module and every module it imports statically, as files inside the output folder (call `init()` first). */
export function withStaticImports(file: string, read: ReadDistFile): string[] {
  const found: string[] = [];
  for (const queue = [file]; queue.length;) {
    const next = queue.shift()!;
    if (found.includes(next)) continue;
    found.push(next);
    const source = read(next);
    if (source) queue.push(...staticImports(next, source.toString('utf8')));
  }
  return found;
}

/** Lists what a plain view of the page at `url` downloads besides its HTML. */
export async function pageLoad(url: string, html: string, read: ReadDistFile): Promise<PageLoad> {
  await init();
  const load: PageLoad = { blockingCss: [], css: [], js: [], other: [] };
  const queue: string[] = [];
  const document = parseDocument(html);
  for (const element of selectAll<AnyNode, Element>('link[href], script[src], img[src]', document)) {
    const { href = '', src = '', rel = '', media = 'all' } = element.attribs;
    const file = localFile(element.name === 'link' ? href : src, url);
    if (!file) continue;
    if (element.name !== 'link') {
      (element.name === 'script' ? queue : load.other).push(file);
      continue;
    }
    const rels = rel.toLowerCase().split(/\s+/);
    if (!rels.some((value) => FETCHED_RELS.has(value))) continue;
    if (rels.includes('stylesheet')) {
      load.css.push(file);
      if (['all', 'screen', ''].includes(media.trim().toLowerCase())) load.blockingCss.push(file);
    } else if (rels.includes('modulepreload') || /\.m?js$/.test(file)) queue.push(file);
    else load.other.push(file);
  }
  while (queue.length) {
    const file = queue.shift()!;
    if (load.js.includes(file)) continue;
    load.js.push(file);
    const source = read(file);
    if (source) queue.push(...staticImports(file, source.toString('utf8')));
  }
  for (const file of load.css) {
    const css = read(file);
    if (css) load.other.push(...cssReferences(file, css.toString('utf8')));
  }
  load.other = [...new Set(load.other)];
  return load;
}
