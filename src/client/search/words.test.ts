import { describe, expect, it } from 'vitest';
import { words } from './words';

describe('words', () => {
  it('splits text into lower-case words at hyphens and punctuation', () => {
    expect(words('Self-Care: “omega-3” isn’t 7-8 hours')).toEqual([
      'self',
      'care',
      'omega',
      '3',
      'isn',
      't',
      '7',
      '8',
      'hours',
    ]);
  });

  it('keeps letters of other scripts and accents', () => {
    expect(words('Café crème, Ärger')).toEqual(['café', 'crème', 'ärger']);
  });
});
