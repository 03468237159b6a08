import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formerSlugRedirects, reservedSlugs } from './former-slugs';

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

  it('refuses a former slug that is a live page again, naming the file', () => {
    const histories = [
      { slug: 'benefits', formerSlugs: ['overview'], source: 'benefits.mdx' },
      { slug: 'overview', formerSlugs: [] },
    ];
    expect(() => formerSlugRedirects(histories)).toThrow(/former slug "overview" is a live page/);
    expect(() => formerSlugRedirects(histories)).toThrow(expect.objectContaining({ source: 'benefits.mdx' }));
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

describe('reservedSlugs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the fixed routes, the site's folders and Astro's assets folder, not the dynamic routes", () => {
    for (const name of ['guide.astro', '404.astro', 'robots.txt.ts', '[slug].astro']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'og'));
    expect(reservedSlugs(dir, 'bundled').sort()).toEqual([
      '404',
      'bundled',
      'guide',
      'icons',
      'offline',
      'og',
      'robots',
      'search',
      'search-index',
    ]);
  });
});
