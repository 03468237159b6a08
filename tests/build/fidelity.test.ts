// Fidelity as a property of the pipeline: every sentence of every section file's body (content/, or CONTENT_DIR, as
// the site was built) is on the section's page and on the whole guide, in the author's order, as often as the author
// wrote it, under its title; the whole guide has each section once, in reading order. Expectations are read from the files at test
// time (tests/support/fidelity.ts), so an edit to the guide never fails this test, and a build that drops, moves or
// doubles text always does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { GUIDE_TITLE, HOME_SECTION_ID, PATHS, TOP_ID } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { readSectionFiles } from '../../src/content/section-files';
import { sectionPath, sortSections } from '../../src/content/sections';
import { readPage } from '../support/dist';
import { bodyBlocks, fidelity, normalise, shownText } from '../support/fidelity';

const folder = join(contentDir, 'sections');
const sections = sortSections(await readSectionFiles(folder)).map((section) => ({
  ...section,
  blocks: bodyBlocks(readFileSync(join(folder, `${section.id}.mdx`), 'utf8')),
}));

describe('the guide as the site was built from it', () => {
  it('has sections, each with text', () => {
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
  });
});

describe.each(sections.map((section) => [section.id, section] as const))('section %s', (_id, section) => {
  it('its page shows every sentence of its file, in order, none doubled', () => {
    // The page's article holds the title (h1) and the interface besides the text.
    const [shown, ...others] = shownText(readPage(sectionPath(section.id)), 'main article', `#${TOP_ID}`);
    expect(others, 'one article').toEqual([]);
    expect(fidelity(section.blocks, shown ?? '')).toEqual({ missing: [], doubled: [] });
  });

  it("its page and the whole guide head it with its title (the home page with the guide's)", () => {
    const pageTitle = section.id === HOME_SECTION_ID ? GUIDE_TITLE : section.data.title;
    expect(shownText(readPage(sectionPath(section.id)), `main h1#${TOP_ID}`)).toEqual([normalise(pageTitle)]);
    expect(shownText(readPage(PATHS.wholeGuide), `main h2#${section.id}`)).toEqual([normalise(section.data.title)]);
  });
});

describe('the whole guide on one page', () => {
  const html = readPage(PATHS.wholeGuide);
  const regions = (id: string) => shownText(html, `main section[aria-labelledby="${id}"]`, `#${id}`);

  it('has every section once, in reading order', () => {
    const order = selectAll<AnyNode, Element>('main section[aria-labelledby]', parseDocument(html)).map(
      (element) => element.attribs['aria-labelledby'],
    );
    expect(order).toEqual(sections.map((section) => section.id));
  });

  it.each(sections.map((section) => [section.id, section] as const))(
    'shows every sentence of %s, in order, none doubled',
    (id, section) => {
      const [shown, ...others] = regions(id);
      expect(others, 'one region').toEqual([]);
      expect(fidelity(section.blocks, shown ?? '')).toEqual({ missing: [], doubled: [] });
    },
  );

  it("shows no section's sentence in another section", () => {
    const all = sections.flatMap((section) => section.blocks);
    const shown = sections.map((section) => regions(section.id)[0] ?? '').join(' ');
    expect(fidelity(all, shown)).toEqual({ missing: [], doubled: [] });
  });
});
