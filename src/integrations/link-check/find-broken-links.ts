/** Finds links in built pages that lead nowhere: missing pages or files, missing `#fragment` targets, other origins. */
import type { DistPage } from '../built-site/dist-pages';

/** What the link check needs of a page: its address, its links and the ids its fragments may point at. */
export type LinkedPage = Pick<DistPage, 'file' | 'url' | 'ids' | 'links'>;

/** One link that does not work, and why. */
export interface LinkProblem {
  /** Address of the page holding the link. */
  page: string;
  href: string;
  /** Element and attribute, e.g. `a[href]`. */
  source: string;
  /** What is wrong, in a sentence. */
  problem: string;
}

/** Where an internal link points: a path on this site and an optional fragment (decoded). */
export interface InternalTarget {
  path: string;
  fragment: string;
}

/** Stand-in origin for resolving relative links; never requested. */
const BASE = 'https://site.invalid';

/**
 * Resolves `href` as written on the page at `pageUrl`. Returns the target for links into this site (relative, or
 * absolute on `siteOrigin`), `'external'` for http(s) links elsewhere, and `null` for mailto:, tel: and the like.
 */
export function resolveLink(href: string, pageUrl: string, siteOrigin?: string): InternalTarget | 'external' | null {
  let url: URL;
  try {
    url = new URL(href, BASE + pageUrl);
  } catch {
    return { path: href, fragment: '' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.origin !== BASE && (!siteOrigin || url.origin !== new URL(siteOrigin).origin)) return 'external';
  return { path: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The output file serving a site path: `/a/` → `a/index.html`, `/a.css` → `a.css`. */
export function fileOfPath(path: string): string {
  const relative = path.replace(/^\/+/, '');
  return path.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Checks every link of every page against the output folder's files and the pages' ids, for a site published under
 * the folder `base` (`/`, `/massage-guide/`): the output folder is what is served there, so a link must stay inside
 * it. `files` holds every file path in the output folder (forward slashes, no leading slash).
 */
export function findBrokenLinks(
  pages: readonly LinkedPage[],
  files: ReadonlySet<string>,
  siteOrigin?: string,
  base = '/',
): LinkProblem[] {
  const pagesByFile = new Map(pages.map((page) => [page.file, page]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const link of page.links) {
      const report = (problem: string) =>
        problems.push({ page: page.url, href: link.href, source: link.source, problem });
      if (link.href.trim() === '') {
        report('the link is empty');
        continue;
      }
      const target = resolveLink(link.href, base + page.url.slice(1), siteOrigin);
      if (target === null) continue;
      if (target === 'external') {
        if (link.loads) report('the page loads it from another origin; serve it from this site instead');
        continue;
      }
      if (!target.path.startsWith(base)) {
        report(
          `${target.path}/` === base
            ? `the page is at ${base} (with a trailing slash)`
            : `it leads outside ${base}, the folder the site is published under; write it as ${base}…`,
        );
        continue;
      }
      const file = fileOfPath(`/${target.path.slice(base.length)}`);
      if (!files.has(file)) {
        const withSlash = `${file}/index.html`;
        report(
          files.has(withSlash)
            ? `the page is at ${target.path}/ (with a trailing slash)`
            : `there is no page or file at ${target.path}`,
        );
        continue;
      }
      // A text fragment (`#:~:text=`) or an empty one needs no element; `#top` is the top of the page by definition.
      const id = target.fragment.split(':~:')[0]!;
      if (!id || id.toLowerCase() === 'top') continue;
      const targetPage = pagesByFile.get(file);
      if (targetPage && !targetPage.ids.has(id)) report(`${target.path} has no element with id "${id}"`);
    }
  }
  return problems;
}
