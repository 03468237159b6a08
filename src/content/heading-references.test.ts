import { describe, expect, it } from 'vitest';
import { HOME_SECTION_ID } from '../consts';
import { headingReferenceProblems, type SectionReferences } from './heading-references';
import type { OutlineHeading } from './section-outline';

const heading = (text: string, id: string, line: number, pinned = false): OutlineHeading => ({ text, id, line, pinned });

/** A section for the check; `lineOf` answers the path it was asked about, joined, so tests can see which. */
function section(slug: string, parts: Partial<SectionReferences> & { headings?: OutlineHeading[] } = {}): SectionReferences {
  const { headings = [], ...rest } = parts;
  return {
    slug,
    file: `content/sections/${slug}.mdx`,
    lineOf: (path) => path.length * 10 + (typeof path[1] === 'number' ? path[1] : 0),
    outline: { headings, links: [], ids: [] },
    topics: [],
    headingIds: {},
    ...rest,
  };
}

const reworded = heading('Warm Baths After a Long Day', 'warm-baths-after-a-long-day', 12);

describe('headingReferenceProblems', () => {
  it('finds nothing when every topic, link and pin points at a heading that is there', () => {
    const sections = [
      section(HOME_SECTION_ID, { outline: { headings: [], links: [{ href: '/heat/#warm-baths', line: 4 }], ids: [] } }),
      section('heat', {
        headings: [heading('Warm Baths, Reworded', 'warm-baths', 9, true), heading('Cold', 'cold', 20)],
        topics: ['Plain', { term: 'Baths', heading: 'warm-baths' }, { term: 'Heat' }],
        headingIds: { 'warm baths,  reworded': 'warm-baths' },
        outline: {
          headings: [heading('Warm Baths, Reworded', 'warm-baths', 9, true), heading('Cold', 'cold', 20)],
          links: [
            { href: '#cold', line: 30 },
            { href: '/#nowhere', line: 31 },
            { href: 'https://example.org/heat/#gone', line: 32 },
            { href: '/not-a-section/#gone', line: 33 },
            { href: '/heat/#span-id', line: 34 },
            { href: 'http://[broken', line: 35 },
          ],
          ids: ['span-id'],
        },
      }),
    ];
    expect(headingReferenceProblems(sections)).toEqual([]);
  });

  it('a topic at the old id of a reworded heading: the headingIds line to add, with the pins the file has', () => {
    const heat = section('heat', {
      headings: [reworded, heading('Kept', 'kept-old', 20, true)],
      topics: [{ term: 'Baths', heading: 'warm-baths' }],
      headingIds: { Kept: 'kept-old' },
    });
    expect(headingReferenceProblems([heat])).toEqual([
      {
        file: 'content/sections/heat.mdx',
        line: 30,
        message:
          'the topic "Baths" points at the heading #warm-baths, which this section does not have. The heading "Warm Baths After a Long Day" (line 12) now has the id #warm-baths-after-a-long-day; if it was reworded, keep its old id so that links shared before still work: put this line in the frontmatter of content/sections/heat.mdx:\n      headingIds: { "Kept": "kept-old", "Warm Baths After a Long Day": "warm-baths" }',
      },
    ]);
  });

  it('a topic at an id nothing resembles: the headings it may point at, or none', () => {
    const [withHeadings] = headingReferenceProblems([
      section('heat', { headings: [heading('Cold Packs', 'cold-packs', 5)], topics: [{ term: 'X', heading: 'sleep' }] }),
    ]);
    expect(withHeadings!.message).toMatch(
      /which this section does not have\. Point it at one of the headings of this section: #cold-packs \("Cold Packs"\); or delete its heading line/,
    );
    const [without] = headingReferenceProblems([section('heat', { topics: [{ term: 'X', heading: 'sleep' }] })]);
    expect(without!.message).toMatch(/This section has no ## headings: delete the topic's heading line/);
  });

  it('a link to the old id, from another section, the same page or the home page: its line and the fix in the target', () => {
    const home = section(HOME_SECTION_ID, {
      outline: {
        headings: [heading('Warm Baths Every Evening', 'warm-baths-every-evening', 3)],
        links: [{ href: '#warm-baths', line: 7 }],
        ids: [],
      },
    });
    const other = section('other', {
      outline: {
        headings: [],
        links: [
          { href: '/heat/#warm-baths', line: 8 },
          { href: '../heat#warm-baths', line: 9 },
          { href: '/#warm-baths', line: 10 },
        ],
        ids: [],
      },
    });
    const heat = section('heat', { headings: [reworded] });
    const problems = headingReferenceProblems([home, other, heat]);
    expect(problems.map(({ file, line }) => `${file}:${line}`)).toEqual([
      `content/sections/${HOME_SECTION_ID}.mdx:7`,
      'content/sections/other.mdx:8',
      'content/sections/other.mdx:9',
      'content/sections/other.mdx:10',
    ]);
    expect(problems[1]!.message).toBe(
      'the link "/heat/#warm-baths" points at #warm-baths, a heading that content/sections/heat.mdx does not have. The heading "Warm Baths After a Long Day" (line 12) now has the id #warm-baths-after-a-long-day; if it was reworded, keep its old id so that links shared before still work: put this line in the frontmatter of content/sections/heat.mdx:\n      headingIds: { "Warm Baths After a Long Day": "warm-baths" }',
    );
    expect(problems[3]!.message).toContain(`put this line in the frontmatter of content/sections/${HOME_SECTION_ID}.mdx`);
  });

  it('a pin whose heading changed again: the words to write, once, and nothing more for what points at its id', () => {
    const heat = section('heat', {
      headings: [reworded, heading('Other', 'other-id', 20, true)],
      topics: [{ term: 'Baths', heading: 'warm-baths' }],
      headingIds: { 'Warm Baths After a Day': 'warm-baths', Other: 'other-id' },
    });
    expect(headingReferenceProblems([heat])).toEqual([
      {
        file: 'content/sections/heat.mdx',
        line: 20,
        message:
          'headingIds keeps #warm-baths for a heading "Warm Baths After a Day", but no heading of this section reads so, and the id is lost. If "Warm Baths After a Long Day" (line 12) is that heading reworded again, write its words now:\n      headingIds: { "Other": "other-id", "Warm Baths After a Long Day": "warm-baths" }',
      },
    ]);
    const [gone] = headingReferenceProblems([section('heat', { headingIds: { 'Quite Different': 'x' } })]);
    expect(gone!.message).toMatch(/Write the heading's words exactly as they are now, or delete the entry/);
  });
});
