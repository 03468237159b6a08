/**
 * On every page (src/components/offline/UpdateNotice.astro): registers the service worker, says whether it could
 * (for the save control, ./save-control.ts), says so when a newer build of the guide is ready, and reloads the page
 * when that build takes over (here or in another tab), as the old build's files are gone then.
 */
import { OFFLINE, PATHS, WORKER_URL_POLICY } from '../../consts';
import type { WorkerMessage } from '../../offline/manifest';

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string };
}

/** The worker's address; under Trusted Types from the one policy the CSP allows, which accepts nothing else. */
function workerUrl(): string {
  const policy = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(WORKER_URL_POLICY, {
    createScriptURL: (url) => {
      if (url !== PATHS.serviceWorker) throw new TypeError(url);
      return url;
    },
  });
  return policy ? policy.createScriptURL(PATHS.serviceWorker) : PATHS.serviceWorker;
}

const serviceWorker = navigator.serviceWorker as ServiceWorkerContainer | undefined;

/** Tells the page's other parts (the save control) whether the worker is registered. */
function announce(state: 'ready' | 'none'): void {
  document.documentElement.setAttribute(OFFLINE.stateAttribute, state);
  document.dispatchEvent(new Event(OFFLINE.stateEvent));
}

/** Shows the update notice, whose Reload lets the waiting worker take over. */
function offer(waiting: ServiceWorker | null): void {
  // Only an update: the first worker starts by itself.
  if (!waiting || !serviceWorker?.controller) return;
  const notice = document.querySelector('update-notice')!;
  notice.querySelector('[role=status]')!.textContent = 'This guide has been updated. Reload to see the new version.';
  const reload = notice.querySelector('button')!;
  reload.hidden = false;
  // The page reloads once the new worker is in charge; if another tab has put it there already, at once.
  reload.onclick = () =>
    waiting.state === 'installed'
      ? waiting.postMessage({ type: 'activate' } satisfies WorkerMessage)
      : location.reload();
}

if (serviceWorker) {
  // A first worker taking charge changes nothing on the page; an update does.
  let controlled = !!serviceWorker.controller;
  serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });
  const track = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  serviceWorker.register(workerUrl()).then(
    (registration?: ServiceWorkerRegistration) => {
      // A browser that refuses quietly (no registration) keeps no worker either.
      if (!registration) return announce('none');
      announce('ready');
      // An update may be waiting already, or on its way since before this page.
      offer(registration.waiting);
      track(registration.installing);
      registration.addEventListener('updatefound', () => track(registration.installing));
    },
    // Private windows and older browsers keep no service workers.
    () => announce('none'),
  );
} else announce('none');
