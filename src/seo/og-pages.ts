/** Every page that gets its own link-preview card, with the words on it (render time: reads the content layer). */
import { FIXED_PAGES, GUIDE_DESCRIPTION, GUIDE_TITLE, PATHS } from '../consts';
import { getGuide } from '../content/collection';
import { pageNumber, sectionPath } from '../content/sections';
import { ogImageSlug } from './meta';
import type { CardText } from './og-card';

/** A card and the image slug it is saved under (`/og/<slug>.png`, see ogImagePath). */
export interface OgPage extends CardText {
  slug: string;
}

/** The home page, each section page, the whole guide and the not-found page; search results are not shared. */
export async function ogPages(): Promise<OgPage[]> {
  const { all, pages } = await getGuide();
  return [
    {
      slug: ogImageSlug(PATHS.home),
      title: GUIDE_TITLE,
      description: GUIDE_DESCRIPTION,
      footnote: `In ${all.length} short sections, to read in any order`,
    },
    ...pages.map((section) => {
      // Numbered as the page itself numbers it ("Page 2 of 12"): the introduction, on the home page, is page 1.
      const { page, of } = pageNumber(all, section.id);
      return {
        slug: ogImageSlug(sectionPath(section.id)),
        title: section.data.title,
        description: section.data.description,
        footnote: `Page ${page} of ${of} · ${GUIDE_TITLE}`,
      };
    }),
    { slug: ogImageSlug(PATHS.wholeGuide), ...FIXED_PAGES.wholeGuide, footnote: GUIDE_TITLE },
    { slug: ogImageSlug(PATHS.notFound), ...FIXED_PAGES.notFound, footnote: GUIDE_TITLE },
  ];
}
