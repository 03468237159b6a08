/**
 * Which built files the service worker may keep, and the facts it needs about each. Pure functions over file names
 * and contents; src/integrations/offline/index.ts reads and writes the files.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { PATHS } from '../../consts';
import { cacheName, type OfflineManifest } from '../../client/offline/offline-manifest';
import { urlOfFile } from '../built-site/dist-pages';
import { fragmentRecord } from '../search-index/bundle';

/** One built file: its path in the output folder (`overview/index.html`) and its bytes. */
export interface BuiltFile {
  file: string;
  bytes: Uint8Array;
  /** For HTML: an Astro redirect stub (former slugs), which is not kept. */
  isRedirect?: boolean;
}

/**
 * Whether the worker keeps a file: real pages (not redirect stubs or the not-found page), the site's scripts, styles
 * and icons, and the search bundle. Link-preview images, host files and the worker itself are left out.
 */
export function isKept({ file, isRedirect }: BuiltFile): boolean {
  if (file.endsWith('.html')) return !isRedirect && urlOfFile(file) !== PATHS.notFound;
  return (
    file.startsWith('_astro/') ||
    file.startsWith(PATHS.searchBundle.slice(1)) ||
    file.startsWith(PATHS.icons.slice(1)) ||
    ([PATHS.favicon, PATHS.webManifest] as string[]).includes(`/${file}`)
  );
}

/** A file's digest as the worker computes it: SHA-256, base64url, first 16 characters (96 bits). */
export function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
}

/**
 * What a reader downloads for a file: its size after brotli, as hosts serve text (images are sent as they are). At
 * quality 5, what hosts use when they compress on the fly: within a few per cent of the best, and a hundred times
 * quicker over a thousand pages.
 */
export function downloadBytes(file: string, bytes: Uint8Array): number {
  if (/\.(png|jpe?g|webp|avif|gif)$/.test(file)) return bytes.byteLength;
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).byteLength;
}

/** The page the Pagefind fragment at `path` describes (read as the search index reads it). */
export function fragmentPage(path: string, bytes: Uint8Array): string | undefined {
  const { url } = fragmentRecord(path, bytes) as { url?: unknown };
  return typeof url === 'string' ? url : undefined;
}

/**
 * The styles and scripts pages load at once: those their HTML names, and the modules those import statically (not
 * the ones loaded on demand with `import()`).
 */
export function shellFiles(files: readonly BuiltFile[]): string[] {
  const text = new Map(files.map((built) => [urlOfFile(built.file), Buffer.from(built.bytes).toString('utf8')]));
  const pending = files
    .filter((built) => built.file.endsWith('.html') && isKept(built))
    .flatMap((built) =>
      [...text.get(urlOfFile(built.file))!.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((match) => match[1]!),
    );
  const shell = new Set<string>();
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (shell.has(path) || !text.has(path)) continue;
    shell.add(path);
    if (!path.endsWith('.js')) continue;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const [, name] of text.get(path)!.matchAll(/(?:\bimport|\bfrom)\s*["'`]\.\/([^"'`]+)["'`]/g))
      pending.push(folder + name);
  }
  return [...shell].sort();
}

/** A kept file with the facts the worker needs. */
interface KeptFile {
  built: BuiltFile;
  path: string;
  digest: string;
  bytes: number;
}

/** Digest and download size by file contents: the build id and both manifests ask for them, over mostly the same files. */
const factsOf = new WeakMap<Uint8Array, { digest: string; bytes: number }>();

/** The kept files among `files`, in path order. */
function keptFiles(files: readonly BuiltFile[]): KeptFile[] {
  return files
    .filter(isKept)
    .map((built) => {
      let facts = factsOf.get(built.bytes);
      if (!facts)
        factsOf.set(
          built.bytes,
          (facts = { digest: digest(built.bytes), bytes: downloadBytes(built.file, built.bytes) }),
        );
      return { built, path: urlOfFile(built.file), ...facts };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The build's id: a digest of every kept file's path and contents, so any change to them gives a new id. */
export function buildId(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const { path, digest } of keptFiles(files)) hash.update(`${path}\0${digest}\n`);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The worker's manifest for a finished build with id `id`. `isSection` tells which kept pages are sections of the
 * guide (for the "Saved: 12 sections" count).
 */
export function offlineManifest(
  files: readonly BuiltFile[],
  id: string,
  isSection: (file: BuiltFile) => boolean,
): OfflineManifest {
  const kept = keptFiles(files);
  return {
    buildId: id,
    cache: cacheName(id),
    files: Object.fromEntries(kept.map(({ path, digest, bytes }) => [path, [digest, bytes] as const])),
    fragments: Object.fromEntries(
      kept
        .filter(({ path }) => path.startsWith(`${PATHS.searchBundle}fragment/`))
        .flatMap(({ built, path }) => {
          const page = fragmentPage(path, built.bytes);
          return page ? [[page, path]] : [];
        }),
    ),
    save: kept.map(({ path }) => path),
    shell: shellFiles(files),
    sections: kept.filter(({ built }) => isSection(built)).length,
    offlinePage: PATHS.offline,
  };
}
