/**
 * A minimal static host for browser tests that need to change what the site serves mid-test (a new build published
 * under a reader's open tab). Serves files from `root`, which the test may switch, with the content types and the
 * `no-cache` rule a real host gets from dist/_headers.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticHost {
  url: string;
  /** Serves another folder from now on. */
  serve(root: string): void;
  close(): Promise<void>;
}

export async function startStaticHost(root: string): Promise<StaticHost> {
  let current = root;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      let file = join(current, normalize(path));
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (!body) {
        response.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(await readFile(join(current, '404.html')));
        return;
      }
      response
        .writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        .end(body);
    })();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static host: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    serve: (root) => (current = root),
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
