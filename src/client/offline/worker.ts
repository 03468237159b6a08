/**
 * The service worker, bundled into /sw.js with this build's manifest by src/integrations/offline/. It keeps every
 * page a reader opens (and what that page loads), and the whole guide when they choose "Save this guide", in one
 * cache named after the build. Files are taken only if their digest matches this build's, so two builds never mix in
 * a cache; a newer build is installed beside the old one, offered to the reader, and replaces it when they reload.
 */
import {
  CACHE_PREFIX,
  contentDigest,
  kilobytes,
  saveBytes,
  sitePath,
  type OfflineManifest,
  type PageMessage,
  type SavedCopy,
  type SaveProgress,
  type SaveStatus,
} from './offline-manifest';
import { OFFLINE } from '../../consts';

/** This build's manifest, written in by the build (esbuild `define`). */
declare const OFFLINE_MANIFEST: OfflineManifest;
const manifest = OFFLINE_MANIFEST;

// The worker's global scope, with what it uses (TypeScript's DOM library does not describe it).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  data: PageMessage;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  registration: { update(): Promise<unknown> };
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window' }): Promise<readonly { url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
}
const scope = self as unknown as WorkerScope;

/** Caches of other builds of the guide. */
async function olderCaches(): Promise<string[]> {
  return (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== manifest.cache);
}

/**
 * Fetches a file of this build from the network and keeps it if it is this build's copy. A copy from another build
 * (the site was updated) is passed on but not kept, and the worker looks for its own update.
 */
async function fetchAndKeep(path: string, cache: Cache): Promise<Response> {
  // Revalidated, so that the browser's HTTP cache cannot hand over another build's copy of a fixed-name file.
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok || response.redirected) return response;
  const expected = manifest.files[path]?.[0];
  if (expected && (await contentDigest(await response.clone().arrayBuffer())) === expected) {
    await cache.put(path, response.clone());
  } else {
    void scope.registration.update();
  }
  return response;
}

/** The paths with each page's search fragment beside it, so that search finds the page offline. */
const withFragments = (paths: readonly string[]) =>
  paths.flatMap((path) => [path, ...(manifest.fragments[path] ? [manifest.fragments[path]] : [])]);

/** Keeps each path not kept yet; `onEach` hears of every one done, kept or not (offline, gone). */
async function keepAll(paths: readonly string[], onEach: () => void = () => {}): Promise<void> {
  const cache = await caches.open(manifest.cache);
  const queue = [...new Set(paths)].filter((path) => path in manifest.files);
  // A few at a time, as a browser would: the whole guide is about a hundred small files.
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      if (!(await cache.match(path))) await fetchAndKeep(path, cache).catch(() => undefined);
      onEach();
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/** Marks this build's cache as a saved copy, with what it holds for the control to show on later visits. */
async function markSaved(): Promise<void> {
  const summary: SavedCopy = { sections: manifest.sections, size: kilobytes(saveBytes(manifest)) };
  await (await caches.open(manifest.cache)).put(OFFLINE.savedMark, Response.json(summary));
}

async function status(): Promise<SaveStatus> {
  const cache = await caches.open(manifest.cache);
  const saved =
    !!(await cache.match(OFFLINE.savedMark)) &&
    (await Promise.all(manifest.save.map((path) => cache.match(path)))).every(Boolean);
  return { saved, sections: manifest.sections, size: kilobytes(saveBytes(manifest)) };
}

async function saveAll(port: MessagePort | undefined): Promise<void> {
  let done = 0;
  const total = manifest.save.length;
  await keepAll(manifest.save, () =>
    port?.postMessage({ type: 'progress', done: ++done, total } satisfies SaveProgress),
  );
  // Marked even if a file could not be fetched, so that trying again, or the next update, fetches the whole guide.
  await markSaved();
  port?.postMessage({ type: 'done', ...(await status()) } satisfies SaveProgress);
}

/** Removes the saved copy and every kept page; the offline page stays, so that a missing page still explains itself. */
async function removeAll(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  await keepAll([manifest.offlinePage]);
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // An update fetches again, from this build, what the reader had: the whole guide if they saved it.
      const older = await olderCaches();
      const had: string[] = [];
      let saved = false;
      for (const name of older) {
        const cache = await caches.open(name);
        saved ||= !!(await cache.match(OFFLINE.savedMark));
        for (const request of await cache.keys()) had.push(sitePath(new URL(request.url)));
      }
      await keepAll([manifest.offlinePage, ...(saved ? manifest.save : withFragments(had))]);
      if (saved) await markSaved();
      // The first worker starts straight away; an update waits until the reader reloads (the page offers it).
      if (!older.length) await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // This build's cache is complete: the old ones go.
      for (const name of await olderCaches()) await caches.delete(name);
      await scope.clients.claim();
      // The pages open now came before this worker (a first visit): they are kept, with what every page loads.
      const open = await scope.clients.matchAll({ type: 'window' });
      await keepAll(withFragments([...manifest.shell, ...open.map((client) => sitePath(new URL(client.url)))]));
    })(),
  );
});

/** The offline page, for a page that is neither kept nor reachable. */
async function offlinePage(): Promise<Response> {
  return (await (await caches.open(manifest.cache)).match(manifest.offlinePage)) ?? Response.error();
}

async function respond(event: FetchEvent, path: string | undefined): Promise<Response> {
  const { request } = event;
  const isPage = request.mode === 'navigate';
  try {
    if (!path) return await fetch(request);
    const cache = await caches.open(manifest.cache);
    // A page is kept with its search fragment, so that search finds it offline.
    const fragment = manifest.fragments[path];
    if (fragment) event.waitUntil(keepAll([fragment]));
    return (await cache.match(path)) ?? (await fetchAndKeep(path, cache));
  } catch {
    return isPage ? offlinePage() : Response.error();
  }
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  const path = sitePath(url);
  const known = path in manifest.files ? path : undefined;
  // Only this build's files and page visits are the worker's business; anything else goes to the network untouched.
  if (!known && request.mode !== 'navigate') return;
  event.respondWith(respond(event, known));
});

scope.addEventListener('message', (event) => {
  const message = event.data;
  const port = event.ports[0];
  const work = (async () => {
    if (message.type === 'status') port?.postMessage(await status());
    else if (message.type === 'save') await saveAll(port);
    else if (message.type === 'remove') {
      await removeAll();
      port?.postMessage(await status());
    } else if (message.type === 'activate') await scope.skipWaiting();
  })();
  event.waitUntil(work);
});
