import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { passLine, runPass } from './pass';
import type { PostBuildStep } from './step';

const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A folder with the given files. */
function folder(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'pass-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A step that records what it is given, and marks each page it reads with its name. */
function recorder(name: string, log: string[]): PostBuildStep<string> {
  return {
    name,
    read: ({ file, html }) => {
      log.push(`${name} reads ${file}: ${html}`);
      return { note: `${name}'s note of ${file}`, html: `${html}+${name}` };
    },
    take: ({ file, bytes }, note) => void log.push(`${name} takes ${file} (${Buffer.from(bytes).toString()}): ${note}`),
    finish: ({ files }) => void log.push(`${name} finishes with ${[...files].join(' ')}`),
  };
}

describe('the pass after the build', () => {
  it('hands each page to every step in order, in file order, then finishes each step in order', async () => {
    const root = folder({ 'b/index.html': 'B', 'index.html': 'A', 'style.css': 'p{}' });
    const log: string[] = [];
    await runPass([recorder('first', log), recorder('second', log)], { root, logger });
    const takes = log.filter((line) => line.includes(' takes '));
    expect(takes).toEqual([
      "first takes b/index.html (B+first+second): first's note of b/index.html",
      "second takes b/index.html (B+first+second): second's note of b/index.html",
      "first takes index.html (A+first+second): first's note of index.html",
      "second takes index.html (A+first+second): second's note of index.html",
    ]);
    expect(log).toContain('second reads index.html: A+first');
    expect(log.slice(-2)).toEqual([
      'first finishes with b/index.html index.html style.css',
      'second finishes with b/index.html index.html style.css',
    ]);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('A+first+second');
  });

  it('reads a page again only when its bytes or the steps changed, and writes the same bytes either way', async () => {
    const cache = { dir: folder(), version: '1' };
    const build = async (files: Record<string, string>, version = cache.version) => {
      const root = folder(files);
      const log: string[] = [];
      const summary = await runPass([recorder('step', log)], { root, logger, cache: { ...cache, version } });
      return { log, summary, page: (file: string) => readFileSync(join(root, file), 'utf8') };
    };
    await build({ 'a/index.html': 'A', 'b/index.html': 'B' });
    const rebuild = await build({ 'a/index.html': 'A', 'b/index.html': 'B, edited' });
    expect(rebuild.log.filter((line) => line.includes(' reads '))).toEqual(['step reads b/index.html: B, edited']);
    expect(rebuild.log).toContain("step takes a/index.html (A+step): step's note of a/index.html");
    expect(rebuild.summary).toEqual({ pages: 2, cached: 1, redone: ['b/index.html'] });
    expect(rebuild.page('a/index.html')).toBe('A+step');
    const newCode = await build({ 'a/index.html': 'A', 'b/index.html': 'B, edited' }, '2');
    expect(newCode.summary.cached).toBe(0);
  });

  it('stops at the first step that fails, with its error', async () => {
    const root = folder({ 'index.html': 'A' });
    const failing: PostBuildStep = { name: 'failing', finish: () => Promise.reject(new Error('index.html:3: broken')) };
    const log: string[] = [];
    await expect(runPass([failing, recorder('after', log)], { root, logger })).rejects.toThrow('index.html:3: broken');
    expect(log.some((line) => line.includes('finishes'))).toBe(false);
  });

  it('says in the log which pages it read again, naming the first five', () => {
    expect(passLine({ pages: 2, cached: 1, redone: ['b/index.html'] }, '0.1')).toBe(
      '2 pages through the steps after the build in 0.1 s: 1 unchanged, 1 read again (b/index.html).',
    );
    expect(passLine({ pages: 3, cached: 3, redone: [] }, '0.1')).toBe(
      '3 pages through the steps after the build in 0.1 s: 3 unchanged.',
    );
    const many = Array.from({ length: 7 }, (_, at) => `${at}.html`);
    expect(passLine({ pages: 7, cached: 0, redone: many }, '1.0')).toMatch(
      /7 read again \(0\.html, 1\.html, 2\.html, 3\.html, 4\.html, and 2 more\)\.$/,
    );
  });
});
