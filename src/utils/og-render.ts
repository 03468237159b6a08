/** Renders a link-preview card to PNG at build time: satori lays it out as SVG, resvg rasterises it. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { ogCard, type CardText } from './og-card';
import { OG_IMAGE_SIZE } from './seo';
import { SITE_NAME } from './site';

// Resolved from the project root: the built endpoint runs from the output folder, away from node_modules.
const resolveFromProject = createRequire(join(process.cwd(), 'package.json')).resolve;

/** Inter from @fontsource, read from disk (woff: satori cannot read woff2); never fetched from the network. */
async function loadFonts(): Promise<Font[]> {
  const weights = [400, 600, 700] as const;
  return Promise.all(
    weights.map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(resolveFromProject(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    })),
  );
}

let fonts: Promise<Font[]> | undefined;

/** The card for `text` as a 1200×630 PNG. */
export async function renderOgImage(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= loadFonts();
  const svg = await satori(ogCard(text, SITE_NAME) as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts: await fonts });
  // A copy on a plain ArrayBuffer, which Response accepts (Node's Buffer may sit on a shared pool).
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } }).render().asPng());
}
