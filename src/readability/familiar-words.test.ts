import { describe, expect, it } from 'vitest';
import { isFamiliar } from './familiar-words';

describe('isFamiliar', () => {
  it('finds words on the New Dale–Chall list, in any case', () => {
    expect(isFamiliar('pain')).toBe(true);
    expect(isFamiliar('Back')).toBe(true);
    expect(isFamiliar('massage')).toBe(false);
    expect(isFamiliar('tissue')).toBe(false);
  });

  it('counts regular forms of listed words as familiar, as the method says', () => {
    for (const word of [
      'aims',
      'studies',
      'deeper',
      'lower',
      'improves',
      'helped',
      'hoped',
      'stopping',
      'quickly',
      'easily',
      'boxes',
    ]) {
      expect(isFamiliar(word), word).toBe(true);
    }
    for (const word of ['loosen', 'suggested', 'muscles', 'layers']) expect(isFamiliar(word), word).toBe(false);
  });

  it('reads contractions as the words they shorten, and numbers as familiar', () => {
    expect(isFamiliar("isn't")).toBe(true);
    expect(isFamiliar('can’t')).toBe(true);
    expect(isFamiliar("won't")).toBe(true);
    expect(isFamiliar("you'll")).toBe(true);
    expect(isFamiliar("body's")).toBe(true);
    expect(isFamiliar('3')).toBe(true);
  });

  it('needs every part of a hyphenated word to be familiar', () => {
    expect(isFamiliar('long-term')).toBe(true);
    expect(isFamiliar('self-care')).toBe(true);
    expect(isFamiliar('non-invasive')).toBe(false);
  });
});
