import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import cleanFailedBuild, { removableOutDir } from './clean-failed-build';

const root = mkdtempSync(join(tmpdir(), 'clean-failed-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the integration's config:setup hook as Astro does for `command`. */
const setup = (options: unknown) =>
  (cleanFailedBuild().hooks['astro:config:setup'] as unknown as (options: unknown) => void)(options);

describe('cleaning up after a failed build', () => {
  it('deletes the output folder when the process exits with an error, and only then', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'x');
    const before = process.listeners('exit').length;
    setup({ command: 'build', config: { outDir: pathToFileURL(`${root}/dist/`), root: pathToFileURL(`${root}/`) } });
    const listener = process.listeners('exit').at(-1)!;
    expect(process.listeners('exit')).toHaveLength(before + 1);
    process.removeListener('exit', listener);
    listener(0);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
    listener(1);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('does nothing for the dev server', () => {
    const before = process.listeners('exit').length;
    setup({ command: 'dev', config: {} });
    expect(process.listeners('exit')).toHaveLength(before);
  });
});

describe('removableOutDir', () => {
  it('is the output folder inside the project', () => {
    expect(removableOutDir(new URL('file:///work/site/dist/'), new URL('file:///work/site/'))).toBe('/work/site/dist');
  });

  it('is never the project itself, a folder above it, or the file system root', () => {
    expect(removableOutDir(new URL('file:///work/site/'), new URL('file:///work/site/'))).toBeNull();
    expect(removableOutDir(new URL('file:///work/'), new URL('file:///work/site/'))).toBeNull();
    expect(removableOutDir(new URL('file:///'), new URL('file:///work/site/'))).toBeNull();
  });
});
