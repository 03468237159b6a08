/** Renders the site's icon (public/favicon.svg) as a PNG of a given size for the home screen, at build time. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { PATHS } from '../consts';

/** The favicon, read from the project's public folder (the build runs from the project root). */
const FAVICON = join(process.cwd(), 'public', PATHS.favicon);

export async function renderAppIcon(size: number): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await readFile(FAVICON, 'utf8');
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}
