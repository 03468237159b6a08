import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { removeSites, runStep, siteWith } from '../../../tests/support/built-site';
import { SAVE_SIZE_PLACEHOLDER, contentDigest, manifestPath, type OfflineManifest } from '../../offline/manifest';
import { bundleWorker, offline } from './index';

afterEach(removeSites);

describe('the offline step', () => {
  it('writes the save size into the pages, the manifest, and the worker with its digest; pages carry no build id', async () => {
    const page = `<html><main data-pagefind-body>It downloads about ${SAVE_SIZE_PLACEHOLDER}.</main></html>`;
    const dir = siteWith({ 'index.html': page, 'offline/index.html': '<html>offline</html>' });
    const said = await runStep(offline(), dir);

    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toMatch(/It downloads about \d+ KB\./);
    const name = readdirSync(dir).find((file) => /^sw-[0-9a-f]{12}\.json$/.test(file))!;
    const id = name.slice(3, -5);
    expect(html).not.toContain(id);
    const json = readFileSync(join(dir, manifestPath(id).slice(1)));
    const manifest = JSON.parse(json.toString('utf8')) as OfflineManifest;
    expect(manifest.buildId).toBe(id);
    expect(Object.keys(manifest.files)).toEqual(['/', '/offline/']);
    expect(manifest.files['/']![0]).toBe(await contentDigest(Buffer.from(html)));
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain(`"${manifestPath(id)}"`);
    expect(worker).toContain(`"${await contentDigest(json)}"`);
    expect(worker).not.toMatch(/^\s*import\b/m);
    expect(said.join('\n')).toMatch(new RegExp(`Build ${id}: 2 files for offline reading`));
  });

  it('gives a page the same bytes whatever else changed in the guide', async () => {
    const page = '<html><main data-pagefind-body>Unchanged.</main></html>';
    const first = siteWith({ 'index.html': page, 'a/index.html': '<html>A</html>' });
    const second = siteWith({ 'index.html': page, 'a/index.html': '<html>A, edited</html>' });
    await runStep(offline(), first);
    await runStep(offline(), second);
    expect(readFileSync(join(second, 'index.html'))).toEqual(readFileSync(join(first, 'index.html')));
    expect(readFileSync(join(second, 'sw.js'))).not.toEqual(readFileSync(join(first, 'sw.js')));
  });

  it('bundles a worker under 4 KB brotli, whatever the size of the guide', async () => {
    const worker = await bundleWorker({
      buildId: '0123456789ab',
      manifest: '/sw-0123456789ab.json',
      digest: 'x'.repeat(16),
    });
    const brotli = brotliCompressSync(worker, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    expect(brotli).toBeLessThan(4_000);
  });

  it('takes the download sizes of unchanged files from earlier builds, with the same manifest as without them', async () => {
    const files = {
      'index.html': '<html><main data-pagefind-body>Text.</main></html>',
      '_astro/a.js': 'console.log("a");'.repeat(50),
      'search-index/lexicon/x/0.json': '{"e":{}}',
    };
    const cache = { dir: siteWith({}), version: 'test' };
    const manifestOf = (root: string) =>
      readFileSync(
        join(
          root,
          readdirSync(root).find((file) => /^sw-.*\.json$/.test(file))!,
        ),
        'utf8',
      );
    const first = siteWith(files);
    await runStep(offline({ cache }), first);
    const sizes = JSON.parse(readFileSync(join(cache.dir, 'offline-sizes.json'), 'utf8')) as { sizes: unknown[] };
    expect(sizes.sizes).toHaveLength(2);
    const again = siteWith(files);
    await runStep(offline({ cache }), again);
    const without = siteWith(files);
    await runStep(offline(), without);
    expect(manifestOf(again)).toBe(manifestOf(without));
    expect(manifestOf(first)).toBe(manifestOf(without));
    // The sizes are taken from the cache (a size written there shows in the manifest), by the file's contents.
    const [[script]] = JSON.parse(readFileSync(join(cache.dir, 'offline-sizes.json'), 'utf8')).sizes as [string][];
    writeFileSync(join(cache.dir, 'offline-sizes.json'), JSON.stringify({ version: 'test', sizes: [[script, 12345]] }));
    const taken = siteWith(files);
    await runStep(offline({ cache }), taken);
    expect(JSON.stringify(JSON.parse(manifestOf(taken)).files)).toContain('12345');
  });
});
