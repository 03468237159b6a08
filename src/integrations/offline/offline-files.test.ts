import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../client/offline/offline-manifest';
import { buildId, digest, fragmentPage, isKept, offlineManifest, type BuiltFile } from './offline-files';

const file = (name: string, text = name, isRedirect = false): BuiltFile => ({
  file: name,
  bytes: Buffer.from(text),
  isRedirect,
});
const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: 'text' })}`));

describe('isKept', () => {
  it('keeps pages, scripts, styles, icons and search, and nothing a reader does not read', () => {
    const kept = [
      'index.html',
      'overview/index.html',
      'offline/index.html',
      '_astro/site.css',
      'pagefind/pagefind.js',
      'pagefind/fragment/en_1.pf_fragment',
      'icons/192.png',
      'favicon.svg',
      'manifest.webmanifest',
    ];
    const left = ['404.html', 'og/overview.png', '_headers', 'sitemap.xml', 'robots.txt', 'sw.js', 'notes.txt'];
    expect(kept.filter((name) => !isKept(file(name)))).toEqual([]);
    expect(left.filter((name) => isKept(file(name)))).toEqual([]);
    expect(isKept(file('old-slug/index.html', '', true))).toBe(false);
  });
});

describe('digest', () => {
  it('is what the worker computes for the same bytes', async () => {
    const bytes = Buffer.from('<!doctype html><title>x</title>');
    expect(digest(bytes)).toBe(await contentDigest(bytes));
  });
});

describe('fragmentPage', () => {
  it('reads the page a Pagefind fragment is about', () => {
    expect(fragmentPage('fragment/a.pf_fragment', fragment('/self-care/'))).toBe('/self-care/');
    expect(fragmentPage('fragment/b.pf_fragment', gzipSync(Buffer.from('pagefind_dcd{}')))).toBeUndefined();
  });
});

describe('buildId and offlineManifest', () => {
  const site = [
    file('index.html', '<main data-pagefind-body>home</main>'),
    file('overview/index.html', '<main data-pagefind-body>overview</main>'),
    file('guide/index.html', '<main>all</main>'),
    file('offline/index.html', 'offline'),
    file('_astro/site.css', 'body{}'),
    { file: 'pagefind/fragment/en_1.pf_fragment', bytes: fragment('/overview/') },
    file('og/overview.png', 'png'),
  ];
  const isSection = (built: BuiltFile) => Buffer.from(built.bytes).includes('data-pagefind-body');

  it('gives the same id for the same files, and a new one when any kept file changes', () => {
    expect(buildId(site)).toBe(buildId([...site].reverse()));
    expect(buildId(site)).toMatch(/^[0-9a-f]{12}$/);
    const edited = site.map((built) =>
      built.file === '_astro/site.css' ? file(built.file, 'body{color:red}') : built,
    );
    expect(buildId(edited)).not.toBe(buildId(site));
    const preview = site.map((built) => (built.file === 'og/overview.png' ? file(built.file, 'other') : built));
    expect(buildId(preview)).toBe(buildId(site));
  });

  it('lists every kept file with its digest and download size, the fragments by page, and the sections', () => {
    const manifest = offlineManifest(site, 'abc', isSection);
    expect(manifest.cache).toBe('guide-abc');
    expect(manifest.save).toEqual([
      '/',
      '/_astro/site.css',
      '/guide/',
      '/offline/',
      '/overview/',
      '/pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(manifest.files['/overview/']).toEqual([digest(site[1]!.bytes), expect.any(Number)]);
    expect(manifest.fragments).toEqual({ '/overview/': '/pagefind/fragment/en_1.pf_fragment' });
    expect(manifest.sections).toBe(2);
    expect(manifest.offlinePage).toBe('/offline/');
  });
});
