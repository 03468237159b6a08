import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceDigest, sourceFiles } from './source-digest.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A small project: an entry importing a module and a package, naming a data file and a worker by URL. */
function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'digest-'));
  folders.push(root);
  const all: Record<string, string> = {
    'package.json': '{"type":"module"}',
    'src/entry.ts': [
      "import { helper } from './helper.ts';",
      "import pkg from 'some-package/sub';",
      "import { readFileSync } from 'node:fs';",
      "export const data = new URL('./data.bin', import.meta.url);",
      "export const worker = new URL('./worker.ts', import.meta.url);",
      'export default () => helper() + pkg + String(readFileSync);',
    ].join('\n'),
    'src/helper.ts': 'export const helper = () => 1;',
    'src/worker.ts': "import { other } from './other.ts';\nother();",
    'src/other.ts': 'export const other = () => 2;',
    'src/data.bin': 'bytes',
    'src/unrelated.ts': 'export const nobody = 3;',
    'node_modules/some-package/package.json': '{"name":"some-package","version":"1.0.0","type":"module"}',
    'node_modules/some-package/sub.js': 'export default 1;',
    'node_modules/required-package/package.json': '{"name":"required-package","version":"2.0.0"}',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const entry = (root: string) => [pathToFileURL(join(root, 'src/entry.ts'))];

describe('sourceDigest', () => {
  it('covers the files a module imports, the files it names by URL and their imports, and the packages it uses', async () => {
    const root = project();
    expect(await sourceFiles(entry(root))).toEqual({
      files: ['src/data.bin', 'src/entry.ts', 'src/helper.ts', 'src/other.ts', 'src/worker.ts'],
      packages: ['some-package@1.0.0'],
    });
  });

  it('counts a package the code requires by name', async () => {
    const root = project({
      'src/helper.ts':
        "import { createRequire } from 'node:module';\nexport const helper = () => createRequire(import.meta.url)('required-package');",
    });
    expect((await sourceFiles(entry(root))).packages).toEqual(['required-package@2.0.0', 'some-package@1.0.0']);
  });

  it('changes when anything the code depends on changes, and only then', async () => {
    const root = project();
    const before = await sourceDigest(entry(root));
    writeFileSync(join(root, 'src/unrelated.ts'), 'export const nobody = 4;');
    expect(await sourceDigest(entry(root))).toBe(before);
    for (const [file, text] of [
      ['src/helper.ts', 'export const helper = () => 5;'],
      ['src/data.bin', 'other bytes'],
      ['src/other.ts', 'export const other = () => 6;'],
      ['node_modules/some-package/package.json', '{"name":"some-package","version":"1.0.1","type":"module"}'],
    ] as const) {
      const changed = project({ [file]: text });
      expect(await sourceDigest(entry(changed)), file).not.toBe(before);
    }
    expect(await sourceDigest(entry(root), { site: 'https://a.example' })).not.toBe(before);
  });

  it('is the same for a copy of the project elsewhere, and leaves out the files it is told to', async () => {
    const root = project();
    const copy = mkdtempSync(join(tmpdir(), 'digest-copy-'));
    folders.push(copy);
    cpSync(root, copy, { recursive: true });
    expect(await sourceDigest(entry(copy))).toBe(await sourceDigest(entry(root)));
    const data = [pathToFileURL(join(root, 'src/data.bin'))];
    const without = await sourceDigest(entry(root), null, data);
    writeFileSync(join(root, 'src/data.bin'), 'changed');
    expect(await sourceDigest(entry(root), null, data)).toBe(without);
  });
});
