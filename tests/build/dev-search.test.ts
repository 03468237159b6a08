import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(entry.languages.en.page_count).toBe(12);
    const script = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(10_000);
  });

  it('serves the word list for "did you mean" with words of the text', async () => {
    const words = (await (await fetch(`${origin}/pagefind/vocabulary.json`)).json()) as string[];
    expect(words).toEqual(expect.arrayContaining(['stretching', 'massage', 'posture']));
  });
});
