// The checks after the build run as Astro runs them: each integration's hooks over a small built site in a temporary
// folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import linkCheck from './link-check/index';
import securityHeaders from './security-headers/index';

const logger = { info: () => {}, warn: () => {}, error: () => {} };
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A built site of the given files in a fresh folder. */
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hooks-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-unused='"></head><body>${body}</body></html>`;

/** Calls one hook of an integration with the given options. */
const hook = (integration: { hooks: Record<string, unknown> }, name: string, options: unknown) =>
  (integration.hooks[name] as (options: unknown) => unknown)(options);

describe('link check', () => {
  it('passes a site whose links all lead somewhere', async () => {
    const root = site({ 'index.html': page('<a href="/a/#x">A</a>'), 'a/index.html': page('<h1 id="x">A</h1>') });
    const integration = linkCheck();
    hook(integration, 'astro:config:done', {
      config: { site: 'https://guide.example', root: pathToFileURL(`${root}/`) },
    });
    await expect(
      hook(integration, 'astro:build:done', { dir: pathToFileURL(`${root}/`), logger }),
    ).resolves.toBeUndefined();
  });

  it('stops the build on a broken link, naming the content file and line that holds it', async () => {
    const root = site({
      'index.html': page('<a href="/gone/">Gone</a>'),
      'content/sections/a.mdx': '---\ntitle: A\n---\nSee [gone](/gone/).\n',
    });
    const integration = linkCheck();
    hook(integration, 'astro:config:done', {
      config: { site: 'https://guide.example', root: pathToFileURL(`${root}/`) },
    });
    await expect(hook(integration, 'astro:build:done', { dir: pathToFileURL(`${root}/`), logger })).rejects.toThrow(
      /content\/sections\/a\.mdx:4: the link "\/gone\/" is broken: there is no page or file at \/gone\/ \(seen on \/\)/,
    );
  });
});

describe('security headers', () => {
  it("trims each page's CSP, puts it first in the head, and writes _headers", async () => {
    const root = site({ 'index.html': page('<p>Home</p>') });
    const integration = securityHeaders();
    hook(integration, 'astro:config:done', { config: { build: { assets: 'bundled' } } });
    await hook(integration, 'astro:build:done', { dir: pathToFileURL(`${root}/`), logger });
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    expect(html).toContain(
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"><title>`,
    );
    const headers = readFileSync(join(root, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors 'none'$/m,
    );
    expect(headers).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\/bundled\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
