import { describe, expect, it } from 'vitest';
import {
  buildOfCache,
  cacheName,
  manifestPath,
  contentDigest,
  kilobytes,
  roughKilobytes,
  saveBytes,
  sitePath,
  type OfflineManifest,
} from './manifest';

describe('sitePath', () => {
  it('is the file a URL names: no query, no fragment, index.html as its folder', () => {
    const at = (url: string) => sitePath(new URL(url, 'https://guide.example'));
    expect(at('/benefits/?highlight=scar#top')).toBe('/benefits/');
    expect(at('/benefits/index.html')).toBe('/benefits/');
    expect(at('/index.html')).toBe('/');
    expect(at('/pagefind/pagefind-entry.json?ts=abc')).toBe('/pagefind/pagefind-entry.json');
  });
});

describe('kilobytes', () => {
  it('rounds to whole kilobytes of 1,000 bytes, never below 1', () => {
    expect(kilobytes(191_600)).toBe('192 KB');
    expect(kilobytes(1_234_567)).toBe('1,235 KB');
    expect(kilobytes(20)).toBe('1 KB');
  });
});

describe('roughKilobytes', () => {
  it('keeps two significant figures, so that a small edit leaves the figure alone', () => {
    expect(roughKilobytes(212_400)).toBe('210 KB');
    expect(roughKilobytes(214_999)).toBe('210 KB');
    expect(roughKilobytes(215_000)).toBe('220 KB');
    expect(roughKilobytes(12_345_678)).toBe('12,000 KB');
    expect(roughKilobytes(9_400)).toBe('9 KB');
    expect(roughKilobytes(20)).toBe('1 KB');
  });
});

describe('cacheName and saveBytes', () => {
  it('names the cache after the build and adds up what a save downloads', () => {
    expect(cacheName('abc123')).toBe('guide-abc123');
    const manifest = { files: { '/': ['d1', 3000], '/a/': ['d2', 2000], '/icons/192.png': ['d3', 9] } };
    expect(saveBytes(manifest as unknown as OfflineManifest)).toBe(5009);
  });
});

describe('contentDigest', () => {
  it('is SHA-256 in base64url, cut to 16 characters', async () => {
    // SHA-256("abc") = ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0 in base64url.
    expect(await contentDigest(new TextEncoder().encode('abc'))).toBe('ungWv48Bz-pBQUDe');
  });
});

describe('caches and manifests under a folder', () => {
  it("names a build's cache after the folder, so two guides on one domain never take each other's caches", () => {
    expect(cacheName('abc123', '/')).toBe('guide-abc123');
    expect(cacheName('abc123', '/massage-guide/')).toBe('guide-/massage-guide/abc123');
    expect(buildOfCache('guide-abc123', '/')).toBe('abc123');
    expect(buildOfCache('guide-/massage-guide/abc123', '/')).toBeUndefined();
    expect(buildOfCache('guide-abc123', '/massage-guide/')).toBeUndefined();
    expect(buildOfCache('guide-/massage-guide/abc123', '/massage-guide/')).toBe('abc123');
    expect(buildOfCache('guide-/massage-guide/other/abc123', '/massage-guide/')).toBeUndefined();
    expect(buildOfCache('workbox-precache', '/')).toBeUndefined();
  });

  it('publishes the manifest beside the worker', () => {
    expect(manifestPath('abc', '/')).toBe('/sw-abc.json');
    expect(manifestPath('abc', '/massage-guide/')).toBe('/massage-guide/sw-abc.json');
  });
});
