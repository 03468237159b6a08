/** Renders a link-preview card to PNG at build time: satori lays it out as SVG, resvg rasterises it. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { ogCard, type CardText } from './og-card';
import { encodeOpaquePng, PNG_ENCODING } from './png-encode';
import { OG_IMAGE_SIZE } from './meta';
import { SITE_NAME } from '../consts';

// Resolved from the project root: the built endpoint runs from the output folder, away from node_modules.
const resolveFromProject = createRequire(join(process.cwd(), 'package.json')).resolve;
const FONT_WEIGHTS = [400, 600, 700] as const;
const fontFile = (weight: number) => resolveFromProject(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

/** Inter from @fontsource, read from disk (woff: satori cannot read woff2); never fetched from the network. */
async function loadFonts(): Promise<Font[]> {
  return Promise.all(
    FONT_WEIGHTS.map(async (weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: await readFile(fontFile(weight)),
    })),
  );
}

/** A package's installed version, read from its folder (some packages do not export their package.json). */
function installedVersion(name: string): string {
  const entry = resolveFromProject(name);
  const root = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Where cards from earlier builds wait, keyed by everything that shapes the picture: rebuilds redraw only changes. */
export const OG_CACHE_DIR = join(process.cwd(), 'node_modules/.cache/og-images');
const rendererKey = ['satori', '@resvg/resvg-js', '@fontsource/inter']
  .map((name) => `${name}@${installedVersion(name)}`)
  .concat(PNG_ENCODING)
  .join(' ');

let fonts: Promise<Font[]> | undefined;

/** The card for `text` as a 1200×630 PNG. */
export async function renderOgImage(text: CardText, cacheDir = OG_CACHE_DIR): Promise<Uint8Array<ArrayBuffer>> {
  const card = ogCard(text, SITE_NAME);
  const cached = join(
    cacheDir,
    `${createHash('sha256').update(rendererKey).update(JSON.stringify(card)).digest('hex')}.png`,
  );
  // A copy on a plain ArrayBuffer, which Response accepts (Node's Buffer may sit on a shared pool).
  const fromCache = await readFile(cached).catch(() => undefined);
  if (fromCache) return new Uint8Array(fromCache);
  fonts ??= loadFonts();
  const svg = await satori(card as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts: await fonts });
  // Rasterised and compressed on libuv's thread pool, so that other pages render meanwhile (build.concurrency).
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } });
  const png = new Uint8Array(await encodeOpaquePng(image.pixels, image.width, image.height));
  // Written aside and renamed, so a build stopped halfway never leaves a broken image behind.
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${cached}.${process.pid}`, png);
  await rename(`${cached}.${process.pid}`, cached);
  return png;
}
