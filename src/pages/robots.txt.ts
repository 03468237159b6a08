import type { APIRoute } from 'astro';
import { PATHS } from '../consts';

/**
 * robots.txt with the sitemap's absolute address, which depends on the `site` chosen at build time. Under a base path
 * crawlers read only the domain's own robots.txt: docs/deploy.md says to add the Sitemap line there.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs (or SITE_URL) so robots.txt can name the sitemap.');
  const body = ['User-agent: *', `Allow: ${PATHS.home}`, '', `Sitemap: ${new URL(PATHS.sitemap, site).href}`, ''].join(
    '\n',
  );
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
