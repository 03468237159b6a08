import { describe, expect, it } from 'vitest';
import { vocabularyFromFragments } from './vocabulary';

describe('vocabulary for "did you mean"', () => {
  it('collects distinct words of the text and searchable metadata, without numbers or very short words', () => {
    const vocabulary = vocabularyFromFragments([
      {
        url: '/self-care/',
        content: 'Gentle stretches help. Stretches 24 hours.',
        meta: { title: 'Self-Care Tips', keywords: 'aftercare, heat pad' },
      },
      { url: '/overview/', content: 'Kneading and friction.' },
    ]);
    expect(vocabulary).toEqual([
      'aftercare',
      'and',
      'care',
      'friction',
      'gentle',
      'heat',
      'help',
      'hours',
      'kneading',
      'pad',
      'self',
      'stretches',
      'tips',
    ]);
  });
});
