import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ogPages } from '../../seo/og-pages';
import { renderOgImage } from '../../seo/og-render';

/** One preview image per page, at /og/<slug>.png (see ogImagePath in src/utils/seo.ts). */
export const getStaticPaths = (async () =>
  (await ogPages()).map((page) => ({ params: { slug: page.slug }, props: { page } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(await renderOgImage(props.page), { headers: { 'Content-Type': 'image/png' } });
