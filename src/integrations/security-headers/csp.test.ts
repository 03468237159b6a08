import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatPolicy, headerPolicy, parsePolicy, pruneUnusedHashes } from './csp';

/** The CSP source for inline code, computed here independently of the code under test. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

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
      headerPolicy(["default-src 'self'; script-src 'self' 'sha256-abc='"], { 'frame-ancestors': ["'none'"] }),
    );
    expect(header).toEqual([
      { name: 'default-src', sources: ["'self'"] },
      { name: 'script-src', sources: ["'self'", "'sha256-abc='"] },
      { name: 'frame-ancestors', sources: ["'none'"] },
    ]);
  });

  it('merges the sources of pages whose policies differ, without repeats', () => {
    expect(headerPolicy(["script-src 'self' 'sha256-a='", "script-src 'self' 'sha256-b='"], {})).toBe(
      "script-src 'self' 'sha256-a=' 'sha256-b='",
    );
  });

  it('lets the pages win over a header-only directive of the same name', () => {
    expect(headerPolicy(["frame-ancestors 'self'"], { 'frame-ancestors': ["'none'"] })).toBe("frame-ancestors 'self'");
  });
});

describe('pruneUnusedHashes', () => {
  const used = sha256('a()');
  const unused = sha256('b()');
  const style = sha256('p{}');

  it('keeps the hashes of the inline code the page has and drops the rest', () => {
    const policy = `default-src 'self'; script-src 'self' ${used} ${unused}; style-src 'self' ${style} ${unused}`;
    expect(pruneUnusedHashes(policy, { scripts: ['a()'], styles: ['p{}'] })).toBe(
      `default-src 'self'; script-src 'self' ${used}; style-src 'self' ${style}`,
    );
  });

  it('recognises the other algorithms CSP allows', () => {
    const sha384 = `'sha384-${createHash('sha384').update('a()').digest('base64')}'`;
    expect(pruneUnusedHashes(`script-src ${sha384} 'sha512-xyz='`, { scripts: ['a()'], styles: [] })).toBe(
      `script-src ${sha384}`,
    );
  });

  it('does not let a script hash stand for a style with the same text', () => {
    expect(pruneUnusedHashes(`style-src 'self' ${used}`, { scripts: ['a()'], styles: [] })).toBe("style-src 'self'");
  });
});
