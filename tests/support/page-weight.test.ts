import { describe, expect, it } from 'vitest';
import { brotliSize, pageLoad } from './page-weight';

const files: Record<string, string> = {
  '_astro/page.js': 'import{a}from"./common.js";import("./lazy.js").then(a);',
  '_astro/common.js': 'export const a=1;export*from"./deep.js";',
  '_astro/deep.js': 'export const b=2;',
  '_astro/lazy.js': 'export default 3;',
  '_astro/site.css': 'body{background:url(/bg.png)}a{mask:url("data:image/svg+xml,x")}',
  '_astro/print.css': 'p{}',
};
const read = (file: string) => (file in files ? Buffer.from(files[file]!) : undefined);

describe('pageLoad', () => {
  it('follows static imports but not import(), and sorts what a page view fetches', async () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print">' +
      '<link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x.example/"></head>' +
      '<body><img src="pic.png" alt=""><script type="module" src="/_astro/page.js"></script>' +
      '<script src="https://cdn.example/x.js"></script></body></html>';
    expect(await pageLoad('/a/', html, read)).toEqual({
      blockingCss: ['_astro/site.css'],
      css: ['_astro/site.css', '_astro/print.css'],
      js: ['_astro/page.js', '_astro/common.js', '_astro/deep.js'],
      other: ['favicon.svg', 'a/pic.png', 'bg.png'],
    });
  });
});

describe('brotliSize', () => {
  it('compresses repetitive text far below its length', () => {
    expect(brotliSize('abc'.repeat(1000))).toBeLessThan(50);
  });
});
