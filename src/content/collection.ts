/** The guide's sections from Astro's content layer, in reading order, for pages and endpoints (render time). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { HOME_SECTION_ID } from '../consts';
import { formerSlugRedirects } from './former-slugs';
import { sortSections } from './sections';

export type Section = CollectionEntry<'sections'>;

/** The whole guide. */
export interface Guide {
  /** Every section in reading order, the introduction first. */
  all: Section[];
  /** The introduction: the home page's text. */
  home: Section;
  /** The sections with a page of their own, in reading order. */
  pages: Section[];
}

/** The guide's sections (Astro caches the collection; this only sorts and sorts out the home page). */
export async function getGuide(): Promise<Guide> {
  const all = sortSections(await getCollection('sections'));
  const home = all.find((section) => section.id === HOME_SECTION_ID);
  if (!home) {
    throw new AstroError(`The guide has no section "${HOME_SECTION_ID}", whose text is the home page.`, `Add ${HOME_SECTION_ID}.mdx to the sections folder.`);
  }
  return { all, home, pages: all.filter((section) => section !== home) };
}

/** Former section addresses and where they now live, e.g. `{ from: 'home-care', to: '/self-care/' }`. */
export async function formerSlugs(): Promise<{ from: string; to: string }[]> {
  const { all } = await getGuide();
  const redirects = formerSlugRedirects(all.map((section) => ({ slug: section.id, formerSlugs: section.data.formerSlugs })));
  return Object.entries(redirects).map(([path, to]) => ({ from: path.slice(1, -1), to }));
}
