/**
 * The readability report of every section: `npm run report` writes it as JSON and HTML (src/readability/cli.ts), and
 * the build prints its one-line summary (src/integrations/readability/). Editor and build code, never shipped.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Readability } from './analyse.ts';

/** The reading age the NHS aims for in health information: about 9 to 11. */
export const TARGET_READING_AGE = { from: 9, to: 11 } as const;

/** One section's report. */
export interface SectionReport extends Readability {
  /** The section's file name without `.mdx`: its slug. */
  slug: string;
  /** Its name in the guide's contents. */
  navLabel: string;
  /** Its file, relative to the project. */
  file: string;
  order: number;
}

export interface Report {
  /** The reading age the NHS aims for. */
  target: typeof TARGET_READING_AGE;
  sections: SectionReport[];
}

/** One section file's report; `details: false` for the figures only. */
export async function sectionReport(file: string, options: { details?: boolean } = {}): Promise<SectionReport> {
  const source = await readFile(file, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const data = (parse(frontmatter) ?? {}) as { navLabel?: string; title?: string; order?: number };
  const slug = basename(file).replace(/\.mdx$/, '');
  // The analyser (parsers and a part-of-speech tagger) loads only where sections are analysed: the build's worker and
  // the CLI, never the build's own process, which only sums up figures.
  const { analyse } = await import('./analyse.ts');
  return {
    slug,
    navLabel: data.navLabel ?? data.title ?? slug,
    file,
    order: data.order ?? Number.MAX_SAFE_INTEGER,
    ...(await analyse(source, options)),
  };
}

/** The section files of `contentDir`. */
export async function sectionFiles(contentDir: string): Promise<string[]> {
  const folder = join(contentDir, 'sections');
  return (await readdir(folder)).filter((name) => name.endsWith('.mdx')).map((name) => join(folder, name));
}

/** A report of these sections, in the guide's order. */
export function reportOf(sections: readonly SectionReport[]): Report {
  return { target: TARGET_READING_AGE, sections: [...sections].sort((a, b) => a.order - b.order) };
}

/** Every section of `contentDir`, analysed, in the guide's order; `details: false` for the figures only. */
export async function readabilityReport(contentDir: string, options: { details?: boolean } = {}): Promise<Report> {
  const files = await sectionFiles(contentDir);
  return reportOf(await Promise.all(files.map((file) => sectionReport(file, options))));
}

/** The section hardest to read: the highest reading age, the lower Flesch reading ease on a tie. */
export function hardestSection(report: Report): SectionReport | undefined {
  return [...report.sections].sort(
    (a, b) => b.readingAge - a.readingAge || a.formulas.fleschReadingEase.value - b.formulas.fleschReadingEase.value,
  )[0];
}

/** The one line the build prints. */
export function summaryLine(report: Report): string {
  const hardest = hardestSection(report);
  if (!hardest) return 'Readability: no sections to read.';
  const { from, to } = report.target;
  const grade = hardest.readingAge - 5;
  return `Readability: hardest section "${hardest.navLabel}", reading age ${hardest.readingAge} (US grade ${grade}); the NHS aims for ${from} to ${to}. Details: npm run report.`;
}
