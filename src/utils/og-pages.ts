/** Every page that gets its own link-preview card, with the words on it. */
import type { CardText } from './og-card';
import { getSections } from './collection';
import { HOME_SECTION_ID } from './sections';
import { GUIDE_DESCRIPTION, GUIDE_TITLE } from './site';

/** A card and the image slug it is saved under (`/og/<slug>.png`, see ogImagePath). */
export interface OgPage extends CardText {
  slug: string;
}

/** The home page, each section page, the whole guide and the not-found page. */
export async function ogPages(): Promise<OgPage[]> {
  const sections = (await getSections()).filter((section) => section.id !== HOME_SECTION_ID);
  return [
    { slug: 'index', title: GUIDE_TITLE, description: GUIDE_DESCRIPTION, footnote: `In ${sections.length} short sections, to read in any order` },
    ...sections.map((section, index) => ({
      slug: section.id,
      title: section.data.title,
      description: section.data.description,
      footnote: `Section ${index + 1} of ${sections.length} · ${GUIDE_TITLE}`,
    })),
    { slug: 'guide', title: 'The whole guide on one page', description: 'Every section of the guide on one page, for reading start to end or printing.', footnote: GUIDE_TITLE },
    { slug: '404', title: 'Page not found', description: 'This page does not exist. Find what you need in the guide’s contents.', footnote: GUIDE_TITLE },
  ];
}
