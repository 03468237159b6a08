/**
 * The link check, a step after the build: every link, `#fragment` and asset reference of every built page must lead
 * somewhere, or the build stops, naming the content file and line that holds the link (or the template).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { contentDir } from '../../content/content-dir';
import type { PageLink } from '../built-site/dist-pages';
import { placesOf } from '../../markdown/written-links';
import type { PostBuildStep } from '../post-build/step';
import { findBrokenLinks, type LinkedPage, type LinkProblem } from './find-broken-links';
import { locateLink, type SourceFile } from './link-sources';

/** The guide's content files, with paths relative to the project root as people see them. */
async function readSources(root: string): Promise<SourceFile[]> {
  const folder = resolve(root, contentDir);
  if (!existsSync(folder)) return [];
  const names = (await readdir(folder, { recursive: true })).filter((name) => /\.mdx?$/.test(name));
  return Promise.all(
    names.map(async (name) => ({
      file: relative(root, join(folder, name)).split(sep).join('/'),
      text: await readFile(join(folder, name), 'utf8'),
    })),
  );
}

/** One line per broken link, naming the content file and line it was written in (or the page, for template links). */
function describeProblems(problems: readonly LinkProblem[], sources: readonly SourceFile[]): string {
  const grouped = new Map<string, string[]>();
  for (const { page, href, source, problem } of problems) {
    // Exact places from the Markdown pipeline first; a search of the files' text for links it did not see.
    const written = placesOf(href);
    const where = written.length ? written : locateLink(href, sources);
    const origin = where.length ? where.join(', ') : `a template of ${page} (${source})`;
    const key = `${origin}: the link "${href}" is broken: ${problem}`;
    grouped.set(key, [...(grouped.get(key) ?? []), page]);
  }
  return [...grouped].map(([line, pages]) => `  ${line} (seen on ${[...new Set(pages)].join(', ')})`).join('\n');
}

/** What the check keeps of a page: the ids its fragments may point at and the links it holds. */
export interface LinkNote {
  ids: string[];
  links: PageLink[];
}

/**
 * The link check over the site at `site` (its absolute address) under the folder `base` (Astro's `base`), naming
 * files relative to `projectRoot`.
 */
export function linkCheck(options: { site?: string; base?: string; projectRoot: string }): PostBuildStep<LinkNote> {
  const pages: LinkedPage[] = [];
  return {
    name: 'link-check',
    read: ({ facts }) => ({ note: { ids: [...facts.ids], links: facts.links } }),
    take: ({ file, url }, { ids, links }) => void pages.push({ file, url, ids: new Set(ids), links }),
    async finish({ files, logger }) {
      const broken = findBrokenLinks(pages, files, options.site, options.base);
      if (broken.length)
        throw new Error(
          `Broken links in the built site:\n${describeProblems(broken, await readSources(options.projectRoot))}`,
        );
      logger.info(`Checked ${pages.reduce((sum, page) => sum + page.links.length, 0)} links on ${pages.length} pages.`);
    },
  };
}
