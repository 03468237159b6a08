/**
 * A section's frontmatter checked against the schema, with what the schema found said as an editor needs it: the line,
 * the field, what is wrong, and a line to write instead (Astro's own message is "description**: **description:
 * Required" at line 0).
 */
import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import { fieldNames, frontmatterPlace, lineOf } from './frontmatter-lines';

/** One problem of one frontmatter, at its line in the file. */
export interface FieldProblem {
  line: number | undefined;
  message: string;
}

/** One issue as Zod 4 reports it (the fields the messages use). */
type Issue = z.core.$ZodIssue & {
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
};

/** What a value of each expected type looks like, in words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a whole number',
  boolean: 'true or false',
  date: 'a date written YYYY-MM-DD',
  array: 'a list in square brackets',
  object: 'a { name: value } map',
  record: 'a { name: value } map',
};

/** The number of single-letter edits between two names, compared without case. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The field an unknown name was probably meant to be, if one is close enough. */
function meantField(name: string, fields: readonly string[]): string | undefined {
  const [best] = fields
    .map((field) => ({ field, apart: distance(name, field) }))
    .filter(({ apart }) => apart <= 2)
    .sort((a, b) => a.apart - b.apart);
  return best?.field;
}

/** `topics` item 3's `heading`, as people count: the path of an issue in words. */
function pathWords(path: readonly PropertyKey[]): string {
  const [field, ...rest] = path.map(String);
  const inner = rest.map((part) => (/^\d+$/.test(part) ? `item ${Number(part) + 1}` : `"${part}"`));
  return inner.length ? `${field} (${inner.join(', ')})` : String(field);
}

/** The value at `path` in `data`. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/**
 * Every problem the schema finds in one section's frontmatter (`data`, as read from `source`, the whole file), each
 * with its line and a fix; `examples` gives a line to copy for each field. Empty when the frontmatter is valid.
 */
export function frontmatterProblems(
  schema: z.ZodType,
  data: unknown,
  source: string,
  examples: Readonly<Record<string, string>>,
): FieldProblem[] {
  const fields = Object.keys(examples);
  const written = fieldNames(source);
  const place = frontmatterPlace(source);
  const where = place ? ` (lines ${place.open}–${place.close})` : '';
  // A misspelt field would be dropped without a word (and an optional one's default used): say which it meant.
  const misspelt = written.flatMap((name) => {
    const meant = fields.includes(name) ? undefined : meantField(name, fields);
    return meant ? [{ name, meant }] : [];
  });
  const problems: FieldProblem[] = misspelt.map(({ name, meant }) => ({
    line: lineOf(source, [name]) ?? place?.open,
    message: `"${name}" is not a field of a section: did you mean "${meant}"? Write it as in this example: ${examples[meant]}`,
  }));
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues as Issue[]) {
    const path = issue.path;
    const field = String(path[0] ?? '');
    const example = examples[field] ?? '';
    const line = lineOf(source, path) ?? place?.open;
    const value = valueAt(data, path);
    const named = pathWords(path);
    if (issue.code === 'invalid_type' && value === undefined && path.length === 1) {
      if (misspelt.some(({ meant }) => meant === field)) continue;
      problems.push({
        line: place?.open,
        message: `the frontmatter${where} has no ${field}, which every section needs. Add a line for it between the --- lines, for example: ${example}`,
      });
      continue;
    }
    if (issue.code === 'invalid_type') {
      const expected = TYPE_WORDS[issue.expected ?? ''] ?? issue.expected;
      const shown = value === undefined || value === null ? 'nothing' : JSON.stringify(value);
      problems.push({
        line,
        message: `${named} should be ${expected}, not ${shown}; for example: ${example}`,
      });
      continue;
    }
    if (issue.code === 'too_small' && issue.origin === 'string') {
      problems.push({ line, message: `${named} is empty; write it, for example: ${example}` });
      continue;
    }
    if (issue.code === 'too_big' && issue.origin === 'string' && typeof value === 'string') {
      problems.push({
        line,
        message: `${named} is ${value.trim().length} characters long, and may be at most ${issue.maximum}: shorten it.`,
      });
      continue;
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const limit = issue.code === 'too_small' ? `${issue.minimum} or more` : `${issue.maximum} or less`;
      problems.push({ line, message: `${named} must be ${limit}, not ${JSON.stringify(value)}; for example: ${example}` });
      continue;
    }
    if (issue.code === 'invalid_format' && typeof value === 'string') {
      const slug = new GithubSlugger().slug(value);
      problems.push({
        line,
        message: `${named} "${value}" is not an address part: use lower-case letters, digits and hyphens${slug ? `, e.g. "${slug}"` : ''}.`,
      });
      continue;
    }
    if (issue.code === 'invalid_union') {
      problems.push({
        line,
        message: `${named} should be a term in quotes, or { term: "…", heading: "id-of-a-heading" }; for example: ${example}`,
      });
      continue;
    }
    const fix = example ? `; for example: ${example}` : '.';
    problems.push({ line, message: `${issue.code === 'custom' ? issue.message : `${named}: ${issue.message}`}${fix}` });
  }
  return problems;
}
