import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists absolute URLs with their review day, escaped', () => {
    const xml = sitemapXml(
      [
        { path: '/', lastReviewed: new Date('2026-11-24') },
        { path: '/a&b/', lastReviewed: new Date('2026-01-02T10:00:00Z') },
      ],
      new URL('https://guide.example/'),
    );
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(xml).toContain('<url><loc>https://guide.example/</loc><lastmod>2026-11-24</lastmod></url>');
    expect(xml).toContain('<loc>https://guide.example/a&amp;b/</loc><lastmod>2026-01-02</lastmod>');
  });
});
