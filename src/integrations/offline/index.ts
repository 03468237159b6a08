/**
 * Offline reading. After the search index is written, lists the files a reader's browser may keep (with their
 * digests and download sizes), writes the build's id and the guide's size into the pages, publishes that manifest as
 * /sw-<build id>.json, and bundles the service worker (src/client/offline/worker.ts) into /sw.js with the build's id
 * and the manifest's digest. The worker's size does not grow with the guide; a new build changes its bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { PATHS } from '../../consts';
import {
  BUILD_PLACEHOLDERS,
  kilobytes,
  manifestPath,
  saveBytes,
  type OfflineBuild,
} from '../../client/offline/offline-manifest';
import { listFiles } from '../built-site/dist-files';
import { buildId, digest, downloadBytes, isKept, offlineManifest, type BuiltFile } from './offline-files';

const WORKER_ENTRY = fileURLToPath(new URL('../../client/offline/worker.ts', import.meta.url));

/** The worker's code with its build's facts built in: one classic script, minified. */
export async function bundleWorker(facts: OfflineBuild): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { OFFLINE_BUILD: JSON.stringify(facts) },
  });
  return result.outputFiles[0]!.text;
}

/** Reads every page (each gets the build's facts) and the other files the worker may keep; not the preview images. */
async function readBuilt(root: string): Promise<BuiltFile[]> {
  const candidates = (await listFiles(root)).filter(
    (file) => file.endsWith('.html') || isKept({ file, bytes: new Uint8Array() }),
  );
  return Promise.all(candidates.map(async (file) => ({ file, bytes: await readFile(join(root, file)) })));
}

/** The pages with the stand-ins replaced; the same list with the new bytes. */
function withBuildFacts(files: BuiltFile[], facts: Record<keyof typeof BUILD_PLACEHOLDERS, string>): BuiltFile[] {
  return files.map((built) => {
    if (!built.file.endsWith('.html')) return built;
    const before = Buffer.from(built.bytes).toString('utf8');
    let text = before;
    for (const [key, placeholder] of Object.entries(BUILD_PLACEHOLDERS))
      text = text.replaceAll(placeholder, facts[key as keyof typeof facts]);
    // Unchanged pages stay the same object, so they are neither written again nor digested twice.
    return text === before ? built : { ...built, bytes: Buffer.from(text) };
  });
}

export default function offline(): AstroIntegration {
  return {
    name: 'guide:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const before = await readBuilt(root);
        const id = buildId(before);
        // Sections are the pages search indexes.
        const isSection = (built: BuiltFile) =>
          built.file.endsWith('.html') && Buffer.from(built.bytes).includes('data-pagefind-body');
        const size = kilobytes(saveBytes(offlineManifest(before, id, isSection)));
        const files = withBuildFacts(before, { buildId: id, saveSize: size });
        await Promise.all(
          files
            .filter((built, i) => built !== before[i])
            .map((built) => writeFile(join(root, built.file), built.bytes)),
        );
        const manifest = offlineManifest(files, id, isSection);
        const json = Buffer.from(JSON.stringify(manifest));
        const path = manifestPath(id);
        await writeFile(join(root, path.slice(1)), json);
        const worker = Buffer.from(await bundleWorker({ buildId: id, manifest: path, digest: digest(json) }));
        await writeFile(join(root, PATHS.serviceWorker.slice(1)), worker);
        const brotli = (name: string, bytes: Buffer) => (downloadBytes(name, bytes) / 1000).toFixed(1);
        logger.info(
          `Build ${id}: ${Object.keys(manifest.files).length} files for offline reading (${kilobytes(saveBytes(manifest))} to save); worker ${brotli('sw.js', worker)} KB and manifest ${brotli(path, json)} KB brotli.`,
        );
      },
    },
  };
}
