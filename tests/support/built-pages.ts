/**
 * The built site as the tests read it: for each page, the facts the build's own steps use
 * (src/integrations/built-site/dist-pages.ts) and the facts only the tests' page rules need (landmarks, title,
 * attributes the CSP blocks), read from a parsed document.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { listFiles } from '../../src/integrations/built-site/dist-files';
import { parsePage, type DistPage } from '../../src/integrations/built-site/dist-pages';

/** One built page with the facts of the tests' page rules (tests/support/page-rules.ts). */
export interface TestPage extends DistPage {
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
  /** Elements with a `style="…"` attribute, which the CSP blocks. */
  styleAttributes: number;
  /** Elements with an inline event handler (`onclick="…"` and so on), which the CSP blocks. */
  handlerAttributes: number;
  /** Markup after `</body>` or `</html>` (a parse error browsers repair by moving it into the body); `''` if none. */
  strayAfterBody: string;
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

/** Parses one built HTML file with every fact the tests check. */
export function parseTestPage(file: string, html: string): TestPage {
  const document = parseDocument(html, { decodeEntities: true });
  const all = (selector: string) => selectAll<AnyNode, Element>(selector, document);
  const one = (selector: string) => selectOne<AnyNode, Element>(selector, document);
  const title = one('title');
  return {
    ...parsePage(file, html),
    lang: one('html')?.attribs.lang?.trim() ?? '',
    title: title ? textContent(title).trim() : '',
    description: (one('meta[name="description"]')?.attribs.content ?? '').trim(),
    h1Count: all('h1').length,
    mainCount: all('main').length,
    hasBanner: all('header').some(isPageLevel),
    hasContentInfo: all('footer').some(isPageLevel),
    navLabels: all('nav').map((nav) => (nav.attribs['aria-label'] ?? nav.attribs['aria-labelledby'] ?? '').trim()),
    styleAttributes: all('[style]').length,
    handlerAttributes: all('*').filter((element) => Object.keys(element.attribs).some((name) => /^on/i.test(name)))
      .length,
    strayAfterBody: strayAfterBody(html),
  };
}

/** The built site at `root`: its files and its parsed HTML pages. */
export async function readBuiltSite(root: string): Promise<{ files: Set<string>; pages: TestPage[] }> {
  const files = await listFiles(root);
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => parseTestPage(file, await readFile(join(root, file), 'utf8'))),
  );
  return { files: new Set(files), pages };
}
