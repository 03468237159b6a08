import type { APIRoute } from 'astro';
import { PATHS } from '../consts';

/** robots.txt with the sitemap's absolute address, which depends on the `site` chosen at build time. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs (or SITE_URL) so robots.txt can name the sitemap.');
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(PATHS.sitemap, site).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
