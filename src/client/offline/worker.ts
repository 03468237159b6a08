/**
 * The service worker, bundled into /sw.js by src/integrations/offline/ with this build's id and the digest of its
 * manifest (`/sw-<build id>.json`, the files and their digests: fetched once, checked, and kept in the build's cache,
 * so that the worker stays the same size however large the guide grows). It keeps the pages
 * a reader opens, and the whole guide when they choose "Save this guide", in one cache named after the build. The
 * rules it keeps (docs/offline.md):
 * - A build's cache takes over only once complete and checked. Install fetches the shell and what the reader had (the
 *   whole guide if they saved it), copies files whose bytes did not change from the old cache, checks every digest,
 *   and fails if anything is missing, leaving the old worker and its cache in charge.
 * - A page runs only with its own build's files: from that build's cache, or from the network when the copy is that
 *   build's. Pages of a newer build, read while it waits to take over, are kept by its worker.
 * - Keeping a copy never delays or replaces a network response, and a save ends with what happened and why.
 */
import {
  buildOfCache,
  cacheName,
  type OfflineBuild,
  contentDigest,
  kilobytes,
  manifestPath,
  saveBytes,
  savedFiles,
  savedMark,
  sitePath,
  type OfflineManifest,
  type SaveFailure,
  type SaveProgress,
  type SaveStatus,
  type WorkerMessage,
} from '../../offline/manifest';
import { BASE } from '../../consts';

/** This build, written in by the build (esbuild `define`). */
declare const OFFLINE_BUILD: OfflineBuild;
const { buildId } = OFFLINE_BUILD;
const CACHE = cacheName(buildId);

// The worker's global scope, with what it uses (TypeScript's DOM library does not describe it).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  clientId: string;
  resultingClientId: string;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: WorkerMessage;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  registration: { installing: ServiceWorker | null; waiting: ServiceWorker | null; update(): Promise<unknown> };
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const scope = self as unknown as WorkerScope;

const ownCache = () => caches.open(CACHE);

const digestOf = async (response: Response) => contentDigest(await response.arrayBuffer());

/** This build's manifest, its files and what "Save this guide" keeps (every file but those kept on use), once `loaded`. */
let manifest: OfflineManifest;
let files: OfflineManifest['files'];
let guide: string[];

/** Loads the manifest: kept in this build's cache, else fetched and checked against the digest this script carries. */
const loaded = (async () => {
  let response = await caches.match(OFFLINE_BUILD.manifest, { cacheName: CACHE });
  if (!response) {
    response = await fetch(OFFLINE_BUILD.manifest, { cache: 'no-cache' });
    if (!response.ok || (await digestOf(response.clone())) !== OFFLINE_BUILD.digest) throw new Error('changed');
    await (await ownCache()).put(OFFLINE_BUILD.manifest, response.clone());
  }
  manifest = (await response.json()) as OfflineManifest;
  files = manifest.files;
  guide = savedFiles(manifest);
})();
// Each event waits for it, and fails (or goes to the network) if it could not load.
loaded.catch(() => {});

/** A download that has sent nothing for this long has failed (a connection that hangs rather than drops). */
const FETCH_TIMEOUT_MS = 20_000;

/** Where the cache notes the build of a page from a newer build (by client id), should the worker restart. */
const CLIENT_BUILD = `${BASE}.offline/client/`;

/** The build noted for a page of a build whose worker this browser does not have yet: it names no cache. */
const OTHER_BUILD = 'other';

/** Other builds' caches of this guide (not those of another guide on the same domain). */
const olderCaches = async () =>
  (await caches.keys()).filter((name) => buildOfCache(name) !== undefined && name !== CACHE);

/** The worker of a newer build, installing or waiting to take over (tells it what the reader does meanwhile). */
const tellNewer = (message: WorkerMessage) => {
  for (const worker of [scope.registration.installing, scope.registration.waiting]) worker?.postMessage(message);
};

/** Why keeping a file failed, from the error. */
const failureOf = (error: unknown): SaveFailure =>
  (error as Error).name === 'QuotaExceededError'
    ? 'storage'
    : (error as Error).message === 'changed'
      ? 'changed'
      : 'network';

/**
 * This build's copy of `path` from the network, checked against its digest. Another build's copy (the host has
 * moved on) throws `changed`, and the worker looks for its own update.
 */
async function fetchChecked(path: string): Promise<Response> {
  // Revalidated, so that the browser's HTTP cache cannot hand over another build's copy of a fixed-name file.
  const response = await fetch(path, { cache: 'no-cache', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (response.status >= 500) throw new Error('network');
  if (response.ok && !response.redirected && (await digestOf(response.clone())) === files[path]?.[0]) return response;
  void scope.registration.update();
  throw new Error('changed');
}

/** A copy of `path` in an older cache whose bytes are this build's: copied forward rather than downloaded again. */
async function copyOf(path: string, older: readonly string[]): Promise<Response | undefined> {
  for (const name of older) {
    const copy = await caches.match(path, { cacheName: name });
    if (copy && (await digestOf(copy.clone())) === files[path]![0]) return copy;
  }
}

/**
 * Keeps every one of `paths` that this build has: already kept, copied from an `older` cache, or fetched and
 * checked (a dropped request is tried once more). Stops at the first failure and resolves with its reason.
 */
async function keepAll(
  paths: readonly string[],
  older: readonly string[] = [],
  onEach = () => {},
): Promise<SaveFailure | undefined> {
  const cache = await ownCache();
  const queue = [...new Set(paths)].filter((path) => path in files);
  let failed: SaveFailure | undefined;
  // A few at a time, as a browser would: the whole guide is about a hundred small files.
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined && !failed; path = queue.shift()) {
      try {
        if (!(await cache.match(path)))
          await cache.put(
            path,
            (await copyOf(path, older)) ?? (await fetchChecked(path).catch(() => fetchChecked(path))),
          );
        onEach();
      } catch (error) {
        failed ??= failureOf(error);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return failed;
}

/** Whether this build's cache holds every one of `paths`: the check before a cache takes over or is called saved. */
async function holdsAll(paths: readonly string[]): Promise<boolean> {
  const cache = await ownCache();
  return (await Promise.all(paths.map((path) => cache.match(path)))).every(Boolean);
}

/** Marks this build's copy as saved, once every file of the guide is checked to be in it. */
async function markIfSaved(): Promise<void> {
  if (await holdsAll(guide)) await (await ownCache()).put(savedMark(), new Response());
}

async function status(): Promise<SaveStatus> {
  const saved = !!(await caches.match(savedMark(), { cacheName: CACHE })) && (await holdsAll(guide));
  return { build: buildId, cache: CACHE, saved, sections: manifest.sections, size: kilobytes(saveBytes(manifest)) };
}

type SaveResult = Extract<SaveProgress, { type: 'done' }>;

/** Saves the whole guide, telling `port` each file done; resolves with the checked result and what went wrong. */
async function saveAll(port?: MessagePort): Promise<SaveResult> {
  let done = 0;
  const total = guide.length;
  let failed = await keepAll(guide, [], () => port?.postMessage({ type: 'progress', done: ++done, total }));
  if (!failed) await markIfSaved().catch((error: unknown) => (failed = failureOf(error)));
  if (failed !== 'storage') return { type: 'done', ...(await status()), failed };
  const { quota = 0, usage = 0 } = await navigator.storage.estimate();
  return { type: 'done', ...(await status()), failed, room: { free: quota - usage, needs: manifest.storeBytes } };
}

/** Removes the saved copy and the pages kept; the shell stays, so that a missing page still explains itself. */
async function clear(): Promise<void> {
  const cache = await ownCache();
  for (const request of await cache.keys()) {
    const path = sitePath(new URL(request.url));
    if (path !== OFFLINE_BUILD.manifest && !manifest.shell.includes(path)) await cache.delete(request);
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await loaded;
      // An update keeps, from this build, what the reader had: the whole guide if they saved it; else the pages they
      // read (those open now too) and, if they searched, the search engine.
      const older = await olderCaches();
      let saved = false;
      const had: string[] = [];
      for (const name of older) {
        const cache = await caches.open(name);
        saved ||= !!(await cache.match(savedMark()));
        for (const request of await cache.keys()) had.push(sitePath(new URL(request.url)));
      }
      // (On a first visit no page is controlled yet: the page that registered this worker is kept too.)
      for (const client of await scope.clients.matchAll({ type: 'window', includeUncontrolled: true }))
        had.push(sitePath(new URL(client.url)));
      const searched = had.some((path) => manifest.search.includes(path));
      const wanted = [...manifest.shell, ...(saved ? guide : [...had, ...(searched ? manifest.search : [])])].filter(
        (path) => path in files,
      );
      const failed = await keepAll(wanted, older);
      if (failed || !(await holdsAll(wanted))) {
        // Incomplete: this build never takes over, and its partial copy goes. The next visit tries again.
        await caches.delete(CACHE);
        throw new Error(`Build ${buildId} not installed: ${failed ?? 'incomplete'}`);
      }
      // Saved, unless the reader removed the saved copy meanwhile.
      if (saved && (await caches.match(savedMark()))) await markIfSaved();
      // The first worker starts straight away; an update waits until the reader reloads (the page offers it).
      if (!older.length) await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await loaded;
      // This build's cache is complete: the old ones go, and pages still showing them reload (register.ts).
      for (const name of await olderCaches()) await caches.delete(name);
      await scope.clients.claim();
      // Pages opened while this worker installed had no worker to keep them: they are kept now.
      const open = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await keepAll(open.map((client) => sitePath(new URL(client.url))));
    })(),
  );
});

/** Build id of the page each client shows, for pages read from the network (filled as they arrive). */
const pageBuilds = new Map<string, Promise<string | undefined>>();

/** The build of the page `clientId` shows: noted when it arrived; this build's unless noted otherwise. */
async function buildOf(clientId: string): Promise<string> {
  const noted =
    (await pageBuilds.get(clientId)) ??
    (await (await caches.match(CLIENT_BUILD + clientId, { cacheName: CACHE }))?.text());
  return noted || buildId;
}

/**
 * The build whose file `path` has this `digest`, among the builds whose caches this browser holds (a newer build's
 * worker keeps its manifest in its cache); undefined when none has it. Pages carry no build id: their bytes tell.
 */
async function buildWith(path: string, digest: string): Promise<string | undefined> {
  for (const name of await olderCaches()) {
    const build = buildOfCache(name)!;
    const kept = await caches.match(manifestPath(build), { cacheName: name });
    const other = kept && ((await kept.json()) as OfflineManifest);
    if (other?.files[path]?.[0] === digest) return build;
  }
}

/**
 * Looks at a page that came from the network (a copy of its response): keeps it if it is this build's; a page of another build (the host has moved on) is noted as such, with the build if a newer worker
 * has it, and handed to that build's worker to keep. Resolves with the page's build, if known.
 */
async function readPage(clientId: string, path: string, response: Response): Promise<string | undefined> {
  const copy = response.clone();
  const body = await response.arrayBuffer();
  if (!response.ok) return undefined;
  const digest = await contentDigest(body);
  if (digest === files[path]?.[0]) {
    await (await ownCache()).put(path, copy).catch(() => {});
    return buildId;
  }
  // Another build's page: its files come from its own build's cache, or from the host, never from this build's.
  const build = (await buildWith(path, digest)) ?? OTHER_BUILD;
  await (await ownCache()).put(CLIENT_BUILD + clientId, new Response(build)).catch(() => {});
  void scope.registration.update();
  tellNewer({ type: 'keep', paths: [path] });
  return build;
}

/** A page: this build's kept copy, else the network's (kept in the background), else the offline page. */
async function openPage(event: FetchEvent, url: URL, path: string): Promise<Response> {
  // A former address, with or without its final slash.
  const moved = manifest.redirects[path] ?? manifest.redirects[`${path}/`];
  if (moved) return Response.redirect(`${moved}${url.search}`, 301);
  // A kept page's address written without its final slash.
  if (!(path in files) && `${path}/` in files) return Response.redirect(`${path}/${url.search}`, 301);
  const cache = await ownCache();
  const kept = await cache.match(path);
  if (kept) return kept;
  try {
    // The request as the browser made it, so that a redirect reaches the browser as one.
    const response = await fetch(event.request);
    const build = readPage(event.resultingClientId, path, response.clone()).catch(() => undefined);
    pageBuilds.set(event.resultingClientId, build);
    event.waitUntil(build);
    return response;
  } catch {
    return (await cache.match(manifest.offlinePage)) ?? Response.error();
  }
}

/** A file a page loads: from the cache of the page's own build; from the network only as that build's copy. */
async function openFile(event: FetchEvent, path: string): Promise<Response> {
  const build = await buildOf(event.clientId);
  const kept = await caches.match(path, { cacheName: cacheName(build) });
  if (kept) return kept;
  // A newer build's page: its files come from the host, which serves that build; its own worker checks what it keeps.
  if (build !== buildId || !(path in files)) return fetch(event.request);
  const response = await fetchChecked(path);
  // Copied before the page reads it; kept meanwhile, and a failed write is only a copy not kept.
  const copy = response.clone();
  event.waitUntil(
    ownCache()
      .then((cache) => cache.put(path, copy))
      .catch(() => {}),
  );
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  const path = sitePath(url);
  event.respondWith(
    loaded.then(
      () => (request.mode === 'navigate' ? openPage(event, url, path) : openFile(event, path)),
      // Without its manifest the worker cannot tell its files: the network answers.
      () => fetch(request),
    ),
  );
});

scope.addEventListener('message', (event) => {
  const message = event.data;
  const port = event.ports[0];
  event.waitUntil(
    (async () => {
      await loaded;
      if (message.type === 'save') {
        const result = await saveAll(port);
        port?.postMessage(result);
        // A newer build waiting to take over saves its copy too, so that the update keeps the guide saved.
        if (!result.failed) tellNewer({ type: 'keep' });
        return;
      }
      if (message.type === 'keep') {
        await keepAll(message.paths ?? guide);
        if (!message.paths) await markIfSaved();
      } else if (message.type === 'remove' || message.type === 'clear') {
        await clear();
        // A newer build waiting to take over drops its copy too, and keeps its shell.
        if (message.type === 'remove') tellNewer({ type: 'clear' });
      } else if (message.type === 'activate') await scope.skipWaiting();
      port?.postMessage({ type: 'done', ...(await status()) } satisfies SaveProgress);
    })(),
  );
});
