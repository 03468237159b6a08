/** Every page that gets its own link-preview card, with the words on it (render time: reads the content layer). */
import { FIXED_PAGES, GUIDE_DESCRIPTION, GUIDE_TITLE } from '../consts';
import { getGuide } from '../content/collection';
import type { CardText } from './og-card';

/** A card and the image slug it is saved under (`/og/<slug>.png`, see ogImagePath). */
export interface OgPage extends CardText {
  slug: string;
}

/** The home page, each section page, the whole guide and the not-found page; search results are not shared. */
export async function ogPages(): Promise<OgPage[]> {
  const { pages } = await getGuide();
  return [
    {
      slug: 'index',
      title: GUIDE_TITLE,
      description: GUIDE_DESCRIPTION,
      footnote: `In ${pages.length} short sections, to read in any order`,
    },
    ...pages.map((section, index) => ({
      slug: section.id,
      title: section.data.title,
      description: section.data.description,
      footnote: `Section ${index + 1} of ${pages.length} · ${GUIDE_TITLE}`,
    })),
    { slug: 'guide', ...FIXED_PAGES.wholeGuide, footnote: GUIDE_TITLE },
    { slug: '404', ...FIXED_PAGES.notFound, footnote: GUIDE_TITLE },
  ];
}
