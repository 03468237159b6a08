/**
 * The built preview cards look as the guide first drew them (satori's flexbox layout, rasterised by resvg:
 * tests/support/satori-card.ts): for every card in dist/og/, at most 1 % of its pixels differ beyond anti-aliasing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { SITE_NAME } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { readSectionFiles } from '../../src/content/section-files';
import { sortSections } from '../../src/content/sections';
import { previewCards } from '../../src/seo/card-pages';
import { OG_IMAGE_SIZE } from '../../src/seo/meta';
import { distDir } from '../support/dist';
import { pngPixels } from '../support/png-pixels';
import { satoriCardPixels } from '../support/satori-card';

/** At most this share of a card's pixels may differ from the reference, anti-aliasing aside. */
const MAX_DIFFERING = 0.01;

const built = readdirSync(join(distDir, 'og')).filter((file) => file.endsWith('.png'));
const cards = previewCards(sortSections(await readSectionFiles(join(contentDir, 'sections'))));

describe('the built preview cards', () => {
  it('are one per shared page of the real guide', () => {
    expect(built.toSorted()).toEqual(cards.map(({ slug }) => `${slug}.png`).toSorted());
  });

  it.each(cards.map((card) => [card.slug, card] as const))(
    '%s.png differs from the reference card in at most 1 % of its pixels',
    async (slug, { title, description, footnote }) => {
      const ours = pngPixels(readFileSync(join(distDir, 'og', `${slug}.png`)));
      expect([ours.width, ours.height]).toEqual([OG_IMAGE_SIZE.width, OG_IMAGE_SIZE.height]);
      const reference = await satoriCardPixels({ title, description, footnote }, SITE_NAME);
      const differing = pixelmatch(ours.data, reference, undefined, ours.width, ours.height, {
        // pixelmatch's default colour threshold; anti-aliased pixels (includeAA false) are not counted.
        threshold: 0.1,
      });
      expect(differing / (ours.width * ours.height)).toBeLessThanOrEqual(MAX_DIFFERING);
    },
  );
});
