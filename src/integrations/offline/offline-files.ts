/**
 * Which built files the service worker may keep, and the facts it needs about each. Pure functions over file names
 * and contents; src/integrations/offline/index.ts reads and writes the files. Files are named by their path in the
 * output folder; the worker knows them by address, under the folder the site is published in (`base`, `/` or
 * `/massage-guide/`), which is also the worker's scope.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants } from 'node:zlib';
import { ROUTES, sitePaths } from '../../consts';
import type { OfflineManifest } from '../../offline/manifest';
import { parsePage, urlOfFile, type DistPage } from '../built-site/dist-pages';
import { LEXICON_FOLDER } from '../search-index/meaning/shards';

/** The lexicon's shards, kept as searches use them rather than saved all at once (see OfflineManifest.onUse). */
export const keptOnUse = (base = '/') => `${sitePaths(base).searchBundle}${LEXICON_FOLDER}`;

/** The address of a file in the output folder under `base`: `a/index.html` → `/massage-guide/a/`. */
export const addressOfFile = (file: string, base = '/') => base + urlOfFile(file).slice(1);

/**
 * Whether the worker keeps a file: every page but the not-found page (former addresses too, so that an old link
 * still opens offline), the site's scripts, styles and icons, and the search bundle. Link-preview images, host files
 * and the worker itself are left out.
 */
export function isKept(file: string): boolean {
  if (file.endsWith('.html')) return file !== ROUTES.notFound;
  return (
    file.startsWith('_astro/') ||
    file.startsWith(ROUTES.searchBundle) ||
    file.startsWith(ROUTES.icons) ||
    ([ROUTES.favicon, ROUTES.webManifest] as string[]).includes(file)
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

/** What the worker's manifest needs of one kept file; worked out from its bytes once (./index.ts caches pages'). */
export interface KeptFile {
  /** Site path: `/overview/`, `/_astro/a.js`. */
  path: string;
  digest: string;
  /** Download size (brotli). */
  bytes: number;
  /** Bytes as stored on the device. */
  stored: number;
  /** For a page: whether it is a section of the guide (search indexes it). */
  section?: boolean;
  /** For a former address's page (Astro's redirect stub): the address it sends readers to. */
  redirectTo?: string;
  /** For a page: the site's own files it links to or loads (`src`/`href` paths that are not pages). */
  links?: string[];
}

/**
 * The facts of a kept file from its path in the output folder and its bytes, for a site published under `base`. A
 * page's come from what the build's one reader of pages found in it (`page`, parsed here if not given). `sizes` holds
 * download sizes already worked out, by the digest of the bytes (compressing a thousand lexicon shards again takes a
 * while); new ones are added to it.
 */
export function keptFile(
  file: string,
  bytes: Uint8Array,
  base = '/',
  page?: Pick<DistPage, 'isSection' | 'redirectTo' | 'links'>,
  sizes?: Map<string, number>,
): KeptFile {
  const path = addressOfFile(file, base);
  const hash = digest(bytes);
  const size = sizes?.get(hash) ?? downloadBytes(file, bytes);
  sizes?.set(hash, size);
  const facts: KeptFile = { path, digest: hash, bytes: size, stored: bytes.byteLength };
  if (file.endsWith('.html')) {
    const { isSection, redirectTo, links } = page ?? parsePage(file, Buffer.from(bytes).toString('utf8'));
    facts.section = isSection;
    if (redirectTo) facts.redirectTo = redirectTo;
    // The site's own files it links to or loads: absolute paths that are not pages (no trailing slash), no query.
    facts.links = [...new Set(links.map(({ href }) => href).filter((href) => /^\/[^?#]*[^/?#]$/.test(href)))];
  }
  return facts;
}

/**
 * What every page needs to run, fetched when the worker installs (so that an update never leaves a kept page without
 * it): every style and script (those loaded on demand too: a page kept from an older build may load one after the
 * host has moved on), the other files pages link to (icon, web app manifest) and the offline page.
 */
export function shellFiles(kept: readonly KeptFile[], base = '/'): string[] {
  const paths = new Set(kept.map(({ path }) => path));
  const shell = new Set<string>([sitePaths(base).offline]);
  for (const path of paths) if (path.startsWith(`${base}_astro/`)) shell.add(path);
  for (const { links = [] } of kept) for (const path of links) if (paths.has(path)) shell.add(path);
  return [...shell].filter((path) => paths.has(path)).sort();
}

/** In path order, as the build id and the manifest list them. */
const byPath = (kept: readonly KeptFile[]) => [...kept].sort((a, b) => a.path.localeCompare(b.path));

/** The build's id: a digest of every kept file's path and contents, so any change to them gives a new id. */
export function buildId(kept: readonly KeptFile[]): string {
  const hash = createHash('sha256');
  for (const { path, digest } of byPath(kept)) hash.update(`${path}\0${digest}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** The worker's manifest for a finished build with id `id`, from the facts of its kept files, published under `base`. */
export function offlineManifest(files: readonly KeptFile[], id: string, base = '/'): OfflineManifest {
  const kept = byPath(files);
  const paths = sitePaths(base);
  const onUse = keptOnUse(base);
  // A former address is answered by the worker itself: hosts with real redirects never serve its page.
  const pages = kept.filter(({ redirectTo }) => !redirectTo);
  return {
    buildId: id,
    files: Object.fromEntries(pages.map(({ path, digest, bytes }) => [path, [digest, bytes] as const])),
    redirects: Object.fromEntries(kept.flatMap(({ path, redirectTo }) => (redirectTo ? [[path, redirectTo]] : []))),
    shell: shellFiles(pages, base),
    search: pages
      .map(({ path }) => path)
      .filter((path) => path.startsWith(paths.searchBundle) && !path.startsWith(onUse)),
    onUse,
    sections: pages.filter(({ section }) => section).length,
    offlinePage: paths.offline,
    storeBytes: pages.filter(({ path }) => !path.startsWith(onUse)).reduce((total, { stored }) => total + stored, 0),
  };
}
