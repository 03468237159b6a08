/** Wraps a content loader so the build stops on problems the schema cannot see, naming the file and the problem. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { emptyBodyProblem, frontmatterOf, impossibleDates } from './content-checks';
import { staticRouteNames } from './redirects';

/** Top-level folders of the built site that are not pages but would clash with a section of the same slug. */
const OUTPUT_FOLDERS = ['_astro', 'pagefind'];

/** Error whose message lists every problem found, one `file: problem` per line. */
export class ContentError extends Error {
  override name = 'ContentError';
}

async function problemsOf(context: LoaderContext): Promise<string[]> {
  const problems: string[] = [];
  const taken = new Set([
    ...staticRouteNames(fileURLToPath(new URL('src/pages/', context.config.root))),
    ...OUTPUT_FOLDERS,
  ]);
  for (const entry of context.store.values()) {
    const file = entry.filePath ?? `entry "${entry.id}"`;
    if (taken.has(entry.id)) {
      problems.push(`${file}: the slug "${entry.id}" is taken by the site's own /${entry.id}/; rename the file.`);
    }
    const emptyBody = emptyBodyProblem(entry.body);
    if (emptyBody) problems.push(`${file}: ${emptyBody}.`);
    if (!entry.filePath) continue;
    const source = await readFile(new URL(entry.filePath, context.config.root), 'utf8');
    for (const { line, field, value } of impossibleDates(frontmatterOf(source))) {
      problems.push(`${file}:${line}: ${field} "${value}" is not a real date; write an existing day as YYYY-MM-DD.`);
    }
  }
  return problems;
}

/** The given loader, followed by checks over every entry it stored; any problem fails the content sync. */
export function withContentChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const problems = await problemsOf(context);
      if (problems.length) {
        throw new ContentError(`Content of "${context.collection}" has problems:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
