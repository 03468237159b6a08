import { describe, expect, it } from 'vitest';
import { contentDigest } from '../../offline/manifest';
import { addressOfFile, buildId, digest, isKept, keptFile, offlineManifest } from './offline-files';

const file = (name: string, text = name) => ({ file: name, bytes: Buffer.from(text) });

describe('isKept', () => {
  it('keeps pages, former addresses, scripts, styles, icons and search, and nothing a reader does not read', () => {
    const kept = [
      'index.html',
      'old-slug/index.html',
      'overview/index.html',
      'offline/index.html',
      '_astro/site.css',
      'search-index/guide.json',
      'search-index/lexicon/abc/3.json',
      'icons/192.png',
      'favicon.svg',
      'manifest.webmanifest',
    ];
    const left = ['404.html', 'og/overview.png', '_headers', 'sitemap.xml', 'robots.txt', 'sw.js', 'notes.txt'];
    expect(kept.filter((name) => !isKept(name))).toEqual([]);
    expect(left.filter((name) => isKept(name))).toEqual([]);
  });
});

describe('digest', () => {
  it('is what the worker computes for the same bytes', async () => {
    const bytes = Buffer.from('<!doctype html><title>x</title>');
    expect(digest(bytes)).toBe(await contentDigest(bytes));
  });
});

describe('buildId and offlineManifest', () => {
  const site = [
    file('index.html', '<link rel="icon" href="/favicon.svg"><main data-pagefind-body>home</main>'),
    file('overview/index.html', '<main data-pagefind-body>overview <a href="/guide/">all</a></main>'),
    file('guide/index.html', '<main>all</main>'),
    file('offline/index.html', 'offline'),
    file('_astro/site.css', 'body{}'),
    file('_astro/lazy.js', 'export{}'),
    file('favicon.svg', '<svg/>'),
    file('icons/192.png', 'png'),
    file('search-index/guide.json', '{}'),
    file('search-index/lexicon/abc/0.json', '{}'),
    file('og/overview.png', 'png'),
  ];
  const facts = (files: typeof site) =>
    files.filter((built) => isKept(built.file)).map((built) => keptFile(built.file, built.bytes));

  it('gives the same id for the same files, and a new one when any kept file changes', () => {
    expect(buildId(facts(site))).toBe(buildId(facts([...site].reverse())));
    expect(buildId(facts(site))).toMatch(/^[0-9a-f]{12}$/);
    const edited = site.map((built) =>
      built.file === '_astro/site.css' ? file(built.file, 'body{color:red}') : built,
    );
    expect(buildId(facts(edited))).not.toBe(buildId(facts(site)));
    const preview = site.map((built) => (built.file === 'og/overview.png' ? file(built.file, 'other') : built));
    expect(buildId(facts(preview))).toBe(buildId(facts(site)));
  });

  it('lists every kept file with its digest and download size, and the sections', () => {
    const manifest = offlineManifest(facts(site), 'abc');
    expect(manifest.buildId).toBe('abc');
    expect(Object.keys(manifest.files)).toEqual([
      '/',
      '/_astro/lazy.js',
      '/_astro/site.css',
      '/favicon.svg',
      '/guide/',
      '/icons/192.png',
      '/offline/',
      '/overview/',
      '/search-index/guide.json',
      '/search-index/lexicon/abc/0.json',
    ]);
    expect(manifest.files['/overview/']).toEqual([digest(site[1]!.bytes), expect.any(Number)]);
    expect(manifest.onUse).toBe('/search-index/lexicon/');
    expect(manifest.sections).toBe(2);
    expect(manifest.offlinePage).toBe('/offline/');
    // The lexicon's shards are kept as searches use them, never all at once: the saved copy's size leaves them out.
    expect(manifest.storeBytes).toBe(
      site
        .filter((built) => isKept(built.file) && !built.file.includes('/lexicon/'))
        .reduce((total, built) => total + built.bytes.byteLength, 0),
    );
  });

  it('installs with every style and script, what pages link to and the offline page', () => {
    // Not the pages, the icons the web app manifest names, or the search file: those come when a reader needs them.
    expect(offlineManifest(facts(site), 'abc').shell).toEqual([
      '/_astro/lazy.js',
      '/_astro/site.css',
      '/favicon.svg',
      '/offline/',
    ]);
  });

  it('knows search as the search file, the shards being kept as searches use them', () => {
    expect(offlineManifest(facts(site), 'abc').search).toEqual(['/search-index/guide.json']);
  });
});

describe('a site published under a folder', () => {
  const base = '/massage-guide/';
  const site = [
    file('index.html', '<link rel="icon" href="/massage-guide/favicon.svg"><main data-pagefind-body>home</main>'),
    file('overview/index.html', '<main data-pagefind-body>overview</main>'),
    file('offline/index.html', 'offline'),
    file('404.html', 'not found'),
    file('overview-before/index.html', '<meta http-equiv="refresh" content="0;url=/massage-guide/overview/">'),
    file('_astro/site.css', 'body{}'),
    file('favicon.svg', '<svg/>'),
    file('search-index/guide.json', '{}'),
    file('search-index/lexicon/ab/1.json', '{}'),
  ];
  const manifest = offlineManifest(
    site.filter((built) => isKept(built.file)).map((built) => keptFile(built.file, built.bytes, base)),
    'abc',
    base,
  );

  it('knows every file by its address under the folder, and nothing outside it', () => {
    const paths = [...Object.keys(manifest.files), ...manifest.shell, ...manifest.search, manifest.offlinePage];
    expect(paths.filter((path) => !path.startsWith(base))).toEqual([]);
    expect(Object.keys(manifest.files)).toContain('/massage-guide/overview/');
    expect(manifest.shell).toEqual([
      '/massage-guide/_astro/site.css',
      '/massage-guide/favicon.svg',
      '/massage-guide/offline/',
    ]);
    expect(manifest.search).toEqual(['/massage-guide/search-index/guide.json']);
    expect(manifest.onUse).toBe('/massage-guide/search-index/lexicon/');
    // A former address is the worker's to redirect, not a file to fetch: a host with real redirects never serves it.
    expect(manifest.redirects).toEqual({ '/massage-guide/overview-before/': '/massage-guide/overview/' });
    expect(manifest.files).not.toHaveProperty('/massage-guide/overview-before/');
    expect(manifest.offlinePage).toBe('/massage-guide/offline/');
  });

  it('names files by address: the output folder holds the folder’s contents', () => {
    expect(addressOfFile('overview/index.html', base)).toBe('/massage-guide/overview/');
    expect(addressOfFile('index.html', base)).toBe('/massage-guide/');
    expect(addressOfFile('_astro/a.js')).toBe('/_astro/a.js');
  });
});
