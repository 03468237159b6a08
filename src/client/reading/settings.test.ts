// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTextSettings, parseRate, parseTextSettings, readStored, store } from './settings';

describe('text settings', () => {
  it('read back what they were written as', () => {
    for (const settings of [
      { size: 'standard', spaced: false },
      { size: 'large', spaced: false },
      { size: 'larger', spaced: true },
      { size: 'standard', spaced: true },
    ] as const) {
      expect(parseTextSettings(formatTextSettings(settings))).toEqual(settings);
    }
  });

  it('are stored as words, nothing for the defaults', () => {
    expect(formatTextSettings({ size: 'standard', spaced: false })).toBe('');
    expect(formatTextSettings({ size: 'larger', spaced: true })).toBe('larger spaced');
  });

  it('read anything unknown as the defaults', () => {
    expect(parseTextSettings(null)).toEqual({ size: 'standard', spaced: false });
    expect(parseTextSettings('huge <script>')).toEqual({ size: 'standard', spaced: false });
    expect(parseTextSettings('standard')).toEqual({ size: 'standard', spaced: false });
  });
});

describe('parseRate', () => {
  it('accepts only the speeds offered, else normal speed', () => {
    expect(parseRate('0.75')).toBe(0.75);
    expect(parseRate('1.5')).toBe(1.5);
    expect(parseRate('3')).toBe(1);
    expect(parseRate(undefined)).toBe(1);
    expect(parseRate('fast')).toBe(1);
  });
});

describe('readStored and store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('keep a value, and remove it when it is empty', () => {
    store('k', 'v');
    expect(readStored('k')).toBe('v');
    store('k', '');
    expect(localStorage.getItem('k')).toBeNull();
    expect(readStored('k')).toBeUndefined();
  });

  it('do nothing where storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readStored('k')).toBeUndefined();
    expect(() => store('k', 'v')).not.toThrow();
  });
});
