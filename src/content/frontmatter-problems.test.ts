import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterProblems } from './frontmatter-problems';
import { FIELD_EXAMPLES, sectionSchema } from './sections-collection';

const VALID = `title: "A title"
navLabel: "A label"
description: "One sentence."
order: 3
lastReviewed: 2026-01-10
nextReview: 2027-01-10`;

/** The problems of a file whose frontmatter is `yaml`, as the content layer reads it. */
function problemsOf(yaml: string) {
  const source = `---\n${yaml}\n---\nBody.\n`;
  return frontmatterProblems(sectionSchema, parse(yaml), source, FIELD_EXAMPLES);
}

describe('frontmatterProblems', () => {
  it('finds none in a valid frontmatter', () => {
    expect(problemsOf(VALID)).toEqual([]);
  });

  it('a missing field: its name, the frontmatter\'s lines and a line to copy', () => {
    expect(problemsOf(VALID.replace(/^description:.*\n/m, ''))).toEqual([
      {
        line: 1,
        message: `the frontmatter (lines 1–7) has no description, which every section needs. Add a line for it between the --- lines, for example: ${FIELD_EXAMPLES.description}`,
      },
    ]);
  });

  it('a misspelt field, even an optional one the schema would drop: what it meant, once', () => {
    expect(problemsOf(VALID.replace('description:', 'Descripton:'))).toEqual([
      {
        line: 4,
        message: `"Descripton" is not a field of a section: did you mean "description"? Write it as in this example: ${FIELD_EXAMPLES.description}`,
      },
    ]);
    expect(problemsOf(`${VALID}\nurgentcare: true`)).toEqual([
      { line: 8, message: expect.stringMatching(/^"urgentcare" is not a field of a section: did you mean "urgentCare"\?/) },
    ]);
    expect(problemsOf(`${VALID}\nauthor: "Someone"`)).toEqual([]);
  });

  it('a wrong type, an empty or too long text, a number out of range: the line, the value and an example', () => {
    expect(problemsOf(VALID.replace('order: 3', 'order: "three"'))).toEqual([
      { line: 5, message: `order should be a whole number, not "three"; for example: ${FIELD_EXAMPLES.order}` },
    ]);
    expect(problemsOf(VALID.replace('"A label"', '""'))).toEqual([
      { line: 3, message: `navLabel is empty; write it, for example: ${FIELD_EXAMPLES.navLabel}` },
    ]);
    expect(problemsOf(VALID.replace('"A label"', `"${'x'.repeat(45)}"`))).toEqual([
      { line: 3, message: 'navLabel is 45 characters long, and may be at most 40: shorten it.' },
    ]);
    expect(problemsOf(VALID.replace('order: 3', 'order: -1'))).toEqual([
      { line: 5, message: `order must be 0 or more, not -1; for example: ${FIELD_EXAMPLES.order}` },
    ]);
    expect(problemsOf(`${VALID}\nurgentCare: "yes"`)[0]!.message).toBe(
      `urgentCare should be true or false, not "yes"; for example: ${FIELD_EXAMPLES.urgentCare}`,
    );
    expect(problemsOf(VALID.replace('lastReviewed: 2026-01-10', 'lastReviewed: "soon"'))[0]).toEqual({
      line: 6,
      message: `lastReviewed should be a date written YYYY-MM-DD, not "soon"; for example: ${FIELD_EXAMPLES.lastReviewed}`,
    });
  });

  it('an item of a list or map: where it is, and how to write it', () => {
    expect(problemsOf(`${VALID}\nformerSlugs: ["Old Name"]`)).toEqual([
      {
        line: 8,
        message:
          'formerSlugs (item 1) "Old Name" is not an address part: use lower-case letters, digits and hyphens, e.g. "old-name".',
      },
    ]);
    expect(problemsOf(`${VALID}\nheadingIds: { "Words": "Not An Id" }`)[0]!.message).toMatch(
      /^headingIds \("Words"\) "Not An Id" is not an address part/,
    );
    expect(problemsOf(`${VALID}\ntopics:\n  - "Fine"\n  - 7`)).toEqual([
      {
        line: 10,
        message: `topics (item 2) should be a term in quotes, or { term: "…", heading: "id-of-a-heading" }; for example: ${FIELD_EXAMPLES.topics}`,
      },
    ]);
    expect(problemsOf(`${VALID}\nkeywords: "one"`)[0]!.message).toBe(
      `keywords should be a list in square brackets, not "one"; for example: ${FIELD_EXAMPLES.keywords}`,
    );
  });

  it('review dates in the wrong order: the schema\'s words and a later date to write', () => {
    expect(problemsOf(VALID.replace('nextReview: 2027-01-10', 'nextReview: 2025-01-10'))).toEqual([
      {
        line: 7,
        message: `nextReview (2025-01-10) must come after lastReviewed (2026-01-10); for example: ${FIELD_EXAMPLES.nextReview}`,
      },
    ]);
  });

  it('a file without a frontmatter: the missing fields, at no line', () => {
    const problems = frontmatterProblems(sectionSchema, {}, 'Body only.\n', FIELD_EXAMPLES);
    expect(problems[0]).toEqual({
      line: undefined,
      message: `the frontmatter has no title, which every section needs. Add a line for it between the --- lines, for example: ${FIELD_EXAMPLES.title}`,
    });
  });
});
