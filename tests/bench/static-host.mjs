// Serves a built site the way an ordinary production static host or CDN does — brotli for text (HTML, CSS, JS, JSON,
// SVG), files such as images and Pagefind's index (application/octet-stream) as they are stored, the headers of its
// _headers file, the 404 page — so the benchmarks' bytes and timings match a real deployment.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { headersForPath, parseHeadersFile } from '../../src/integrations/security-headers/headers-file.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
/** What hosts compress: text types. Everything else goes out as stored. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

/**
 * Starts the host on a free loopback port. `onSend(path, bytes)` hears every response with its size on the wire.
 * @param {string} root the built site's folder
 * @param {{ onSend?: (path: string, bytes: number) => void }} [options]
 */
export async function startStaticHost(root, { onSend } = {}) {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const bodies = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const brotli = COMPRESSED.has(extname(file)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    const key = `${file}|${brotli}`;
    if (!bodies.has(key)) {
      const raw = await readFile(file);
      bodies.set(key, brotli ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : raw);
    }
    const body = bodies.get(key);
    onSend?.(path, body.length);
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersForPath(rules, path),
      ...(brotli ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
