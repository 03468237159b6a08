import type { APIRoute } from 'astro';
import { PATHS } from '../consts';
import { getGuide } from '../content/collection';
import { sectionPath } from '../content/sections';
import { sitemapXml } from '../seo/sitemap';

/** The sitemap: home, section pages and the whole guide; not search, the 404 page or former addresses. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs (or SITE_URL): the sitemap needs absolute URLs.');
  const { all } = await getGuide();
  const newest = new Date(Math.max(...all.map((section) => section.data.lastReviewed.getTime())));
  const entries = [
    ...all.map((section) => ({ path: sectionPath(section.id), lastReviewed: section.data.lastReviewed })),
    { path: PATHS.wholeGuide, lastReviewed: newest },
  ];
  return new Response(sitemapXml(entries, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
