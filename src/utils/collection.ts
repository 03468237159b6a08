import { getCollection, type CollectionEntry } from 'astro:content';
import { sortSections } from './sections';

export type Section = CollectionEntry<'sections'>;

/** Every section in reading order, checked once per build. */
export async function getSections(): Promise<Section[]> {
  return sortSections(await getCollection('sections'));
}
