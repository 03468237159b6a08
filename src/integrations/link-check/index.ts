/**
 * The link checker: when `astro build` finishes, every link, `#fragment` and asset reference of every built page must
 * lead somewhere, or the build stops, naming the content file and line that holds the link (or the template).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content/content-dir';
import { readSite } from '../built-site/dist-files';
import { placesOf } from '../../markdown/written-links';
import { findBrokenLinks, type LinkProblem } from './find-broken-links';
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

export default function linkCheck(): AstroIntegration {
  let site: string | undefined;
  let projectRoot = process.cwd();
  return {
    name: 'guide:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, pages } = await readSite(fileURLToPath(dir));
        const broken = findBrokenLinks(pages, files, site);
        if (broken.length)
          throw new Error(
            `Broken links in the built site:\n${describeProblems(broken, await readSources(projectRoot))}`,
          );
        logger.info(
          `Checked ${pages.reduce((sum, page) => sum + page.links.length, 0)} links on ${pages.length} pages.`,
        );
      },
    },
  };
}
