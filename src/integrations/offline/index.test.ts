import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import {
  BUILD_PLACEHOLDERS,
  contentDigest,
  manifestPath,
  type OfflineManifest,
} from '../../client/offline/offline-manifest';
import offline, { bundleWorker } from './index';

describe('the offline integration', () => {
  it('writes the build id and the save size into the pages, the manifest, and the worker with its digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-'));
    const page = `<html data-build="${BUILD_PLACEHOLDERS.buildId}"><main data-pagefind-body>It downloads about ${BUILD_PLACEHOLDERS.saveSize}.</main></html>`;
    writeFileSync(join(dir, 'index.html'), page);
    mkdirSync(join(dir, 'offline'));
    writeFileSync(join(dir, 'offline/index.html'), '<html>offline</html>');
    const logged: string[] = [];
    const logger = { info: (line: string) => logged.push(line) } as unknown as AstroIntegrationLogger;
    const hook = offline().hooks['astro:build:done']!;
    await hook({ dir: pathToFileURL(`${dir}/`), logger } as Parameters<typeof hook>[0]);

    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const id = /data-build="([0-9a-f]{12})"/.exec(html)?.[1];
    expect(id).toBeDefined();
    expect(html).toMatch(/It downloads about \d+ KB\./);
    const json = readFileSync(join(dir, manifestPath(id!).slice(1)));
    const manifest = JSON.parse(json.toString('utf8')) as OfflineManifest;
    expect(manifest.buildId).toBe(id);
    expect(Object.keys(manifest.files)).toEqual(['/', '/offline/']);
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain(`"${manifestPath(id!)}"`);
    expect(worker).toContain(`"${await contentDigest(json)}"`);
    expect(worker).not.toMatch(/^\s*import\b/m);
    expect(logged.join('\n')).toMatch(new RegExp(`Build ${id}: 2 files for offline reading`));
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
});
