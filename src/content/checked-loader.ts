/**
 * Wraps the sections' content loader so that the build stops on problems the schema cannot see, with an error that
 * names the file, the line where it can, and what to do: an empty body, a date that does not exist, a slug taken by
 * the site's own pages, a former slug that is live again or claimed twice.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { counted } from '../plural';
import { emptyBodyProblem, firstNonUtf8Line, impossibleDates } from './content-checks';
import { formerSlugRedirects, reservedSlugs } from './former-slugs';
import { overdueWarning } from './review-dates';

/** One problem in one file. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

/** Every problem of the stored entries, in file order. */
async function problemsOf(context: LoaderContext): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const reserved = reservedSlugs(fileURLToPath(new URL('src/pages/', context.config.root)), context.config.build.assets);
  const entries = [...context.store.values()];
  for (const entry of entries) {
    const file = entry.filePath ?? `entry "${entry.id}"`;
    if (reserved.includes(entry.id)) {
      problems.push({ file, message: `the slug "${entry.id}" is taken by the site's own /${entry.id}/; rename the file.` });
    }
    const emptyBody = emptyBodyProblem(entry.body);
    if (emptyBody) problems.push({ file, message: `${emptyBody}.` });
    if (!entry.filePath) continue;
    const bytes = await readFile(new URL(entry.filePath, context.config.root));
    const badLine = firstNonUtf8Line(bytes);
    if (badLine) {
      problems.push({ file, line: badLine, message: 'the file is not UTF-8 text; save it as UTF-8 in your editor.' });
      continue;
    }
    const source = bytes.toString('utf8');
    for (const { line, field, value } of impossibleDates(source)) {
      problems.push({ file, line, message: `${field} "${value}" is not a real date; write an existing day as YYYY-MM-DD.` });
    }
  }
  try {
    formerSlugRedirects(
      entries.map((entry) => ({ slug: entry.id, formerSlugs: (entry.data.formerSlugs as string[] | undefined) ?? [], source: entry.filePath })),
      reserved,
    );
  } catch (error) {
    problems.push({ file: (error as { source?: string }).source ?? 'content', message: (error as Error).message });
  }
  return problems;
}

/** What the MDX integration attaches to a YAML error in a file's frontmatter. */
interface FrontmatterError extends Error {
  reason?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/** A YAML syntax error in a section's frontmatter, as an error that names the file and line and says what to check. */
export function frontmatterSyntaxError(error: FrontmatterError): AstroError {
  const { file = 'a section file', line, column } = error.loc ?? {};
  const where = `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}`;
  return new AstroError(
    `${where}: the frontmatter (between the --- lines) is not valid YAML: ${error.reason ?? error.message}.`,
    'Look at that line and the lines above it: a quote must close on the line it opens, a list is [a, b] or one "- item" per line, and each field is "name: value".',
  );
}

/** The given loader, followed by checks over every entry it stored; any problem fails the content sync. */
export function withContentChecks(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        throw (error as Error).name === 'YAMLException' ? frontmatterSyntaxError(error as FrontmatterError) : error;
      }
      const problems = await problemsOf(context);
      const overdue = overdueWarning(
        [...context.store.values()].map((entry) => ({ file: entry.filePath ?? entry.id, nextReview: entry.data.nextReview as Date })),
        new Date(),
      );
      if (overdue) context.logger.warn(overdue);
      if (!problems.length) return;
      const lines = problems.map(({ file, line, message }) => `  ${file}${line ? `:${line}` : ''}: ${message}`);
      throw new AstroError(
        `The guide's content has ${counted(problems.length, 'problem')}:\n${lines.join('\n')}`,
        'Each line names a file and what to change in it. The README\'s "Adding or editing a section" lists the rules.',
      );
    },
  };
}
