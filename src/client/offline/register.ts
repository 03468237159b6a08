/**
 * `<update-notice>` on every page (src/components/offline/UpdateNotice.astro): registers the service worker, hands
 * it the page a first visit loaded before it existed, and says so when a newer build of the guide is ready.
 */
import type { PageMessage } from './offline-manifest';
import { registration } from './worker-registration';

const post = (worker: ServiceWorker | null | undefined, message: PageMessage) => worker?.postMessage(message);

class UpdateNotice extends HTMLElement {
  connectedCallback() {
    const { serviceWorker } = navigator;
    if (!serviceWorker) return;
    const status = this.querySelector('[role=status]')!;
    const button = this.querySelector('button')!;
    let reloading = false;
    const offer = (waiting: ServiceWorker | null) => {
      // Only an update: the first worker starts by itself.
      if (!waiting || !serviceWorker.controller) return;
      status.textContent = 'This guide has been updated. Reload to see the new version.';
      button.hidden = false;
      button.onclick = () => {
        reloading = true;
        post(waiting, { type: 'activate' });
      };
    };
    serviceWorker.addEventListener('controllerchange', () => reloading && location.reload());
    const track = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    void registration.then((registered) => {
      if (!registered) return;
      // An update may be waiting already, or on its way since before this page.
      offer(registered.waiting);
      track(registered.installing);
      registered.addEventListener('updatefound', () => track(registered.installing));
    });
    // A first visit came from the network before the worker existed: it keeps this page and what it loaded now.
    if (!serviceWorker.controller)
      void serviceWorker.ready.then(({ active }) =>
        post(active, {
          type: 'keep',
          paths: [location.pathname, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
        }),
      );
  }
}

customElements.define('update-notice', UpdateNotice);
