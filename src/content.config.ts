import { defineCollection } from 'astro:content';
import { contentDir } from './content/content-dir';
import { sectionsCollection } from './content/sections-collection';

export const collections = { sections: defineCollection(sectionsCollection(contentDir)) };
