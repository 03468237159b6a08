import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from './dev-server.ts';

/** A tiny site: pages link to pages, files and other sites; one link is dead. */
const SITE: Record<string, string> = {
  '/': '<a href="/a/">A</a> <a href="/b/#x">B</a> <a href="/favicon.svg">icon</a> <a href="https://example.org/">out</a>',
  '/a/': '<a href="/">home</a> <a href="/missing/">dead</a>',
  '/b/': '<a href="/a/?q=1">A again</a>',
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const html = SITE[request.url ?? ''];
    if (html === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('crawl', () => {
  it('reads every page reachable from the home page once, skipping files, other sites and dead links', async () => {
    const pages = await crawl(origin);
    expect(pages.map(([path]) => path)).toEqual(['/', '/a/', '/b/']);
    expect(pages[0]![1]).toBe(SITE['/']);
  });

  it('stops at the page limit', async () => {
    expect(await crawl(origin, 2)).toHaveLength(2);
  });
});
