/** Every page that gets its own link-preview card, with the words on it. Pure: the sections are given. */
import { FIXED_PAGES, GUIDE_DESCRIPTION, GUIDE_TITLE, HOME_SECTION_ID, PATHS } from '../consts';
import { pageNumber, sectionPath, type SectionLike } from '../content/sections';
import { ogImageSlug } from './meta';
import type { CardText } from './cards/layout';

/** A card and the image slug it is saved under (`/og/<slug>.png`, see ogImagePath). */
export interface OgPage extends CardText {
  slug: string;
}

/** What a card needs of a section. */
export type CardSection = SectionLike & { data: { description: string } };

/**
 * The cards of a guide whose sections are `all`, in reading order: the home page, each section page, the whole guide
 * and the not-found page; search results are not shared.
 */
export function previewCards(all: readonly CardSection[]): OgPage[] {
  return [
    {
      slug: ogImageSlug(PATHS.home),
      title: GUIDE_TITLE,
      description: GUIDE_DESCRIPTION,
      footnote: `In ${all.length} short sections, to read in any order`,
    },
    // Numbered as the pages number themselves ("Page 2 of 12"): the introduction, on the home page, is page 1.
    ...all.flatMap((section) => {
      if (section.id === HOME_SECTION_ID) return [];
      const { page, of } = pageNumber(all, section.id);
      return [
        {
          slug: ogImageSlug(sectionPath(section.id)),
          title: section.data.title,
          description: section.data.description,
          footnote: `Page ${page} of ${of} · ${GUIDE_TITLE}`,
        },
      ];
    }),
    { slug: ogImageSlug(PATHS.wholeGuide), ...FIXED_PAGES.wholeGuide, footnote: GUIDE_TITLE },
    { slug: ogImageSlug(PATHS.notFound), ...FIXED_PAGES.notFound, footnote: GUIDE_TITLE },
  ];
}
