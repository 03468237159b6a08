/**
 * The facts of the built HTML that tie the pages together, checked over dist/ without a browser: the reading order
 * (previous and next, "Page N of M"), the contents lists, the whole guide's sections, the urgent care card where the
 * frontmatter asks for it, the review dates and the footer. Every expectation comes from the content the site was
 * built from (tests/support/guide.ts), so adding, moving, renaming or retiring a section changes it with them.
 * What only a browser can tell (layout, folding, scrolling, colours) is in tests/e2e/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PAGE_CONTENTS_LIMIT, PATHS, TOP_ID, URGENT_HELP_ID } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { readPage } from '../support/dist';
import { SECTIONS, SECTION_PAGES, SECTION_PATHS } from '../support/guide';

type Document = ReturnType<typeof parseDocument>;
const documents = new Map<string, Document>();
const documentOf = (path: string) => {
  if (!documents.has(path)) documents.set(path, parseDocument(readPage(path)));
  return documents.get(path)!;
};
const all = (selector: string, scope: AnyNode | AnyNode[]) => selectAll<AnyNode, Element>(selector, scope);
const one = (selector: string, scope: AnyNode | AnyNode[]) => selectOne<AnyNode, Element>(selector, scope);
const text = (node: AnyNode | null | undefined) => (node ? textContent(node).replace(/\s+/g, ' ').trim() : '');
const hrefs = (links: Element[]) => links.map((link) => link.attribs['href']);

/** How many sections there are, as the pages say it. */
const COUNT = SECTIONS.length;

/** The review dates a section's frontmatter gives, as YYYY-MM-DD. */
function reviewDates(slug: string): [string, string] {
  const file = readFileSync(join(contentDir, 'sections', `${slug}.mdx`), 'utf8');
  const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(file)![1]!) as Record<string, unknown>;
  const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
  return [day(data['lastReviewed']), day(data['nextReview'])];
}

describe('the guide the site was built from', () => {
  it('has an introduction and at least one section page', () => {
    expect(SECTIONS[0]!.path).toBe(PATHS.home);
    expect(SECTION_PAGES.length).toBeGreaterThan(0);
  });
});

describe.each(SECTIONS.map((section, index) => [section.path, section, index] as const))(
  'section page %s',
  (path, section, index) => {
    const document = () => documentOf(path);

    it('links to the sections before and after it, and says which page of how many it is', () => {
      const pager = one('nav[aria-label="Previous and next pages"]', document());
      if (index === 0) {
        // The home page starts the reading instead.
        expect(pager).toBeNull();
        const start = all('main a', document()).find((link) => text(link).startsWith('Start reading'));
        expect(start?.attribs['href']).toBe(SECTIONS[1]?.path);
        expect(text(start)).toBe(`Start reading: ${SECTIONS[1]!.navLabel}`);
        return;
      }
      expect(text(pager)).toContain(`Page ${index + 1} of ${COUNT}`);
      const [previous, next] = [SECTIONS[index - 1]!, SECTIONS[index + 1]];
      const prev = all('a[rel="prev"]', pager!);
      expect(hrefs(prev)).toEqual([previous.path]);
      expect(text(prev[0])).toContain(previous.navLabel);
      const following = all('a[rel="next"]', pager!);
      expect(hrefs(following)).toEqual(next ? [next.path] : []);
      if (next) expect(text(following[0])).toContain(next.navLabel);
    });

    it('lists the guide in its contents, marking itself and only itself', () => {
      if (index === 0) return;
      const contents = one('nav[aria-labelledby="guide-contents-label"]', document())!;
      expect(text(one('summary', contents))).toContain(`page ${index + 1} of ${COUNT}`);
      const links = all('a', contents);
      if (COUNT <= PAGE_CONTENTS_LIMIT) {
        expect(hrefs(links)).toEqual(SECTIONS.map(({ path }) => path));
        expect(links.map(text)).toEqual(SECTIONS.map(({ navLabel }) => navLabel));
      } else {
        // A long guide lists the sections around the reader, in order.
        const listed = hrefs(links).filter((href) => SECTIONS.some(({ path }) => path === href));
        const from = SECTIONS.findIndex(({ path }) => path === listed[0]);
        expect(listed).toEqual(SECTIONS.slice(from, from + listed.length).map(({ path }) => path));
      }
      expect(hrefs(all('[aria-current]', contents))).toEqual([path]);
      expect(all('[aria-current]', contents)[0]!.attribs['aria-current']).toBe('page');
    });

    it(`${section.urgentCare ? 'shows' : 'keeps for print only'} the urgent care card, as its frontmatter says`, () => {
      const cards = all(`aside[role="note"][aria-labelledby="${URGENT_HELP_ID}"]`, document());
      expect(cards).toHaveLength(1);
      expect(text(one(`#${URGENT_HELP_ID}`, cards[0]!))).toBe('Get urgent help');
      expect((cards[0]!.attribs['class'] ?? '').split(/\s+/).includes('print-only')).toBe(!section.urgentCare);
    });

    it('gives the review dates of its frontmatter', () => {
      const dates = one('dl.review-dates', document())!;
      expect(all('dt', dates).map(text)).toEqual(['Page last reviewed:', 'Next review due:']);
      const times = all('time', dates);
      expect(times.map((time) => time.attribs['datetime'])).toEqual(reviewDates(section.slug));
      for (const time of times) expect(text(time)).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    });
  },
);

describe('every page', () => {
  const pages = [...SECTIONS.map(({ path }) => path), PATHS.wholeGuide, PATHS.search, PATHS.offline, PATHS.notFound];

  it.each(pages)('%s declares American English, as the text is written, and previews say so too', (path) => {
    expect(one('html', documentOf(path))!.attribs['lang']).toBe('en-US');
    expect(one('meta[property="og:locale"]', documentOf(path))?.attribs['content']).toBe('en_US');
  });

  it.each(pages)('%s keeps the short disclaimer in its footer, and prints its own address', (path) => {
    const footer = one('body > footer', documentOf(path))!;
    expect(text(footer)).toContain('General information, not medical advice.');
    const address = one('.print-only', footer);
    const canonical = one('link[rel="canonical"]', documentOf(path))?.attribs['href'];
    if (path === PATHS.notFound) expect(text(address)).toMatch(/^This page: https?:\/\/\S+$/);
    else expect(text(address)).toBe(`This page: ${canonical}`);
  });
});

describe('the home page', () => {
  const document = () => documentOf(PATHS.home);

  it('lists every section page in order as whole-card links with its title and description', () => {
    const cards = all('section[aria-labelledby="contents"] li a', document());
    expect(hrefs(cards)).toEqual([...SECTION_PATHS]);
    for (const [i, card] of cards.entries()) {
      expect(text(card)).toContain(SECTION_PAGES[i]!.title);
      expect(text(card)).toContain(SECTION_PAGES[i]!.description);
    }
    expect(all('section[aria-labelledby="contents"] a', document()).map((link) => link.attribs['href'])).toContain(
      PATHS.wholeGuide,
    );
  });
});

describe('the whole guide', () => {
  const document = () => documentOf(PATHS.wholeGuide);
  const sections = () => all('article section.guide-section', document());

  it('has every section once, in reading order, each headed by its title with a link to its own page', () => {
    expect(sections().map((section) => section.attribs['aria-labelledby'])).toEqual(SECTIONS.map(({ slug }) => slug));
    for (const [i, section] of sections().entries()) {
      const heading = one(`h2#${SECTIONS[i]!.slug}`, section);
      expect(heading, SECTIONS[i]!.slug).not.toBeNull();
      expect(all('a', heading!)).toEqual([]);
      const pageLink = all('a', section).find((link) => text(link) === 'Section page');
      expect(pageLink?.attribs['href']).toBe(SECTIONS[i]!.path);
      expect(pageLink?.attribs['aria-labelledby']).toBe(`section-page-label ${SECTIONS[i]!.slug}`);
      const backToTop = all('a', section).filter((link) => text(link) === 'Back to top');
      expect(hrefs(backToTop)).toEqual([`#${TOP_ID}`]);
    }
  });

  it('has contents of its own that go to each section on the page, saying how many there are', () => {
    const contents = one('nav[aria-labelledby="guide-contents-label"]', document())!;
    expect(text(one('summary', contents))).toContain(`(${COUNT} sections)`);
    const links = all('a', contents);
    expect(hrefs(links)).toEqual(SECTIONS.map(({ slug }) => `#${slug}`));
    expect(links.map(text)).toEqual(SECTIONS.map(({ navLabel }) => navLabel));
  });

  it('shows the urgent care card once, in the article, before the first section', () => {
    const cards = all(`aside[role="note"][aria-labelledby="${URGENT_HELP_ID}"]`, document());
    expect(cards).toHaveLength(1);
    expect(cards[0]!.attribs['class'] ?? '').not.toMatch(/\bprint-only\b/);
    const article = one('main article', document())!;
    const order = all(`aside[role="note"], section.guide-section`, article);
    expect(order[0]).toBe(cards[0]);
  });
});

describe('the not-found page', () => {
  it('leads back to the start of the guide', () => {
    expect(hrefs(all('main p > a', documentOf(PATHS.notFound)))).toContain(PATHS.home);
  });
});
