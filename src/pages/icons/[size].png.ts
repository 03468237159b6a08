import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAppIcon } from '../../web-app/icon';
import { APP_ICON_SIZES } from '../../web-app/manifest';

/** Home-screen icons at /icons/<size>.png, rendered from the favicon (see src/web-app/manifest.ts). */
export const getStaticPaths = (() =>
  APP_ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderAppIcon(Number(params.size)), { headers: { 'Content-Type': 'image/png' } });
