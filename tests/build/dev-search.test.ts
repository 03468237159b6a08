import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSources } from '../../src/client/search/sources.ts';
import { PATHS, SEARCH_FILE } from '../../src/consts.ts';
import { parseSearchData } from '../../src/search/search-data.ts';
import { runSearch } from '../../src/search/search.ts';
import { contentDir } from '../../src/content/content-dir.ts';
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

/** `npm run dev` with search: the dev server indexes the pages it renders and serves the search files itself. */
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
    // `astro dev` starts in about 10 s on two idle cores, and took over a minute while other builds shared them.
  }, 180_000);

  afterAll(() => {
    server?.kill();
  });

  it('serves the search file and lexicon of every section page, built from what the dev server renders', async () => {
    const response = await fetch(`${origin}${PATHS.searchBundle}${SEARCH_FILE}`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const data = parseSearchData(await response.json());
    // Every section is a page search covers: as many as the guide has files.
    expect(data.pages).toHaveLength(
      readdirSync(resolve(projectRoot, contentDir, 'sections')).filter((name) => name.endsWith('.mdx')).length,
    );
    const shard = await fetch(`${origin}${PATHS.searchBundle}${data.lexicon.path}0.json`);
    expect(shard.ok).toBe(true);
  });

  it('answers with the same engine as the site, from the files it serves', async () => {
    const sources = bundleSources(
      async (name) => (await fetch(`${origin}${PATHS.searchBundle}${name}`)).json() as Promise<unknown>,
      SEARCH_FILE,
    );
    // Each section found by its own title, whatever the guide says.
    const { pages } = await sources.data();
    for (const page of pages) {
      const { hits } = await runSearch(page.title, 3, sources);
      expect(new URL(hits[0]!.href, origin).pathname, page.title).toBe(page.url);
    }
  });
});
