/**
 * Which words are about health, from WordNet: nouns below the health roots (conditions, symptoms, injuries, mental
 * illness, treatments and medical procedures, medicines) or naming body parts, and adjectives and verbs related to such
 * a noun. Used to make english.bin and to build the lexicon.
 */
import type { WordNet } from './wordnet.ts';

/** Nouns are health words when their broader terms reach one of these. */
const HEALTH_ROOTS = [
  'ill health',
  'injury',
  'symptom',
  'physiological state',
  'medical care',
  'medicine',
  'drug',
  'pain',
  'disorder',
  'therapy',
  'treatment',
  'medical procedure',
  'mental illness',
];
/** WordNet's file of nouns that name body parts (noun.body): health words too. */
const BODY_FILE = 8;
/** WordNet's links from an adjective or verb to the noun it comes from or relates to. */
const RELATED = new Set(['+', '\\', '<', '&', '^', '=']);

/**
 * Whether a word or phrase is about health (see HEALTH_ROOTS). With `nounsOnly`, whether it names a health matter: at
 * least half its use is as a health noun (osteoporosis, ibuprofen, bruise, knee), not an adjective or verb related to
 * one (achy, hurts, pregnant), which readers use to describe what the guide covers as often as what it does not.
 */
export function healthTest(wordNet: WordNet, { nounsOnly = false } = {}): (phrase: string) => boolean {
  const health = new Set<number>();
  const below = (offset: number) => {
    if (health.has(offset)) return;
    health.add(offset);
    for (const pointer of wordNet.synset(offset, 'noun').pointers)
      if ((pointer.symbol === '~' || pointer.symbol === '~i') && pointer.pos === 'noun') below(pointer.offset);
  };
  for (const root of HEALTH_ROOTS) {
    const [offset] = wordNet.senses(root, 'noun');
    if (offset !== undefined) below(offset);
  }
  const isHealthNoun = (offset: number) => health.has(offset) || wordNet.synset(offset, 'noun').lexFile === BODY_FILE;
  if (nounsOnly) return mostlyNounsOf(wordNet, isHealthNoun);
  return (phrase) =>
    wordNet
      .senseShares(phrase)
      .filter(({ share }) => share >= 0.1)
      .some(({ offset, pos }) =>
        pos === 'noun'
          ? isHealthNoun(offset)
          : wordNet
              .synset(offset, pos)
              .pointers.some(
                (pointer) => pointer.pos === 'noun' && RELATED.has(pointer.symbol) && isHealthNoun(pointer.offset),
              ),
      );
}

/** Whether a word mostly names a body part (noun.body, half its use or more): "neck" does, "sore" does not. */
export function bodyPartTest(wordNet: WordNet): (word: string) => boolean {
  return mostlyNounsOf(wordNet, (offset) => wordNet.synset(offset, 'noun').lexFile === BODY_FILE);
}

/** Whether at least half a word's use is as one of the nouns `isKind` accepts (by synset offset); remembered per word. */
function mostlyNounsOf(wordNet: WordNet, isKind: (offset: number) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) {
      found =
        wordNet
          .senseShares(word)
          .filter(({ offset, pos }) => pos === 'noun' && isKind(offset))
          .reduce((sum, { share }) => sum + share, 0) >= 0.5;
      known.set(word, found);
    }
    return found;
  };
}
