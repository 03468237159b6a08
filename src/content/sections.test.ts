import { describe, expect, it } from 'vitest';
import {
  contentsList,
  contentsWindow,
  neighbours,
  pageNumber,
  sectionPath,
  sortSections,
  type SectionLike,
} from './sections';

const section = (id: string, order: number, filePath?: string): SectionLike => ({
  id,
  filePath,
  data: { order, navLabel: id, title: id },
});

describe('sortSections', () => {
  it('puts sections in reading order', () => {
    const sorted = sortSections([section('c', 2), section('a', 0), section('b', 1)]);
    expect(sorted.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses two sections with the same order and names both files', () => {
    expect(() =>
      sortSections([section('a', 1, 'content/sections/a.mdx'), section('b', 1, 'content/sections/b.mdx')]),
    ).toThrow(/Duplicate order 1: content\/sections\/a\.mdx and content\/sections\/b\.mdx/);
  });

  it('names the two files in the same order whichever was loaded first', () => {
    expect(() =>
      sortSections([section('b', 1, 'content/sections/b.mdx'), section('a', 1, 'content/sections/a.mdx')]),
    ).toThrow(/Duplicate order 1: content\/sections\/a\.mdx and content\/sections\/b\.mdx/);
  });
});

describe('pageNumber', () => {
  it('counts pages from 1, the first section included, out of every section', () => {
    const ordered = [section('a', 0), section('b', 1), section('c', 2)];
    expect(pageNumber(ordered, 'a')).toEqual({ page: 1, of: 3 });
    expect(pageNumber(ordered, 'c')).toEqual({ page: 3, of: 3 });
    expect(() => pageNumber(ordered, 'z')).toThrow(/Unknown section "z"/);
  });
});

describe('neighbours', () => {
  const ordered = [section('a', 0), section('b', 1), section('c', 2)];

  it('gives the sections on either side', () => {
    const { previous, next } = neighbours(ordered, 'b');
    expect(previous?.id).toBe('a');
    expect(next?.id).toBe('c');
  });

  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(ordered, 'a').previous).toBeUndefined();
    expect(neighbours(ordered, 'c').next).toBeUndefined();
  });

  it('throws for an unknown section', () => {
    expect(() => neighbours(ordered, 'z')).toThrow(/Unknown section "z"/);
  });
});

describe('contentsList', () => {
  it('nests h3 under the h2 before it and skips other levels', () => {
    const list = contentsList([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
    expect(list).toEqual([
      { slug: 'one', text: 'One', children: [{ slug: 'one-a', text: 'One A', children: [] }] },
      { slug: 'two', text: 'Two', children: [] },
    ]);
  });

  it('keeps an h3 that has no h2 before it at the top level', () => {
    expect(contentsList([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });

  it('is empty for a section without headings', () => {
    expect(contentsList([])).toEqual([]);
  });
});

describe('sectionPath', () => {
  it('puts the introduction on the home page and other sections under their slug', () => {
    expect(sectionPath('introduction')).toBe('/');
    expect(sectionPath('self-care')).toBe('/self-care/');
  });
});

describe('contentsWindow', () => {
  it('lists every section of a guide within the limit', () => {
    expect(contentsWindow(12, 5, 25)).toEqual({ from: 0, to: 12 });
    expect(contentsWindow(25, 24, 25)).toEqual({ from: 0, to: 25 });
  });

  it('lists `limit` sections around the current one in a longer guide, stopping at either end', () => {
    expect(contentsWindow(1000, 500, 25)).toEqual({ from: 488, to: 513 });
    expect(contentsWindow(1000, 0, 25)).toEqual({ from: 0, to: 25 });
    expect(contentsWindow(1000, 3, 25)).toEqual({ from: 0, to: 25 });
    expect(contentsWindow(1000, 999, 25)).toEqual({ from: 975, to: 1000 });
    expect(contentsWindow(26, 25, 25)).toEqual({ from: 1, to: 26 });
  });

  it('always includes the current section', () => {
    for (let current = 0; current < 60; current++) {
      const { from, to } = contentsWindow(60, current, 7);
      expect(to - from).toBe(7);
      expect(current >= from && current < to).toBe(true);
    }
  });
});
