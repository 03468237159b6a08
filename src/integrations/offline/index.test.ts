import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { BUILD_PLACEHOLDERS } from '../../client/offline/offline-manifest';
import offline from './index';

describe('the offline integration', () => {
  it('writes the build id and the save size into the pages, and the worker with its manifest', async () => {
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
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain(`guide-${id}`);
    expect(worker).not.toMatch(/^\s*import\b/m);
    expect(logged.join('\n')).toMatch(new RegExp(`Build ${id}: 2 files for offline reading`));
  });
});
