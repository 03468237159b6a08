/**
 * The reader's settings kept on this device (localStorage, never a cookie): text size and line spacing, and the
 * speed Listen reads at. Pure and browser-safe: the inline script that applies the text settings before the first
 * paint (src/client/inline/text-settings.ts) reads them by the same names.
 */

/** Where the text settings are kept, and the attribute of `<html>` they are written to (global.css reads it). */
export const TEXT_SETTINGS = { storageKey: 'text-settings', attribute: 'data-text' } as const;

/** The text sizes a reader can pick, the first being the page's own. */
export const TEXT_SIZES = ['standard', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** The word for wider line spacing in the stored value and the attribute. */
export const SPACED = 'spaced';

export interface TextSettings {
  size: TextSize;
  spaced: boolean;
}

/** The settings a stored value (`"large spaced"`, or nothing) stands for; anything unknown reads as the default. */
export function parseTextSettings(value: string | null | undefined): TextSettings {
  const words = (value ?? '').split(/\s+/);
  const size = TEXT_SIZES.find((candidate) => candidate !== 'standard' && words.includes(candidate)) ?? 'standard';
  return { size, spaced: words.includes(SPACED) };
}

/** The value to store and to set on `<html>`: empty for the defaults. */
export function formatTextSettings({ size, spaced }: TextSettings): string {
  return [size === 'standard' ? '' : size, spaced ? SPACED : ''].filter(Boolean).join(' ');
}

/** Where Listen's speed is kept. */
export const LISTEN_RATE_KEY = 'listen-rate';

/** The speeds Listen offers, as multiples of the voice's normal speed. */
export const LISTEN_RATES = [0.75, 1, 1.25, 1.5] as const;

/** The speed a stored value stands for: one of LISTEN_RATES, else normal speed. */
export function parseRate(value: string | null | undefined): number {
  const rate = Number(value);
  return (LISTEN_RATES as readonly number[]).includes(rate) ? rate : 1;
}

/** Reads a stored value; undefined where storage is blocked (some private modes throw). */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Stores a value, or removes it when empty; does nothing where storage is blocked. */
export function store(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // The setting still applies to this page; it just is not remembered.
  }
}
