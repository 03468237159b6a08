import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes a file aside and renames it into place, creating its folder: a build stopped halfway, or another build or
 * thread writing the same file at once, never leaves a half-written file behind.
 */
export async function writeAside(file: URL | string, data: string | Uint8Array): Promise<void> {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const aside = `${path}.${process.pid}-${randomUUID().slice(0, 8)}`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(aside, data);
  await rename(aside, path);
}
