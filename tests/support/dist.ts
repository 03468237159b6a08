import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plainText } from './html-text';

/** The built site under test: ASTRO_OUT_DIR when set, else ./dist. */
export const distDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');

/** Reads a built page by its site path, e.g. `/guide/`. */
export function readPage(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

/** Visible text of a whole page: scripts and styles dropped, tags read as word breaks. */
export function htmlToText(html: string): string {
  return plainText(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
}
