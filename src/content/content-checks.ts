/** Checks on a section file that the frontmatter schema cannot make: an empty body, calendar dates that do not exist. */

/** Why the body counts as empty, or `null` when it has text. MDX and HTML comments alone do not count as text. */
export function emptyBodyProblem(body: string | undefined): string | null {
  const text = (body ?? '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  return text ? null : 'the section has no text below its frontmatter; write the section or delete the file';
}

/** The lines of a Markdown/MDX file's frontmatter (between the opening and closing `---`); empty without one. */
function frontmatterLines(source: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return end === -1 ? [] : lines.slice(1, end);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Frontmatter dates written as YYYY-MM-DD that are not real calendar days, e.g. `2026-02-31`, with their line in the
 * file. Astro's YAML parser silently rolls those over into the next month, so the schema only ever sees a valid date.
 */
export function impossibleDates(source: string): { line: number; field: string; value: string }[] {
  const found: { line: number; field: string; value: string }[] = [];
  frontmatterLines(source).forEach((text, index) => {
    const match = /^\s*-?\s*([\w-]+)\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})(?:[T ][^"']*)?["']?\s*(?:#.*)?$/.exec(text);
    if (!match) return;
    const [, field, year, month, day] = match;
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
      // +2: the file's first line is the opening `---`, and lines count from 1.
      found.push({ line: index + 2, field: field!, value: `${year}-${month}-${day}` });
    }
  });
  return found;
}

/** The first line (from 1) that is not valid UTF-8, or `null` when the whole file is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let at = 0; at <= bytes.length; at++) {
    if (at < bytes.length && bytes[at] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, at));
    } catch {
      return line;
    }
    line++;
    start = at + 1;
  }
  return null;
}
