import type { APIRoute } from 'astro';
import { faviconSvg } from '../web-app/icon';

/** The site's icon at /favicon.svg (PATHS.favicon), drawn in the theme's colours. */
export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
