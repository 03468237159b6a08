import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSearch, type Pagefind } from '../../src/client/search/engine/search';
import { PAGEFIND_OPTIONS, bundleSources } from '../../src/client/search/engine/sources';
import { PATHS } from '../../src/consts';
import { projectRoot } from '../support/astro-build';

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `npm run dev` with search: the dev server indexes the pages it renders and serves Pagefind's files itself. */
describe('search under `astro dev`', () => {
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
    server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      // Astro serves no pages when it believes it runs inside Vitest, so the child does not inherit those variables.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found) resolve(found[1]!);
      });
      server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
    });
  }, 60_000);

  afterAll(() => {
    server?.kill();
  });

  it('serves an index of every section page, built from what the dev server renders', async () => {
    const entry = (await (await fetch(`${origin}/pagefind/pagefind-entry.json`)).json()) as {
      languages: { en: { page_count: number } };
    };
    // Every section is a page search covers: as many as the guide has files.
    expect(entry.languages.en.page_count).toBe(readdirSync(join(projectRoot, 'content/sections')).length);
    const script = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(10_000);
  });

  it("answers a reader's question with the same engine as the site, from the files it serves", async () => {
    // Pagefind's own client, as the browser gets it from the dev server, run here against the dev server's files.
    const folder = await mkdtemp(join(tmpdir(), 'dev-pagefind-'));
    try {
      const script = join(folder, 'pagefind.js');
      await writeFile(script, await (await fetch(`${origin}${PATHS.searchBundle}pagefind.js`)).text());
      const pagefind = (await import(/* @vite-ignore */ pathToFileURL(script).href)) as Pagefind;
      await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${origin}${PATHS.searchBundle}`, noWorker: true });
      await pagefind.init();
      const sources = bundleSources(
        async (name) => (await fetch(`${origin}${PATHS.searchBundle}${name}`)).json(),
        async () => pagefind,
      );
      const { hits } = await runSearch('can I go to the gym the day after a massage', 3, sources);
      const first = new URL(hits[0]!.href, origin);
      expect(first.pathname).toBe('/self-care/');
      expect(first.searchParams.get('highlight')).toContain('strenuous');
      expect(hits[0]?.understood).toEqual([{ word: 'gym', as: 'strenuous activities' }]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
