/**
 * Registers the service worker (src/client/offline/worker.ts, built as /sw.js), once per page, for every part of the
 * page that needs it. Under Trusted Types a script URL must come from a policy: the CSP allows one, which accepts the
 * worker's address and nothing else.
 */
import { PATHS, WORKER_URL_POLICY } from '../../consts';

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

function workerUrl(): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const policy = factory?.createPolicy(WORKER_URL_POLICY, {
    createScriptURL: (url) => {
      if (url !== PATHS.serviceWorker) throw new TypeError(`${url} is not the offline worker`);
      return url;
    },
  });
  // The browser takes the trusted value where it would take the string.
  return (policy?.createScriptURL(PATHS.serviceWorker) ?? PATHS.serviceWorker) as string;
}

/** The worker's registration; undefined where the browser keeps no service workers (private windows, old browsers). */
export const registration: Promise<ServiceWorkerRegistration | undefined> = (async () => {
  if (!navigator.serviceWorker) return undefined;
  try {
    return await navigator.serviceWorker.register(workerUrl());
  } catch {
    return undefined;
  }
})();
