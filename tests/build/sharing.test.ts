import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { HOME_SECTION_ID } from '../../src/consts';
import { distDir } from '../support/dist';

type Document = ReturnType<typeof parseDocument>;

/** Every built HTML page except Astro's redirect stubs, by site path. */
function builtPages(): { path: string; document: Document }[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path:
        file === 'index.html'
          ? '/'
          : file.endsWith('/index.html')
            ? `/${file.slice(0, -'index.html'.length)}`
            : `/${file}`,
      document: parseDocument(readFileSync(join(distDir, file), 'utf8')),
    }))
    .filter(({ document }) => !selectOne('meta[http-equiv="refresh"]', document));
}

const pages = builtPages();
const one = (selector: string, document: Document) => selectOne<AnyNode, Element>(selector, document);
const meta = (document: Document, key: string) =>
  one(`meta[property="${key}"], meta[name="${key}"]`, document)?.attribs['content'] ?? '';

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The one site origin every absolute URL must use: SITE_URL when the build had it, else whatever the home page says. */
const homeCanonical = new URL(
  one('link[rel="canonical"]', pages.find(({ path }) => path === '/')!.document)!.attribs['href']!,
);
const origin = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : homeCanonical.origin;

/** Site paths of every section page, from the names of the content files themselves. */
const sectionPaths = readdirSync(`${contentDir}/sections`)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length))
  .map((slug) => (slug === HOME_SECTION_ID ? '/' : `/${slug}/`));

describe.each(pages)('$path', ({ path, document }) => {
  const canonical = one('link[rel="canonical"]', document)?.attribs['href'] ?? '';

  it('has a title, description, canonical URL and Open Graph / Twitter tags with absolute URLs', () => {
    expect(textContent(one('title', document)!).trim()).not.toBe('');
    expect(meta(document, 'description').length).toBeGreaterThan(20);
    expect(canonical).toBe(`${origin}${path}`);
    expect(meta(document, 'og:url')).toBe(canonical);
    expect(meta(document, 'og:title')).not.toBe('');
    expect(meta(document, 'og:description')).toBe(meta(document, 'description'));
    expect(['website', 'article']).toContain(meta(document, 'og:type'));
    expect(meta(document, 'og:site_name')).not.toBe('');
    expect(meta(document, 'og:image')).toMatch(new RegExp(`^${origin}/og/[a-z0-9-]+\\.png$`));
    expect(meta(document, 'og:image:width')).toBe('1200');
    expect(meta(document, 'og:image:height')).toBe('630');
    expect(meta(document, 'og:image:alt')).not.toBe('');
    expect(meta(document, 'twitter:card')).toBe('summary_large_image');
  });

  it('points og:image at a built 1200×630 PNG', () => {
    const file = join(distDir, new URL(meta(document, 'og:image')).pathname);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  it('has JSON-LD that parses, with the page and its breadcrumb trail', () => {
    const blocks = selectAll<AnyNode, Element>('script[type="application/ld+json"]', document);
    expect(blocks).toHaveLength(1);
    const raw = textContent(blocks[0]!);
    expect(raw).not.toMatch(/<\//);
    const webPage = JSON.parse(raw) as Record<string, unknown>;
    expect(webPage['@context']).toBe('https://schema.org');
    const breadcrumbs = webPage['breadcrumb'] as Record<string, unknown>;
    expect(breadcrumbs['@type']).toBe('BreadcrumbList');
    expect(webPage).toMatchObject({
      url: canonical,
      headline: meta(document, 'og:title'),
      description: meta(document, 'description'),
    });
    expect(webPage['image']).toBe(meta(document, 'og:image'));
    // The guide's text (home, sections, whole guide) is health content with review dates; tool pages are plain pages.
    if ([...sectionPaths, '/guide/'].includes(path)) {
      expect(webPage['@type']).toBe('MedicalWebPage');
      expect(webPage['about']).toEqual(
        expect.arrayContaining([expect.objectContaining({ '@type': 'MedicalCondition' })]),
      );
      expect(webPage['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(webPage['lastReviewed']).toBe(webPage['dateModified']);
    } else {
      expect(webPage['@type']).toBe('WebPage');
    }
    const items = breadcrumbs['itemListElement'] as { position: number; item: string; name: string }[];
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(items[0]!.item).toBe(`${origin}/`);
    expect(items.at(-1)!.item).toBe(canonical);
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

  it('lists every section page, the home page and the whole guide, and not the 404 page', () => {
    const urls = locs(readFileSync(join(distDir, 'sitemap.xml'), 'utf8'));
    expect(sectionPaths.length).toBeGreaterThan(1);
    for (const path of [...sectionPaths, '/guide/']) expect(urls).toContain(`${origin}${path}`);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
  });

  it('robots.txt names the sitemap with the site URL', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });
});

describe('og images', () => {
  it('exist for every page and stay small enough for link previews (< 300 KB)', () => {
    const images = readdirSync(join(distDir, 'og'));
    expect(images.length).toBeGreaterThanOrEqual(sectionPaths.length);
    for (const image of images) expect(readFileSync(join(distDir, 'og', image)).length).toBeLessThan(300_000);
  });
});
