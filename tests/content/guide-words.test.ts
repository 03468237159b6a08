// No test names the guide's words: an editor's ordinary change to content/ must never fail a test. Every sentence,
// heading, title, contents label and description of the real guide (content/sections/, and the guide the tests run on
// when CONTENT_DIR names another) is looked for in every file under tests/ but the fixtures (which the tests own), and
// so are its section count written as "N sections" and its pages' addresses (but those a guide of the tests' own has
// too: a test may name the fixture's or the tiny guide's page). Tests read such facts from content/ or the built pages
// at test time (tests/support/guide.ts), or use a guide of their own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { bodyBlocks, normalise, sentencesOf } from '../support/fidelity';
import { readGuide } from '../support/guide';
import { projectRoot } from '../support/isolated-build.mjs';
import { TINY_PAGES } from '../support/tiny-guide';

/** What a test must not contain, with where it comes from. */
interface Needle {
  text: string;
  from: string;
}

/** Addresses of the guides the tests own: the fixture guides' pages and the tiny guide's (tests/support/tiny-guide.ts). */
const OWN_ADDRESSES = new Set([
  ...readdirSync(join(projectRoot, 'tests/fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|\/)sections\/[^/]+\.mdx$/.test(name))
    .map((name) => `/${name.split('/').at(-1)!.slice(0, -'.mdx'.length)}/`),
  ...TINY_PAGES.map(({ url }) => url),
]);

/** The words of the guide in `folder` that a test must not name. */
function guideNeedles(folder: string): Needle[] {
  const sections = readGuide(folder);
  const needles: Needle[] = [];
  for (const section of sections) {
    const file = `${relative(projectRoot, join(folder, 'sections', section.slug))}.mdx`;
    for (const field of ['title', 'navLabel', 'description'] as const)
      needles.push({ text: normalise(section[field]), from: `${file} (${field})` });
    for (const heading of section.headings) needles.push({ text: normalise(heading), from: `${file} (heading)` });
    const body = readFileSync(join(folder, 'sections', `${section.slug}.mdx`), 'utf8');
    for (const sentence of sentencesOf(bodyBlocks(body))) needles.push({ text: sentence, from: `${file} (sentence)` });
    if (section.path !== '/' && !OWN_ADDRESSES.has(section.path)) needles.push({ text: section.path, from: `${file} (its address)` });
  }
  needles.push({ text: `${sections.length} sections`, from: `${relative(projectRoot, folder)} (the number of sections)` });
  return needles;
}

/** The source files of the tests: everything under tests/ that is not a fixture (and not a package of a benchmark). */
function testFiles(): string[] {
  return readdirSync(join(projectRoot, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|mjs|js|json|md)$/.test(name))
    .filter((name) => !name.startsWith('fixtures/') && !name.includes('node_modules/') && !name.endsWith('lock.json'))
    .map((name) => join('tests', name));
}

/**
 * A file's text as compared: typesetting and line breaks undone, and strings a test splits over lines joined again
 * (`'…words ' +\n 'more words…'`).
 */
const comparable = (text: string) => normalise(text.replace(/(['"`])\s*\+\s*\n?\s*\1/g, ''));

/**
 * Whether `text` names `needle`: a needle of several words anywhere; a one-word needle (a one-word title) only as a whole
 * string or as an address, since the word alone is ordinary English; an address only as one (`'/x/`).
 */
function names(text: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (needle.startsWith('/')) return new RegExp(`['"\`(]${escaped}`).test(text);
  if (/\s/.test(needle)) return text.includes(needle);
  return new RegExp(`(['"\`])${escaped}\\1`).test(text);
}

describe('the tests name none of the guide’s words', () => {
  const folders = [...new Set([join(projectRoot, 'content'), join(projectRoot, contentDir)])];
  const files = testFiles();

  it('finds the guide and the tests', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const folder of folders) expect(guideNeedles(folder).length, folder).toBeGreaterThan(10);
  });

  it.each(folders.map((folder) => [relative(projectRoot, folder) || folder, folder]))(
    'no test contains a sentence, heading, title, address or section count of %s',
    (_name, folder) => {
      const needles = guideNeedles(folder);
      const found = files.flatMap((file) => {
        const text = comparable(readFileSync(join(projectRoot, file), 'utf8'));
        return needles.filter(({ text: needle }) => names(text, needle)).map(({ text, from }) => `${file}: "${text}" from ${from}`);
      });
      expect(found).toEqual([]);
    },
  );

  it('would find one', () => {
    const [sentence] = guideNeedles(folders[0]!).filter(({ from }) => from.endsWith('(sentence)'));
    expect(names(comparable(`expect(page).toContainText('${sentence!.text}');`), sentence!.text)).toBe(true);
    // Made-up words, so that this test names none of the guide's.
    expect(names("await expect(saved).toHaveText(['Kettles', 'Descaling']);", 'Kettles')).toBe(true);
    expect(names('// kettles come first', 'Kettles')).toBe(false);
    expect(names("await page.goto('/descaling/');", '/descaling/')).toBe(true);
    expect(names('// see /descaling/', '/descaling/')).toBe(false);
    expect(names(comparable("'A kettle boils ' +\n  'water.'"), 'A kettle boils water.')).toBe(true);
  });
});
