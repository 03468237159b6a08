/**
 * What the build tells the service worker (src/client/offline/worker.ts) about itself: written into /sw.js by
 * src/integrations/offline/. Pure data types and names, safe anywhere.
 */

/** A file the worker may keep: its content digest (to refuse another build's copy) and its download size. */
export type OfflineFileFacts = readonly [digest: string, downloadBytes: number];

export interface OfflineManifest {
  /** Names this build; changes whenever any file the worker keeps changes. */
  buildId: string;
  /** The Cache Storage name of this build's files. */
  cache: string;
  /** Every file the worker may keep, by site path (`/`, `/benefits/`, `/_astro/…`, `/pagefind/…`). */
  files: Readonly<Record<string, OfflineFileFacts>>;
  /** The styles and scripts every page loads at once: kept with the first page, which came before the worker. */
  shell: readonly string[];
  /** Each page's search fragment (its title and text for results), kept with the page so search finds it offline. */
  fragments: Readonly<Record<string, string>>;
  /** What "Save this guide" downloads: every page, asset and search file (no link-preview images). */
  save: readonly string[];
  /** Sections of the guide among the saved pages, for "Saved: 12 sections and search". */
  sections: number;
  /** The page shown for a page that is neither saved nor reachable. */
  offlinePage: string;
}

/** Every build's cache starts with this; caches with other names are not the guide's. */
export const CACHE_PREFIX = 'guide-';

/** The cache's name for a build. */
export const cacheName = (buildId: string) => `${CACHE_PREFIX}${buildId}`;

/**
 * Stand-ins the pages carry until the build's end, when src/integrations/offline/ writes in the build's id (on
 * `<html data-build>`, for Pagefind's `metaCacheTag`) and the size of the whole guide (on the save control).
 */
export const BUILD_PLACEHOLDERS = { buildId: '0build0id0placeholder0', saveSize: '0save0size0placeholder0' } as const;

/** Messages pages send to the worker. */
export type PageMessage = { type: 'status' } | { type: 'save' } | { type: 'remove' } | { type: 'activate' };

/** What the worker answers about the saved copy, on the message's port. */
/** What a saved copy holds, kept with its mark so that later visits can say so. */
export interface SavedCopy {
  sections: number;
  /** Download size of the whole saved copy, as readers read it: "192 KB". */
  size: string;
}

export interface SaveStatus extends SavedCopy {
  saved: boolean;
}

/** Progress of a save, then its result, on the message's port. */
export type SaveProgress = { type: 'progress'; done: number; total: number } | ({ type: 'done' } & SaveStatus);

/**
 * The site path a URL is kept under: its pathname, with `…/index.html` as `…/`, without query or fragment (a page
 * opened with `?highlight=` or Pagefind's `?ts=` is the same file).
 */
export function sitePath(url: URL): string {
  return url.pathname.replace(/\/index\.html$/, '/');
}

/** "180 KB": sizes as readers see them, in kilobytes of 1,000 bytes. */
export function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('en-US')} KB`;
}

/** Total download size of what "Save this guide" fetches. */
export function saveBytes(manifest: OfflineManifest): number {
  return manifest.save.reduce((total, path) => total + (manifest.files[path]?.[1] ?? 0), 0);
}

/**
 * A file's digest, as the worker checks it and the build writes it (src/integrations/offline/offline-files.ts):
 * SHA-256, base64url, the first 16 characters (96 bits).
 */
export async function contentDigest(body: BufferSource): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
    .slice(0, 16);
}
