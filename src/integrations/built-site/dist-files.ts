/** Reads a built site from disk: every file path, and every HTML page parsed. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parsePage, type DistPage } from './dist-pages';

/** Every file under `root`, as paths relative to it with forward slashes. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The built site at `root`: its files and its parsed HTML pages. */
export async function readSite(root: string): Promise<{ files: Set<string>; pages: DistPage[] }> {
  const files = await listFiles(root);
  const pages = await Promise.all(
    files
      .filter((file) => file.endsWith('.html'))
      .map(async (file) => parsePage(file, await readFile(join(root, file), 'utf8'))),
  );
  return { files: new Set(files), pages };
}
