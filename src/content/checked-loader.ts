/**
 * Wraps the sections' content loader so that the build stops on bad content with one error that names, for every
 * problem, the file, the line and what to do: frontmatter the schema rejects (said as an editor needs it, not as Zod
 * says it), text that is not valid MDX (a `<` or `{` meant as text), a topic, link or `headingIds` entry pointing at a
 * heading that is not there, an empty body, a date that does not exist, a slug taken by the site's own pages, a former
 * slug that is live again or claimed twice.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { counted } from '../plural';
import { emptyBodyProblem, firstNonUtf8Line, impossibleDates } from './content-checks';
import { formerSlugRedirects, reservedSlugs } from './former-slugs';
import { lineOf } from './frontmatter-lines';
import { frontmatterProblems } from './frontmatter-problems';
import { headingReferenceProblems, type SectionReferences } from './heading-references';
import { overdueWarning } from './review-dates';
import { isSyntaxProblem, sectionOutline } from './section-outline';
import type { TopicEntry } from './topic-index';

/** One problem in one file. */
export interface ContentProblem {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** Every problem of the stored entries, in file order. */
async function problemsOf(context: LoaderContext): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const reserved = reservedSlugs(fileURLToPath(new URL('src/pages/', context.config.root)), context.config.build.assets);
  const entries = [...context.store.values()];
  const references: SectionReferences[] = [];
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
    const outline = sectionOutline(source, entry.data);
    if (isSyntaxProblem(outline)) {
      problems.push({ file, line: outline.line, column: outline.column, message: outline.message });
      continue;
    }
    references.push({
      slug: entry.id,
      file,
      lineOf: (path) => lineOf(source, path),
      outline,
      topics: (entry.data.topics as TopicEntry[] | undefined) ?? [],
      headingIds: (entry.data.headingIds as Record<string, string> | undefined) ?? {},
    });
  }
  problems.push(...headingReferenceProblems(references));
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

/** What the checks know of the collection: its schema, and a frontmatter line to copy for each of its fields. */
export interface ContentRules {
  schema: z.ZodType;
  examples: Readonly<Record<string, string>>;
}

/** Problems in file order, then line order: the loader reads files in parallel, and the message should not vary. */
function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Two files with one slug: the problem is told at the `slug:` line that gives a file another's address. */
function sharedSlugProblem(
  slug: string,
  ...files: { file: string; slugLine: number | undefined }[]
): ContentProblem {
  const [first, second] = files.sort((a, b) => Number(a.slugLine === undefined) - Number(b.slugLine === undefined) || a.file.localeCompare(b.file));
  return {
    file: first!.file,
    line: first!.slugLine,
    message: `this section and ${second!.file} have the same slug, "${slug}", and so the same address. ${first!.slugLine ? 'Delete the slug: line, so that the file\'s name is its address, or give it a slug of its own.' : 'Rename one of the files.'}`,
  };
}

/**
 * The error that stops the build: one line per problem, each naming the file, the line and what to change. Its
 * location is the first problem's, not this code's: Astro prints it in place of a stack trace editors cannot use.
 */
function contentError(problems: readonly ContentProblem[], root: string): AstroError {
  const lines = problems.map(
    ({ file, line, column, message }) => `  ${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${message}`,
  );
  const error = new AstroError(
    `The guide's content has ${counted(problems.length, 'problem')}:\n${lines.join('\n')}`,
    'Each line names a file, the line in it and what to change. docs/editing.md says what each check means.',
  );
  const [first] = problems;
  error.stack = '';
  if (first) Object.assign(error, { loc: { file: resolve(root, first.file), line: first.line, column: first.column } });
  return error;
}

/**
 * The given loader, with each file's frontmatter checked against `rules` before Astro's own check (whose messages
 * editors cannot act on), and checks over every entry it stored; all problems of all files fail the content sync.
 */
export function withContentChecks(loader: Loader, rules: ContentRules): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const fileOf = (entry: { id: string; filePath?: string | undefined }) =>
        entry.filePath ? relative(root, entry.filePath).split(sep).join('/') : `entry "${entry.id}"`;
      const rejected = new Map<string, ContentProblem[]>();
      const claimed = new Map<string, { file: string; slugLine: number | undefined }>();
      let loaded = false;
      // A file the schema rejects is noted and kept out of the store, so that every file's problems are told at once;
      // Astro's parser only sees valid frontmatter. (Once loaded, as `astro dev` reloads a file, it fails at once.)
      // Nothing here waits for the disk: a slug taken twice is caught here, whichever file Astro reads first.
      const parseData: LoaderContext['parseData'] = async (entry) => {
        const file = fileOf(entry);
        const source = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
        const slugLine = 'slug' in entry.data ? lineOf(source, ['slug']) : undefined;
        const other = claimed.get(entry.id);
        if (other && other.file !== file) throw contentError([sharedSlugProblem(entry.id, other, { file, slugLine })], root);
        claimed.set(entry.id, { file, slugLine });
        const found = frontmatterProblems(rules.schema, entry.data, source, rules.examples);
        if (!found.length) return context.parseData(entry);
        const problems = found.map(({ line, message }) => ({ file, line, message }));
        if (loaded) throw contentError(problems, root);
        rejected.set(entry.id, problems);
        return entry.data;
      };
      try {
        await loader.load({ ...context, parseData });
      } catch (error) {
        throw (error as Error).name === 'YAMLException' ? frontmatterSyntaxError(error as FrontmatterError) : error;
      }
      loaded = true;
      for (const id of rejected.keys()) context.store.delete(id);
      const problems = [...[...rejected.values()].flat(), ...(await problemsOf(context))].sort(byPlace);
      const overdue = overdueWarning(
        [...context.store.values()].map((entry) => ({ file: entry.filePath ?? entry.id, nextReview: entry.data.nextReview as Date })),
        new Date(),
      );
      if (overdue) context.logger.warn(overdue);
      if (!problems.length) return;
      throw contentError(problems, root);
    },
  };
}
