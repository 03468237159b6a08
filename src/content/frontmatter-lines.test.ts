import { describe, expect, it } from 'vitest';
import { fieldNames, frontmatterPlace, lineOf } from './frontmatter-lines';

const SOURCE = `---
title: "T"
topics:
  - "Plain"
  - term: "Term"
    heading: "an-id"
headingIds: { "Words": "old-id" }
---
Body.
`;

describe('frontmatterPlace', () => {
  it('gives the lines of the --- fences and the YAML between them', () => {
    expect(frontmatterPlace(SOURCE)).toMatchObject({ open: 1, close: 8 });
    expect(frontmatterPlace(SOURCE)!.yaml).toMatch(/^title: "T"\n[\s\S]*old-id" }$/);
  });

  it('is undefined without a frontmatter, or with one never closed', () => {
    expect(frontmatterPlace('Body.\n')).toBeUndefined();
    expect(frontmatterPlace('---\ntitle: "T"\n')).toBeUndefined();
  });
});

describe('lineOf', () => {
  it('finds a field, an item of a list and a field inside one, and a key of a map, by line in the file', () => {
    expect(lineOf(SOURCE, ['title'])).toBe(2);
    expect(lineOf(SOURCE, ['topics', 0])).toBe(4);
    expect(lineOf(SOURCE, ['topics', 1, 'heading'])).toBe(6);
    expect(lineOf(SOURCE, ['headingIds', 'Words'])).toBe(7);
  });

  it('falls back to the deepest part of the path that is written, and to nothing without a frontmatter', () => {
    expect(lineOf(SOURCE, ['topics', 7, 'heading'])).toBe(3);
    expect(lineOf(SOURCE, ['nextReview'])).toBeUndefined();
    expect(lineOf('Body.', ['title'])).toBeUndefined();
  });

  it('counts from the file\'s first line with Windows line ends too', () => {
    expect(lineOf(SOURCE.replace(/\n/g, '\r\n'), ['topics', 1, 'heading'])).toBe(6);
  });
});

describe('fieldNames', () => {
  it('lists the top-level fields as written, and nothing when the frontmatter is missing or not a map', () => {
    expect(fieldNames(SOURCE)).toEqual(['title', 'topics', 'headingIds']);
    expect(fieldNames('Body.')).toEqual([]);
    expect(fieldNames('---\n- a\n---\n')).toEqual([]);
    expect(fieldNames('---\njust text\n---\n')).toEqual([]);
  });
});
