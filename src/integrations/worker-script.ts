import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeAside } from './write-aside';

/**
 * The script of a worker thread the build starts, bundled from its TypeScript `entry` into
 * `node_modules/.cache/<folder>/`: Node does not run TypeScript files that lie under node_modules. Written aside and
 * renamed, so that overlapping builds never start a half-written script. Resolves with its path and its bytes (for
 * cache keys).
 */
export async function workerScript(entry: URL, folder: string): Promise<{ file: string; code: Uint8Array }> {
  const cache = new URL(`../../node_modules/.cache/${folder}/`, import.meta.url);
  await mkdir(cache, { recursive: true });
  const file = fileURLToPath(new URL(basename(entry.pathname).replace(/\.ts$/, '.mjs'), cache));
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]!.contents;
  await writeAside(file, code);
  return { file, code };
}
