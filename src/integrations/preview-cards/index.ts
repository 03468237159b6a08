/**
 * The preview cards, started with the build: the card studio (./studio.ts) paints every card the guide's files call
 * for in a worker thread while Vite bundles and the pages render, so that the card route only reads them.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_NAME } from '../../consts';
import { contentDir } from '../../content/content-dir';
import { readSectionFiles } from '../../content/section-files';
import { sortSections } from '../../content/sections';
import { previewCards } from '../../seo/card-pages';
import { startCardStudio, type CardStudio } from './studio';

export default function previewCardsIntegration(): AstroIntegration {
  let root = process.cwd();
  let studio: CardStudio | undefined;
  return {
    name: 'guide:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        studio = startCardStudio();
        const sections = await readSectionFiles(resolve(root, contentDir, 'sections'));
        try {
          const cards = previewCards(sortSections(sections));
          studio.prepare(
            cards.map(({ title, description, footnote }) => ({ title, description, footnote })),
            SITE_NAME,
          );
        } catch {
          // Sections the content layer will refuse (two with one order): their pages ask for their cards themselves.
        }
      },
      'astro:build:done': async ({ logger }) => {
        if (!studio) return;
        const { painted, cached } = studio.counts();
        await studio.stop();
        logger.info(`Preview cards: ${painted} painted, ${cached} from the cache.`);
      },
    },
  };
}
