import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import readability, { summarise } from './index';

type Hook = (options: { logger: AstroIntegrationLogger }) => Promise<void> | void;

async function build() {
  const logger = { info: vi.fn(), warn: vi.fn() } as unknown as AstroIntegrationLogger;
  const { hooks } = readability();
  await (hooks['astro:build:start'] as unknown as Hook)({ logger });
  await (hooks['astro:build:done'] as unknown as Hook)({ logger });
  return logger;
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
});

describe('the readability integration', () => {
  it('prints one line after the build: the hardest section and its reading age', async () => {
    const logger = await build();
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(vi.mocked(logger.info).mock.calls[0]![0]).toMatch(
      /^Readability: hardest section "[^"]+", reading age \d+.* \d+ of \d+ sections analysed, the rest kept\.$/,
    );
  });

  it('only warns, never fails the build, when the text cannot be read', async () => {
    process.env.CONTENT_DIR = 'no/such/folder';
    const logger = await build();
    expect(logger.info).not.toHaveBeenCalled();
    expect(vi.mocked(logger.warn).mock.calls[0]![0]).toMatch(/^No readability summary: .*no[/]such[/]folder/);
  });

  it('analyses again only the sections whose files changed, with the line it would give afresh', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'readability-'));
    folders.push(folder);
    cpSync('tests/fixtures/good-content', join(folder, 'content'), { recursive: true });
    process.env.CONTENT_DIR = join(folder, 'content');
    const cache = join(folder, 'sections.json');
    const first = await summarise(cache);
    expect(first).toMatchObject({ analysed: 2, sections: 2 });
    expect(await summarise(cache)).toEqual({ ...first, analysed: 0 });
    const file = join(folder, 'content/sections/introduction.mdx');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nIn short, it is complicated, multifaceted and idiosyncratic.\n`,
    );
    const changed = await summarise(cache);
    expect(changed.analysed).toBe(1);
    expect(changed.line).toBe((await summarise(join(folder, 'none.json'))).line);
  });
});

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
