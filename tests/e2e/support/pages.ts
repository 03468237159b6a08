/**
 * The pages browser tests visit, read from the content the site was built from (CONTENT_DIR, else content/) and the
 * site's own addresses (src/consts.ts), so that adding, moving or renaming a section needs no change to the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HOME_SECTION_ID, PATHS } from '../../../src/consts';
import { contentDir } from '../../../src/content/content-dir';

/** What the tests need of a section file. */
export interface SectionFacts {
  /** The file name without `.mdx`. */
  slug: string;
  /** Where it is published: the introduction on the home page, each other section at `/<slug>/`. */
  path: string;
  order: number;
  /** Whether the frontmatter asks for the urgent care card on screen. */
  urgentCare: boolean;
}

const folder = join(contentDir, 'sections');

/** Every section of the guide, in reading order (the introduction first). */
export const SECTIONS: readonly SectionFacts[] = readdirSync(folder)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
    const data = parse(frontmatter) as { order: number; urgentCare?: boolean };
    const slug = name.slice(0, -'.mdx'.length);
    return {
      slug,
      path: slug === HOME_SECTION_ID ? PATHS.home : `/${slug}/`,
      order: data.order,
      urgentCare: data.urgentCare === true,
    };
  })
  .sort((a, b) => a.order - b.order);

/** The section page whose file is longest: the one most likely to run several screens, for tests that need length. */
export const LONGEST_SECTION_PATH: string = SECTIONS.filter(({ path }) => path !== PATHS.home)
  .map(({ slug, path }) => ({ path, size: readFileSync(join(folder, `${slug}.mdx`), 'utf8').length }))
  .sort((a, b) => b.size - a.size)[0]!.path;

/** The section pages after the home page, in reading order. */
export const SECTION_PATHS: readonly string[] = SECTIONS.filter(({ path }) => path !== PATHS.home).map(
  ({ path }) => path,
);

/** Every page of the built site that browser tests visit. */
export const ALL_PATHS: readonly string[] = [
  PATHS.home,
  ...SECTION_PATHS,
  PATHS.wholeGuide,
  PATHS.search,
  PATHS.offline,
  PATHS.notFound,
];
