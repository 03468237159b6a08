import { describe, expect, it } from 'vitest';
import { elementSources, hashSource } from './csp';

describe('elementSources', () => {
  it('prefers the -elem directive, then the plain one, then default-src', () => {
    expect(elementSources("default-src 'self'; script-src 'a'; script-src-elem 'b'", 'script')).toEqual(["'b'"]);
    expect(elementSources("default-src 'self'; style-src 'c'", 'style')).toEqual(["'c'"]);
    expect(elementSources("default-src 'self'", 'style')).toEqual(["'self'"]);
    expect(elementSources('', 'style')).toEqual([]);
  });
});

describe('hashSource', () => {
  it('gives the sha256 source a browser compares inline elements against', () => {
    // The well-known hash of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
