import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formerSlugRedirects, readSlugHistories, staticRouteNames } from './redirects';

describe('formerSlugRedirects', () => {
  it('sends each former address to the current page, with trailing slashes', () => {
    const redirects = formerSlugRedirects([
      { slug: 'self-care', formerSlugs: ['home-care', 'looking-after-yourself'] },
      { slug: 'overview', formerSlugs: [] },
    ]);
    expect(redirects).toEqual({ '/home-care/': '/self-care/', '/looking-after-yourself/': '/self-care/' });
  });

  it('sends the former slugs of the introduction to the home page', () => {
    expect(formerSlugRedirects([{ slug: 'introduction', formerSlugs: ['intro'] }])).toEqual({ '/intro/': '/' });
  });

  it('refuses a former slug that is a live page again', () => {
    expect(() =>
      formerSlugRedirects([
        { slug: 'benefits', formerSlugs: ['overview'], source: 'benefits.mdx' },
        { slug: 'overview', formerSlugs: [] },
      ]),
    ).toThrow(/benefits\.mdx: former slug "overview" is a live page/);
    expect(() => formerSlugRedirects([{ slug: 'a', formerSlugs: ['guide'] }], ['guide'])).toThrow(/"guide" is a live page/);
  });

  it('refuses a former slug claimed by two sections', () => {
    expect(() =>
      formerSlugRedirects([
        { slug: 'a', formerSlugs: ['old'], source: 'a.mdx' },
        { slug: 'b', formerSlugs: ['old'], source: 'b.mdx' },
      ]),
    ).toThrow(/"old" is claimed by both a\.mdx and b\.mdx/);
  });
});

describe('readSlugHistories', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads slugs from file names and formerSlugs from frontmatter', () => {
    writeFileSync(join(dir, 'stretching.mdx'), '---\ntitle: "S"\nformerSlugs:\n  - "stretches"\n---\nBody with --- inside.\n');
    writeFileSync(join(dir, 'diet.mdx'), '---\ntitle: "D"\n---\nBody.\n');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'readme.txt'), 'not a section');
    expect(readSlugHistories(dir)).toEqual([
      { slug: 'diet', formerSlugs: [], source: join(dir, 'diet.mdx') },
      { slug: 'stretching', formerSlugs: ['stretches'], source: join(dir, 'stretching.mdx') },
    ]);
  });

  it('rejects formerSlugs that is not a list of strings', () => {
    const bad = mkdtempSync(join(tmpdir(), 'slugs-bad-'));
    writeFileSync(join(bad, 'x.mdx'), '---\nformerSlugs: old\n---\n');
    expect(() => readSlugHistories(bad)).toThrow(/formerSlugs must be a list/);
    rmSync(bad, { recursive: true });
  });
});

describe('staticRouteNames', () => {
  it('names the fixed routes in src/pages and skips dynamic ones', () => {
    const names = staticRouteNames('src/pages');
    expect(names).toEqual(expect.arrayContaining(['index', 'guide', '404', 'og', 'robots']));
    expect(names.some((name) => name.includes('['))).toBe(false);
  });
});

describe('the real content', () => {
  it('builds a redirect map without clashes', () => {
    const histories = readSlugHistories('content/sections');
    expect(histories.map((history) => history.slug)).toContain('overview');
    expect(() => formerSlugRedirects(histories, staticRouteNames('src/pages'))).not.toThrow();
  });
});
