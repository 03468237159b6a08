import { describe, expect, it } from 'vitest';
import { servedAs } from './content-types';

describe('servedAs', () => {
  it('serves text with its type, compressed, and binaries as stored', () => {
    expect(servedAs('/pagefind/pagefind.js')).toEqual({ type: 'text/javascript; charset=utf-8', compress: true });
    expect(servedAs('lexicon/3f2a9c1d0e/7.json')).toEqual({ type: 'application/json', compress: true });
    expect(servedAs('/og/overview.png')).toEqual({ type: 'image/png', compress: false });
    expect(servedAs('wasm.en.pagefind')).toEqual({ type: 'application/octet-stream', compress: false });
    expect(servedAs('index/en_9d6c344.pf_index')).toEqual({ type: 'application/octet-stream', compress: false });
  });
});
