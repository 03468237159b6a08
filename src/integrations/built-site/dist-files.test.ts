import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from './dist-files';

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
});
