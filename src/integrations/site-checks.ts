import { existsSync, rmSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/content-dir';
import { headerPolicy, pruneUnusedHashes } from '../utils/csp';
import { readSite } from '../utils/dist-files';
import { headerValue, parseHeadersFile, replaceHeaderValue } from '../utils/headers-file';
import { findBrokenLinks, type LinkProblem } from '../utils/link-check';
import { locateLink, type SourceFile } from '../utils/link-sources';

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
    const where = locateLink(href, sources);
    const origin = where.length ? where.join(', ') : `a template of ${page} (${source})`;
    const key = `${origin}: the link "${href}" is broken: ${problem}`;
    grouped.set(key, [...(grouped.get(key) ?? []), page]);
  }
  return [...grouped].map(([line, pages]) => `  ${line} (seen on ${[...new Set(pages)].join(', ')})`).join('\n');
}

/** The output folder, unless it is the project itself or one of its parents (never delete those). */
function removableOutDir(outDir: URL, root: URL): string | null {
  const out = resolve(fileURLToPath(outDir));
  const project = resolve(fileURLToPath(root));
  return out === project || project.startsWith(out + sep) || out === sep ? null : out;
}

/**
 * Checks the finished site and stops the build on a broken internal link or fragment, naming the content file
 * (or template) that holds it; trims each page's CSP to the hashes it uses and writes the union into `_headers`;
 * and, when any build step fails, deletes the output folder so no half-built site is left that looks complete.
 */
export default function siteChecks(): AstroIntegration {
  let site: string | undefined;
  let projectRoot = process.cwd();
  return {
    name: 'guide:site-checks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = removableOutDir(config.outDir, config.root);
        // 'exit' also covers failures before and after our hooks (content sync, rendering, later integrations).
        process.once('exit', (code) => {
          if (code !== 0 && outDir) rmSync(outDir, { recursive: true, force: true });
        });
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { files, pages } = await readSite(root);
        const broken = findBrokenLinks(pages, files, site);
        if (broken.length) {
          const sources = await readSources(projectRoot);
          throw new Error(`Broken links in the built site:\n${describeProblems(broken, sources)}`);
        }
        logger.info(
          `Checked ${pages.reduce((sum, page) => sum + page.links.length, 0)} links on ${pages.length} pages.`,
        );

        // Each page keeps only the hashes of its own inline code: Astro lists the whole site's (~400 bytes a page).
        for (const page of pages.filter((candidate) => candidate.csp)) {
          const pruned = pruneUnusedHashes(page.csp, { scripts: page.inlineScripts, styles: page.inlineStyles });
          const file = join(root, page.file);
          const html = await readFile(file, 'utf8');
          const meta = /(<meta http-equiv="content-security-policy" content=")[^"]*(")/i;
          if (!meta.test(html)) throw new Error(`${page.file}: cannot find the CSP <meta> to trim`);
          await writeFile(
            file,
            html.replace(meta, (_, start: string, end: string) => `${start}${pruned}${end}`),
          );
          page.csp = pruned;
        }

        const headersPath = join(root, '_headers');
        if (!existsSync(headersPath)) return;
        const text = await readFile(headersPath, 'utf8');
        const headerOnly = headerValue(parseHeadersFile(text), '/*', 'Content-Security-Policy') ?? '';
        const metaPolicies = pages.map((page) => page.csp).filter(Boolean);
        const policy = headerPolicy(metaPolicies, headerOnly);
        await writeFile(headersPath, replaceHeaderValue(text, '/*', 'Content-Security-Policy', policy));
      },
    },
  };
}
