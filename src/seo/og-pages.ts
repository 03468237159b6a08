/** The preview cards of the guide in Astro's content layer (render time). */
import { getGuide } from '../content/collection';
import { previewCards, type OgPage } from './card-pages';

export type { OgPage };

/** Every page that gets its own card, with the words on it. */
export async function ogPages(): Promise<OgPage[]> {
  return previewCards((await getGuide()).all);
}
