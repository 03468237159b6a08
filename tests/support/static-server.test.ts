import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startStaticHost, type StaticHost } from './static-server';

const folders: string[] = [];
const hosts: StaticHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.close()));
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** A built site of one page with `html`, served. */
async function siteWith(html: string): Promise<{ root: string; host: StaticHost }> {
  const root = mkdtempSync(join(tmpdir(), 'static-host-'));
  folders.push(root);
  writeFileSync(join(root, 'index.html'), html);
  const host = await startStaticHost(root);
  hosts.push(host);
  return { root, host };
}

/** Fetches `url` with brotli accepted, as a browser does: its body. */
function fetchBody(url: string, agent: Agent): Promise<{ body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent, headers: { 'accept-encoding': 'br' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ body: brotliDecompressSync(Buffer.concat(chunks)).toString() }));
    });
    request.on('error', reject);
  });
}

describe('the static host', () => {
  // As when a test ends while the browser (its service worker) is still fetching: closing used to wait for that
  // request, up to Node's request timeout, and the test ran into its own.
  it('ends connections with a request still in progress when it closes, instead of waiting for them', async () => {
    const { host } = await siteWith('<p>page</p>');
    const { port } = new URL(host.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // The host resets the connection: that is what is expected here.
    socket.on('error', () => undefined);
    // A request whose headers have not all arrived yet.
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await hosts.pop()!.close();
    await ended;
    expect(socket.destroyed).toBe(true);
  }, 10_000);

  it('serves a file rewritten in place as it now is, though it kept the compressed body it sent before', async () => {
    const { root, host } = await siteWith('<p>before</p>');
    const agent = new Agent();
    expect((await fetchBody(`${host.url}/`, agent)).body).toBe('<p>before</p>');
    writeFileSync(join(root, 'index.html'), '<p>after, and longer</p>');
    expect((await fetchBody(`${host.url}/`, agent)).body).toBe('<p>after, and longer</p>');
  });
});
