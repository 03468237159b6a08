/**
 * The cross-engine suite's host: the built site served as a static host serves it (tests/support/static-server.ts),
 * behind a front that can do four things a test asks for, and nothing else:
 * - `?engines-stub`: puts the speech stand-in (tests/e2e/support/speech-stub.ts, with a phone's voice list) first in
 *   the page's `<head>`, a same-origin script the page's CSP allows, so that it runs before the page's own scripts in
 *   any engine, WebDriver having no way to run a script before a page's;
 * - `?engines-hold`: sends the page up to its `<body>` and holds the rest until `release()`, so that a test can look
 *   at the page before anything of it could be painted;
 * - `offline`: drops every connection, as a phone without signal does;
 * - the service worker: refused (404) unless a test allows it (`allowServiceWorker`), as Playwright's
 *   `serviceWorkers: 'block'` does for the browser tests, so that a worker installed by one page can never answer a
 *   later test's page from its cache (without the stand-in a `?engines-stub` page needs).
 * `/__engines/blank` is an empty page of the site's origin (no service worker), for setting the device's storage.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { PATHS } from '../../src/consts';
import { startStaticHost, type StaticHost } from '../support/static-server';

export interface EnginesHost {
  url: string;
  /** Drops every connection from now on (true), or serves again (false). */
  setOffline(offline: boolean): void;
  /** Sends the rest of a held page. */
  release(): void;
  /** Serves the service worker (true) or answers its script with 404 (false, at first), so that no page installs it. */
  allowServiceWorker(allowed: boolean): void;
  close(): Promise<void>;
}

export async function startEnginesHost(root: string, stubScript: string): Promise<EnginesHost> {
  const upstream: StaticHost = await startStaticHost(root);
  const sockets = new Set<Socket>();
  let releaseHeld: (() => void) | undefined;
  let offline = false;
  let serviceWorker = false;
  const host: EnginesHost = {
    url: '',
    setOffline: (now) => {
      offline = now;
      if (now) for (const socket of sockets) socket.destroy();
    },
    release: () => releaseHeld?.(),
    allowServiceWorker: (allowed) => {
      serviceWorker = allowed;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
      await upstream.close();
    },
  };
  const server: Server = createServer((request, response) => {
    if (offline) return void request.socket.destroy();
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === PATHS.serviceWorker && !serviceWorker) return void response.writeHead(404).end();
    if (url.pathname === '/__engines/stub.js')
      return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(stubScript);
    if (url.pathname === '/__engines/blank')
      return void response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
    void (async () => {
      // Plain bytes from the static host (no brotli), so that a page can be changed or sent in two parts.
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => name !== 'accept-encoding' && name !== 'host'),
      ) as Record<string, string>;
      const answer = await fetch(`${upstream.url}${request.url}`, { headers, redirect: 'manual' });
      const kept = Object.fromEntries(
        [...answer.headers].filter(([name]) => !['content-length', 'content-encoding', 'connection'].includes(name)),
      );
      const isPage = (answer.headers.get('content-type') ?? '').startsWith('text/html');
      if (!isPage || !(url.searchParams.has('engines-stub') || url.searchParams.has('engines-hold'))) {
        response.writeHead(answer.status, kept).end(Buffer.from(await answer.arrayBuffer()));
        return;
      }
      let html = await answer.text();
      if (url.searchParams.has('engines-stub'))
        html = html.replace('<head>', '<head><script src="/__engines/stub.js"></script>');
      response.writeHead(answer.status, kept);
      if (!url.searchParams.has('engines-hold')) return void response.end(html);
      const body = html.indexOf('<body');
      response.write(html.slice(0, body));
      await new Promise<void>((released) => (releaseHeld = released));
      releaseHeld = undefined;
      response.end(html.slice(body));
    })().catch(() => response.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // No keep-alive: each request opens its own connection, so that going offline drops the next one at once.
  server.keepAliveTimeout = 1;
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('engines host: no port');
  host.url = `http://127.0.0.1:${address.port}`;
  return host;
}
