import type { APIRoute } from 'astro';
import { webAppManifest } from '../web-app/manifest';

/** The web app manifest (src/web-app/manifest.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest(), null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
