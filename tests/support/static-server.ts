/**
 * Serves a built site the way an ordinary production static host or CDN does: the headers of the site's own
 * `_headers` file (security headers, and the cache rules: `no-cache` for the service worker, a year for hashed
 * files), brotli for text when the browser accepts it, files such as images and Pagefind's index as they are stored,
 * and the 404 page. The benchmarks measure through it, and browser tests use it when the site must change under an
 * open tab (`serve` switches to another build, with that build's `_headers`).
 * Plain TypeScript that Node runs as it is, so the benchmarks' .mjs scripts import it too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import {
  headersForPath,
  parseHeadersFile,
  type HeaderRule,
} from '../../src/integrations/security-headers/headers-file.ts';
import { servedAs } from '../../src/integrations/built-site/content-types.ts';

export interface StaticHost {
  /** The host's origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Serves another built site from now on. */
  serve(root: string): void;
  close(): Promise<void>;
}

export interface StaticHostOptions {
  /** Hears every response: the path asked for and the bytes sent for it. */
  onSend?: (path: string, bytes: number) => void;
}

/** The rules of a built site's `_headers` file; none when it has none. */
function headerRulesOf(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

/**
 * Bodies as sent, by file, kept across hosts: tests serve the same two builds again and again, and brotli at quality 11
 * costs about 2 s of CPU per build saved. A file rewritten in place (another size or time) is compressed again.
 */
const bodies = new Map<string, { version: string; body: Buffer }>();

/** A file's bytes as the host sends them: brotli at its highest quality, as hosts serve text, or as stored. */
async function bodyOf(file: string, brotli: boolean): Promise<Buffer> {
  const { size, mtimeMs } = await stat(file);
  const key = `${file}|${brotli}`;
  const version = `${size}|${mtimeMs}`;
  const kept = bodies.get(key);
  if (kept?.version === version) return kept.body;
  const raw = await readFile(file);
  const body = brotli ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : raw;
  bodies.set(key, { version, body });
  return body;
}

/** Starts a host for the built site in `root` on a free loopback port. */
export async function startStaticHost(root: string, { onSend }: StaticHostOptions = {}): Promise<StaticHost> {
  let site = { root, rules: headerRulesOf(root) };
  const server = createServer((request, response) => {
    void (async () => {
      const { root, rules } = site;
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      const found = existsSync(file);
      if (!found) file = join(root, '404.html');
      const { type, compress } = servedAs(file);
      const brotli = compress && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = await bodyOf(file, brotli);
      onSend?.(path, body.length);
      response.writeHead(found ? 200 : 404, {
        'content-type': type,
        ...headersForPath(rules, path),
        ...(brotli ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
      });
      response.end(body);
    })();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static host: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    serve: (next) => {
      site = { root: next, rules: headerRulesOf(next) };
    },
    // The browser keeps its connections open for reuse: without ending them, close waits out their keep-alive.
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
