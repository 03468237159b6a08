import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readSite } from './dist-files';

const root = mkdtempSync(join(tmpdir(), 'built-site-'));
mkdirSync(join(root, 'a/b'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<html lang="en"><title>Home</title><a href="/a/">A</a></html>');
writeFileSync(join(root, 'a/index.html'), '<html lang="en"><h1 id="x">A</h1></html>');
writeFileSync(join(root, 'a/b/style.css'), 'p{}');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reading a built site', () => {
  it('lists every file with forward slashes, sorted', async () => {
    expect(await listFiles(root)).toEqual(['a/b/style.css', 'a/index.html', 'index.html']);
  });

  it('parses every HTML page and knows every file', async () => {
    const { files, pages } = await readSite(root);
    expect(files.has('a/b/style.css')).toBe(true);
    expect(pages.map((page) => page.url).sort()).toEqual(['/', '/a/']);
    expect(pages.find((page) => page.url === '/a/')!.ids).toEqual(new Set(['x']));
  });
});
