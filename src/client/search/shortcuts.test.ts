import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypedCharacter } from './shortcuts.ts';

const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('the search shortcut', () => {
  it('is Ctrl+K or ⌘+K anywhere, and / outside a text field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
  });
});

describe('typed characters', () => {
  it('are single characters without Ctrl, ⌘ or Alt', () => {
    expect(isTypedCharacter(key('s'))).toBe(true);
    expect(isTypedCharacter(key(' '))).toBe(true);
    expect(isTypedCharacter(key('Enter'))).toBe(false);
    expect(isTypedCharacter(key('s', { ctrlKey: true }))).toBe(false);
    expect(isTypedCharacter(key('s', { altKey: true }))).toBe(false);
  });
});
