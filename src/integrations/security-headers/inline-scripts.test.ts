// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { HAS_QUERY_CLASS, QUERY_PARAM } from '../../consts';
import { TEXT_SETTINGS } from '../../client/reading/settings';
import { INLINE_SCRIPTS, inlineScript, inlineScriptHashes } from './inline-scripts';

/** Runs a script's text as the page runs it: a classic script, in the page's global scope. */
const run = (text: string) => new Function(text)() as unknown;
/** Moves the test page to `url` (happy-dom's own control, which TypeScript's DOM library does not describe). */
const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

afterEach(() => {
  document.documentElement.removeAttribute(TEXT_SETTINGS.attribute);
  document.documentElement.classList.remove(HAS_QUERY_CLASS);
  localStorage.clear();
});

describe('the inline scripts', () => {
  it.each(INLINE_SCRIPTS)('%s is one classic script of its own code, the same text each time', (name) => {
    const text = inlineScript(name);
    // A module's syntax would stop a classic script; so would a leftover import of another file.
    expect(text).not.toMatch(/\b(import|export)\b/);
    expect(() => new Function(text)).not.toThrow();
    // Only its own few lines: the shared constants it imports are inlined, and nothing else of their files.
    expect(text.length).toBeLessThan(800);
    expect(inlineScript(name)).toBe(text);
  });

  it('are allowed by the hashes of exactly the text the pages carry', () => {
    const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    expect(inlineScriptHashes()).toEqual(INLINE_SCRIPTS.map((name) => sha256(inlineScript(name))));
  });

  it("text-settings applies the reader's stored settings to <html>, and nothing where none are stored", () => {
    localStorage.setItem(TEXT_SETTINGS.storageKey, 'larger spaced');
    run(inlineScript('text-settings'));
    expect(document.documentElement.getAttribute(TEXT_SETTINGS.attribute)).toBe('larger spaced');
    localStorage.clear();
    run(inlineScript('text-settings'));
    expect(document.documentElement.getAttribute(TEXT_SETTINGS.attribute)).toBe('');
  });

  it('query-flag marks <html> only when the address carries a query', () => {
    goTo(`http://guide.test/search/?${QUERY_PARAM}=%20%20`);
    run(inlineScript('query-flag'));
    expect(document.documentElement.classList.contains(HAS_QUERY_CLASS)).toBe(false);
    goTo(`http://guide.test/search/?${QUERY_PARAM}=heat`);
    run(inlineScript('query-flag'));
    expect(document.documentElement.classList.contains(HAS_QUERY_CLASS)).toBe(true);
  });
});
