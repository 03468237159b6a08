/** Reads built HTML pages into plain facts (ids, links, landmarks, meta) that the site checks work on. */
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/** A URL in a page that points somewhere: a link, a stylesheet, a script, an image. */
export interface PageLink {
  /** The attribute value as written, e.g. `/overview/#top`. */
  href: string;
  /** Element and attribute it came from, e.g. `a[href]`, `script[src]`. */
  source: string;
  /** Whether the browser fetches it while showing the page (scripts, styles, images), not only on a click. */
  loads: boolean;
}

/** What the checks need to know about one built page. */
export interface DistPage {
  /** Path of the file inside the output folder, with forward slashes, e.g. `overview/index.html`. */
  file: string;
  /** Address of the page on the site, e.g. `/overview/`, `/`, `/404.html`. */
  url: string;
  /** Every `id` (and legacy `<a name>`) a fragment can point at. */
  ids: Set<string>;
  links: PageLink[];
  /** Astro's redirect stubs (meta refresh) are not real pages and skip the page rules. */
  isRedirect: boolean;
  lang: string;
  title: string;
  description: string;
  h1Count: number;
  /** Number of `<main>` elements. */
  mainCount: number;
  /** Whether the page has a page-level `<header>` / `<footer>` (not one inside an article or section). */
  hasBanner: boolean;
  hasContentInfo: boolean;
  /** Accessible names of the `<nav>` elements; `''` for a nav without `aria-label`/`aria-labelledby`. */
  navLabels: string[];
  /** The `content` of `<meta http-equiv="content-security-policy">`, or `''`. */
  csp: string;
  /** Where that `<meta>` sits in the file, as [start, end) character offsets; undefined without one. */
  cspRange?: [number, number];
  /** Offset just after `<meta charset>`, where the CSP `<meta>` belongs; undefined without one. */
  charsetEnd?: number;
  /** Text of inline `<script>` elements the browser runs (JSON data blocks excluded); the CSP must hash each. */
  inlineScripts: string[];
  /** Text of inline `<style>` elements; the CSP must hash each. */
  inlineStyles: string[];
  /** Elements with a `style="…"` attribute, which the CSP blocks. */
  styleAttributes: number;
  /** Elements with an inline event handler (`onclick="…"` and so on), which the CSP blocks. */
  handlerAttributes: number;
  /** Markup after `</body>` or `</html>` (a parse error browsers repair by moving it into the body); `''` if none. */
  strayAfterBody: string;
}

/** Script types a browser executes; anything else (e.g. `application/ld+json`) is a data block. */
const RUNNABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The site address of a file in the output folder: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Attributes that hold URLs, with whether following them happens on page load. */
const URL_ATTRIBUTES: { selector: string; attribute: string; loads: boolean }[] = [
  { selector: 'a[href]', attribute: 'href', loads: false },
  { selector: 'area[href]', attribute: 'href', loads: false },
  { selector: 'form[action]', attribute: 'action', loads: false },
  { selector: 'link[href]', attribute: 'href', loads: true },
  { selector: 'script[src]', attribute: 'src', loads: true },
  { selector: 'img[src]', attribute: 'src', loads: true },
  { selector: 'source[src]', attribute: 'src', loads: true },
  { selector: 'iframe[src]', attribute: 'src', loads: true },
  { selector: 'video[src], audio[src], embed[src]', attribute: 'src', loads: true },
  { selector: 'object[data]', attribute: 'data', loads: true },
];

/** `<link rel>` values that only describe the page and are never fetched while reading it. */
const NON_LOADING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'sitemap', 'me']);

function linksOf(document: ReturnType<typeof parseDocument>): PageLink[] {
  const links: PageLink[] = [];
  for (const { selector, attribute, loads } of URL_ATTRIBUTES) {
    for (const element of selectAll<AnyNode, Element>(selector, document)) {
      const href = element.attribs[attribute] ?? '';
      const rels = (element.attribs.rel ?? '').toLowerCase().split(/\s+/);
      const fetched = loads && !(element.name === 'link' && rels.every((rel) => NON_LOADING_RELS.has(rel)));
      links.push({ href, source: `${element.name}[${attribute}]`, loads: fetched });
    }
  }
  return links;
}

/** True for a `<header>`/`<footer>` that is not scoped to an article, aside, main, nav or section. */
function isPageLevel(element: Element): boolean {
  for (let parent = element.parent; parent && 'name' in parent; parent = parent.parent) {
    if (['article', 'aside', 'main', 'nav', 'section'].includes((parent as Element).name)) return false;
  }
  return true;
}

/** Whatever follows `</body>` apart from `</html>` and white space. */
function strayAfterBody(html: string): string {
  const end = html.search(/<\/body\s*>/i);
  return end === -1
    ? ''
    : html
        .slice(end)
        .replace(/^<\/body\s*>/i, '')
        .replace(/<\/html\s*>/i, '')
        .trim();
}

/** Parses one built HTML file. */
export function parsePage(file: string, html: string): DistPage {
  const document = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
  const all = (selector: string) => selectAll<AnyNode, Element>(selector, document);
  const one = (selector: string) => selectOne<AnyNode, Element>(selector, document);
  const ids = new Set<string>();
  for (const element of all('[id]')) ids.add(element.attribs.id!);
  for (const element of all('a[name]')) ids.add(element.attribs.name!);
  const metaContent = (selector: string) => one(selector)?.attribs.content ?? '';
  const title = one('title');
  const cspMeta = one('meta[http-equiv="content-security-policy" i]');
  const charset = one('meta[charset]');
  return {
    file,
    url: urlOfFile(file),
    ids,
    links: linksOf(document),
    isRedirect: one('meta[http-equiv="refresh" i]') !== null,
    lang: one('html')?.attribs.lang?.trim() ?? '',
    title: title ? textContent(title).trim() : '',
    description: metaContent('meta[name="description"]').trim(),
    h1Count: all('h1').length,
    mainCount: all('main').length,
    hasBanner: all('header').some(isPageLevel),
    hasContentInfo: all('footer').some(isPageLevel),
    navLabels: all('nav').map((nav) => (nav.attribs['aria-label'] ?? nav.attribs['aria-labelledby'] ?? '').trim()),
    csp: cspMeta?.attribs.content ?? '',
    cspRange:
      cspMeta?.startIndex != null && cspMeta.endIndex != null ? [cspMeta.startIndex, cspMeta.endIndex + 1] : undefined,
    charsetEnd: charset?.endIndex != null ? charset.endIndex + 1 : undefined,
    inlineScripts: all('script:not([src])')
      .filter((script) => RUNNABLE_SCRIPT_TYPES.has((script.attribs.type ?? '').trim().toLowerCase()))
      .map((script) => textContent(script)),
    inlineStyles: all('style').map((style) => textContent(style)),
    styleAttributes: all('[style]').length,
    handlerAttributes: all('*').filter((element) => Object.keys(element.attribs).some((name) => /^on/i.test(name)))
      .length,
    strayAfterBody: strayAfterBody(html),
  };
}
