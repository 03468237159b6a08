import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { SITE_NAME } from '../../consts';
import { cardSource } from '../../seo/cards/source';
import { ogPages } from '../../seo/og-pages';

/** One preview image per page, at /og/<slug>.png (see ogImagePath in src/seo/meta.ts). */
export const getStaticPaths = (async () =>
  (await ogPages()).map((page) => ({ params: { slug: page.slug }, props: { page } }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const { title, description, footnote } = props.page;
  const png = await cardSource().card({ title, description, footnote }, SITE_NAME);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
