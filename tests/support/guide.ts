/**
 * The guide as the tests read it, at test time, from the content the site is built from (CONTENT_DIR, else content/):
 * its sections in reading order with the facts tests need of each. Tests take their expectations from here or from
 * the built pages, never from words written into a test, so that an editor's change to content/ changes what they
 * expect with it (tests/content/guide-words.test.ts keeps it so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HOME_SECTION_ID } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';

/** What the tests need of a section file. */
export interface SectionFacts {
  /** The file name without `.mdx`. */
  slug: string;
  /** Where it is published: the introduction on the home page, each other section at `/<slug>/`. */
  path: string;
  order: number;
  title: string;
  navLabel: string;
  description: string;
  /** Whether the frontmatter asks for the urgent care card on screen. */
  urgentCare: boolean;
  /** The file's `##` headings, in the author's words. */
  headings: string[];
  /** Size of the file in characters. */
  length: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Every section of the guide in `folder` (holding `sections/*.mdx`), in reading order (the introduction first). */
export function readGuide(folder: string = contentDir): SectionFacts[] {
  const sections = join(folder, 'sections');
  return readdirSync(sections)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(sections, name), 'utf8');
      const data = parse(FRONTMATTER.exec(text)?.[1] ?? '') as {
        order: number;
        title: string;
        navLabel: string;
        description: string;
        urgentCare?: boolean;
      };
      const slug = name.slice(0, -'.mdx'.length);
      return {
        slug,
        path: slug === HOME_SECTION_ID ? '/' : `/${slug}/`,
        order: data.order,
        title: data.title,
        navLabel: data.navLabel,
        description: data.description,
        urgentCare: data.urgentCare === true,
        headings: [...text.replace(FRONTMATTER, '').matchAll(/^## +(.+?) *$/gm)].map((match) => match[1]!),
        length: text.length,
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** The guide the site under test was built from. */
export const SECTIONS: readonly SectionFacts[] = readGuide();

/** The section pages after the home page, in reading order. */
export const SECTION_PAGES: readonly SectionFacts[] = SECTIONS.filter(({ slug }) => slug !== HOME_SECTION_ID);

/** The section pages' paths after the home page, in reading order. */
export const SECTION_PATHS: readonly string[] = SECTION_PAGES.map(({ path }) => path);

/** The section page whose file is longest: the one most likely to run several screens, for tests that need length. */
export const LONGEST_SECTION: SectionFacts = [...SECTION_PAGES].sort((a, b) => b.length - a.length)[0]!;

/** A section page with a `##` heading (the first such in reading order), for tests of headings and their links. */
export function sectionWithHeading(): SectionFacts {
  const found = SECTION_PAGES.find(({ headings }) => headings.length > 0);
  if (!found) throw new Error(`No section page of ${contentDir} has a ## heading: the tests of headings need one.`);
  return found;
}
