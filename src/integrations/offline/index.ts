/**
 * Offline reading, the last step after the build: the service worker (src/client/offline/worker.ts) bundled into
 * /sw.js with the build's id and the digest of its manifest (/sw-<build id>.json, every file it may keep). The
 * worker's size does not grow with the guide; a new build changes its bytes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ROUTES } from '../../consts';
import {
  SAVE_SIZE_PLACEHOLDER,
  kilobytes,
  manifestPath,
  roughKilobytes,
  saveBytes,
  type OfflineBuild,
} from '../../offline/manifest';
import type { PostBuildStep } from '../post-build/step';
import { writeAside } from '../write-aside';
import { buildId, digest, downloadBytes, isKept, keptFile, offlineManifest, type KeptFile } from './offline-files';

const WORKER_ENTRY = fileURLToPath(new URL('../../client/offline/worker.ts', import.meta.url));

/**
 * The worker's code with its build's facts built in: one classic script, minified. `base` is the folder the site is
 * published under, as Vite gives it to the pages' scripts (src/consts.ts reads it from `import.meta.env`).
 */
export async function bundleWorker(facts: OfflineBuild, base = '/'): Promise<string> {
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { OFFLINE_BUILD: JSON.stringify(facts), 'import.meta.env': JSON.stringify({ BASE_URL: base }) },
  });
  return result.outputFiles[0]!.text;
}

/** The download sizes of earlier builds' files, in the steps' cache folder. */
const SIZES = 'offline-sizes.json';

/** What the step keeps of a page: the facts the worker needs of it if it is kept, and whether it shows the save size. */
export interface OfflineNote {
  kept: KeptFile | null;
  showsSaveSize: boolean;
}

/**
 * The offline step, after the search index: lists the files a reader's browser may keep (with their digests and
 * download sizes), writes the size of the whole guide into the pages that offer to save it, publishes the manifest
 * as /sw-<build id>.json and bundles the worker into /sw.js. Pages never carry the build's id: a page's bytes depend
 * on the page alone, so an edit changes only its own page, and a saved copy updates only what changed. `base` is the
 * folder the site is published under (Astro's `base`): the worker's addresses and scope.
 */
export function offline(
  options: { cache?: { dir: string; version: string }; base?: string } = {},
): PostBuildStep<OfflineNote> {
  const base = options.base ?? '/';
  const pages: (OfflineNote & { file: string })[] = [];
  const sizesFile = options.cache && join(options.cache.dir, SIZES);
  return {
    name: 'offline',
    read: ({ file, html, facts }) => ({
      note: {
        kept: isKept(file) ? keptFile(file, Buffer.from(html), base, facts) : null,
        showsSaveSize: html.includes(SAVE_SIZE_PLACEHOLDER),
      },
    }),
    take: ({ file }, note) => void pages.push({ file, ...note }),
    async finish({ root, files, written, writeFile: write, logger }) {
      // The download sizes of the files other than pages, by their digests, as earlier builds worked them out.
      const sizes = new Map<string, number>(
        sizesFile
          ? await readFile(sizesFile, 'utf8')
              .then((text) => JSON.parse(text) as { version: string; sizes: [string, number][] })
              .then((saved) => (saved.version === options.cache!.version ? saved.sizes : []))
              .catch(() => [])
          : [],
      );
      const known = new Map<string, number>();
      const others = await Promise.all(
        [...files]
          .filter((file) => !file.endsWith('.html') && isKept(file) && !written.has(file))
          .map(async (file) => keptFile(file, await readFile(join(root, file)), base, undefined, sizes)),
      );
      const bundle = [...written]
        .filter(([file]) => isKept(file))
        .map(([file, bytes]) => keptFile(file, bytes, base, undefined, sizes));
      for (const { digest: hash, bytes } of [...others, ...bundle]) known.set(hash, bytes);
      if (sizesFile)
        await writeAside(sizesFile, JSON.stringify({ version: options.cache!.version, sizes: [...known] }));
      const rest = [...others, ...bundle];
      const kept = pages.flatMap(({ kept }) => (kept ? [kept] : []));
      // The size goes into the pages that offer to save the guide, rounded, so that it changes only now and then.
      const size = roughKilobytes(saveBytes(offlineManifest([...kept, ...rest], '', base)));
      for (const page of pages.filter(({ showsSaveSize }) => showsSaveSize)) {
        const html = (await readFile(join(root, page.file), 'utf8')).replaceAll(SAVE_SIZE_PLACEHOLDER, size);
        await writeFile(join(root, page.file), html);
        if (page.kept) page.kept = keptFile(page.file, Buffer.from(html), base);
      }
      const final = [...pages.flatMap(({ kept }) => (kept ? [kept] : [])), ...rest];
      const id = buildId(final);
      const manifest = offlineManifest(final, id, base);
      const json = Buffer.from(JSON.stringify(manifest));
      const path = manifestPath(id, base);
      await write(path.slice(base.length), json);
      const worker = Buffer.from(await bundleWorker({ buildId: id, manifest: path, digest: digest(json) }, base));
      await write(ROUTES.serviceWorker, worker);
      const brotli = (name: string, bytes: Buffer) => (downloadBytes(name, bytes) / 1000).toFixed(1);
      logger.info(
        `Build ${id}: ${Object.keys(manifest.files).length} files for offline reading (${kilobytes(saveBytes(manifest))} to save); worker ${brotli('sw.js', worker)} KB and manifest ${brotli(path, json)} KB brotli.`,
      );
    },
  };
}
