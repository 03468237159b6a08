/**
 * The offline page's inline script: the page is shown when there is no connection, so it cannot count on fetching a
 * script file that was never kept. Of the guide's pages it lists, it keeps those in the cache of the worker that
 * serves the page (its build's cache, which the worker names when asked its status), so that every link the reader
 * sees opens; the list shows once that is known (its room is kept in global.css).
 */
import type { SaveProgress, WorkerMessage } from '../../offline/manifest';

/** The cache of the worker that serves this page, or undefined without one (or when it does not answer in time). */
function workerCache(): Promise<string | undefined> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(undefined);
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveProgress>) =>
      done(event.data.type === 'done' ? event.data.cache : undefined);
    worker.postMessage({ type: 'status' } satisfies WorkerMessage, [channel.port2]);
    setTimeout(done, 5000);
  });
}

async function showSaved(): Promise<void> {
  const list = document.querySelector('offline-pages')!;
  const items = list.querySelector('ul')!;
  items.hidden = true;
  const cacheName = await workerCache();
  let shown = 0;
  for (const link of list.querySelectorAll('a')) {
    const saved = !!cacheName && !!(await caches.match(link.getAttribute('href')!, { cacheName }));
    link.closest('li')!.hidden = !saved;
    if (saved) shown++;
  }
  list.querySelector<HTMLElement>('[data-none]')!.hidden = shown > 0;
  items.hidden = false;
}

void showSaved();
