/** The sitemap: the guide's own pages, each with the day its text was last reviewed. */

/** One page of the sitemap. */
export interface SitemapEntry {
  /** Site path, e.g. `/self-care/`. */
  path: string;
  lastReviewed: Date;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap XML for `entries`, with absolute URLs on `site`. */
export function sitemapXml(entries: readonly SitemapEntry[], site: URL): string {
  const urls = entries.map(
    ({ path, lastReviewed }) =>
      `<url><loc>${escapeXml(new URL(path, site).href)}</loc><lastmod>${lastReviewed.toISOString().slice(0, 10)}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
}
