import { describe, expect, it } from 'vitest';
import {
  elementSources,
  formatPolicy,
  hashSource,
  headerPolicy,
  META_DIRECTIVES,
  parsePolicy,
  pruneUnusedHashes,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
} from './csp';

describe('parsePolicy', () => {
  it('splits a policy into named directives, tolerating missing spaces and a trailing semicolon', () => {
    expect(parsePolicy("default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc=';")).toEqual([
      { name: 'default-src', sources: ["'self'"] },
      { name: 'img-src', sources: ["'self'", 'data:'] },
      { name: 'script-src', sources: ["'self'", "'sha256-abc='"] },
    ]);
  });

  it('round-trips through formatPolicy', () => {
    const policy = "default-src 'self'; object-src 'none'";
    expect(formatPolicy(parsePolicy(policy))).toBe(policy);
  });
});

describe('headerPolicy', () => {
  it('adds the header-only frame-ancestors and keeps every meta directive and hash', () => {
    const header = parsePolicy(
      headerPolicy(["default-src 'self'; script-src 'self' 'sha256-abc='"], "frame-ancestors 'none'"),
    );
    expect(header).toEqual([
      { name: 'default-src', sources: ["'self'"] },
      { name: 'script-src', sources: ["'self'", "'sha256-abc='"] },
      { name: 'frame-ancestors', sources: ["'none'"] },
    ]);
  });

  it('merges the sources of pages whose policies differ, without repeats', () => {
    const header = headerPolicy(["script-src 'self' 'sha256-a='", "script-src 'self' 'sha256-b='"], '');
    expect(header).toBe("script-src 'self' 'sha256-a=' 'sha256-b='");
  });

  it('lets the pages win over a header-only directive of the same name', () => {
    expect(headerPolicy(["frame-ancestors 'self'"], "frame-ancestors 'none'")).toBe("frame-ancestors 'self'");
  });
});

describe('the site policy', () => {
  it('never allows inline code or other origins', () => {
    const all = [...META_DIRECTIVES, ...SCRIPT_RESOURCES, ...STYLE_RESOURCES].join(' ');
    expect(all).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|https?:|\*/);
    expect(META_DIRECTIVES).toContain("default-src 'self'");
    expect(META_DIRECTIVES).toContain("object-src 'none'");
  });
});

describe('elementSources', () => {
  it('prefers the -elem directive, then the plain one, then default-src', () => {
    expect(elementSources("default-src 'self'; script-src 'a'; script-src-elem 'b'", 'script')).toEqual(["'b'"]);
    expect(elementSources("default-src 'self'; style-src 'c'", 'style')).toEqual(["'c'"]);
    expect(elementSources("default-src 'self'", 'style')).toEqual(["'self'"]);
  });
});

describe('hashSource', () => {
  it('gives the sha256 source a browser compares inline elements against', () => {
    // The well-known hash of the empty string.
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('pruneUnusedHashes', () => {
  const used = hashSource('a()');
  const unused = hashSource('b()');
  const style = hashSource('p{}');

  it('keeps the hashes of the inline code the page has and drops the rest', () => {
    const policy = `default-src 'self'; script-src 'self' ${used} ${unused}; style-src 'self' ${style} ${unused}`;
    expect(pruneUnusedHashes(policy, { scripts: ['a()'], styles: ['p{}'] })).toBe(
      `default-src 'self'; script-src 'self' ${used}; style-src 'self' ${style}`,
    );
  });

  it('does not let a script hash stand for a style with the same text', () => {
    expect(pruneUnusedHashes(`style-src 'self' ${used}`, { scripts: ['a()'], styles: [] })).toBe("style-src 'self'");
  });
});
