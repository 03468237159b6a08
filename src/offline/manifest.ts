/**
 * What the build tells the service worker (src/client/offline/worker.ts) about itself: written into /sw.js by
 * src/integrations/offline/. Pure data types and names, safe anywhere.
 */
import { BASE } from '../consts';

/** A file the worker may keep: its content digest (to refuse another build's copy) and its download size. */
export type OfflineFileFacts = readonly [digest: string, downloadBytes: number];

export interface OfflineManifest {
  /** Names this build; changes whenever any file the worker keeps changes. */
  buildId: string;
  /**
   * Every file the worker may keep, by site path (`/`, `/benefits/`, `/_astro/…`, `/search-index/…`): what "Save this
   * guide" downloads (every page, asset and search file; no link-preview images).
   */
  files: Readonly<Record<string, OfflineFileFacts>>;
  /**
   * Former addresses and the pages they lead to: the worker redirects them itself, online and offline (hosts with real
   * redirects never serve the build's fallback page there, so it is not kept).
   */
  redirects: Readonly<Record<string, string>>;
  /**
   * What every page of this build needs to run, fetched when the worker installs: styles, every script (those loaded
   * on demand too), the files pages link to (icon, web app manifest) and the offline page.
   */
  shell: readonly string[];
  /** The search file: kept once a reader has searched online (and with a saved guide), so search works offline. */
  search: readonly string[];
  /**
   * Where the files are that are kept only as a reader's searches use them, never all at once: the lexicon's shards
   * (a path prefix). A search loads a few of the thousand; saving them all would triple what "Save" downloads.
   */
  onUse: string;
  /** Sections of the guide among the saved pages, for "Saved: 12 sections and search". */
  sections: number;
  /** The page shown for a page that is neither saved nor reachable. */
  offlinePage: string;
  /** Bytes the saved copy takes on the device (files as stored, uncompressed), for "the guide needs 0.6 MB". */
  storeBytes: number;
}

/** What /sw.js carries of its build: the id, and where its manifest is with the manifest's digest. */
export interface OfflineBuild {
  buildId: string;
  /** Site path of the manifest, `/sw-<build id>.json`. */
  manifest: string;
  digest: string;
}

/** Where a build's manifest is published: beside the worker, in the folder the site is published under. */
export const manifestPath = (buildId: string, base = BASE) => `${base}sw-${buildId}.json`;

/**
 * Every build's cache is named this and its build id. Caches belong to the whole origin, so a guide published under a
 * folder (`/massage-guide/`) names its caches after it: two guides on one domain never take each other's.
 */
export const cachePrefix = (base = BASE) => `guide-${base === '/' ? '' : base}`;

/** A request path the worker keeps in its cache to record that the reader saved the whole guide. */
export const savedMark = (base = BASE) => `${base}.offline/saved`;

/** The cache's name for a build. */
export const cacheName = (buildId: string, base = BASE) => `${cachePrefix(base)}${buildId}`;

/** The build id in the name of one of this guide's caches (`guide-<id>`), or undefined for any other cache. */
export function buildOfCache(name: string, base = BASE): string | undefined {
  const prefix = cachePrefix(base);
  const id = name.startsWith(prefix) ? name.slice(prefix.length) : '';
  return /^[0-9a-f]+$/.test(id) ? id : undefined;
}

/**
 * A stand-in the save control carries until the build's end, when src/integrations/offline/ writes in the size of the
 * whole guide (roughKilobytes).
 */
export const SAVE_SIZE_PLACEHOLDER = '0save0size0placeholder0';

/**
 * Messages to a worker: from pages (`status`, `save`, `remove`, `activate`), and from the active worker to a newer
 * one waiting to take over (`keep` pages read meanwhile, or the whole guide without `paths`; `clear` its copy).
 */
export type WorkerMessage =
  { type: 'status' | 'save' | 'remove' | 'activate' | 'clear' } | { type: 'keep'; paths?: readonly string[] };

/** Why a save did not complete: the connection, another build on the host, or no room on the device. */
export type SaveFailure = 'network' | 'changed' | 'storage';

/** The saved copy as the worker has checked it: saved only if its mark and every file are there. */
export interface SaveStatus {
  /** The worker's build. */
  build: string;
  /** Its cache, `cacheName(build)`: the offline page looks in it for the pages it lists. */
  cache: string;
  saved: boolean;
  sections: number;
  /** Download size of the whole saved copy, as readers read it: "192 KB". */
  size: string;
}

/** The worker's answer, on the message's port: progress while saving, then the state and what went wrong if anything. */
export type SaveProgress =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done'; failed?: SaveFailure; room?: StorageRoom } & SaveStatus);

/** Room for the saved copy, in bytes: what the browser says is free, and what the copy needs. */
export interface StorageRoom {
  free: number;
  needs: number;
}

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

/**
 * "210 KB": a size to two significant figures, as the save control states it before a save. It changes only when the
 * guide grows or shrinks by a few per cent, so an edit to one section leaves the pages that state it unchanged.
 */
export function roughKilobytes(bytes: number): string {
  const kilobytes = Math.max(1, bytes / 1000);
  const step = 10 ** Math.max(0, Math.floor(Math.log10(kilobytes)) - 1);
  return `${(Math.round(kilobytes / step) * step).toLocaleString('en-US')} KB`;
}

/** What "Save this guide" keeps: every file but those kept on use. */
export function savedFiles(manifest: OfflineManifest): string[] {
  return Object.keys(manifest.files).filter((path) => !path.startsWith(manifest.onUse));
}

/** What "Save this guide" downloads, in bytes. */
export function saveBytes(manifest: OfflineManifest): number {
  return savedFiles(manifest).reduce((total, path) => total + manifest.files[path]![1], 0);
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
