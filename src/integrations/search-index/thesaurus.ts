/**
 * The search thesaurus, built with the index: readers' words that the guide does not use, each mapped onto words it
 * does use (a phrase means all its words). Its sources, all restricted to the guide's own vocabulary:
 * - WordNet: for the concepts editors gave as a section's keywords and topics, the synonyms in their most common
 *   sense, keeping only words in common use, so that rare senses and names do not send readers astray;
 * - the reviewed list of lay health terms (lay-terms.ts: lumbago → lower back pain).
 * Only the part that maps words the guide lacks onto words it has is shipped, as `thesaurus.json`.
 */
import { words as splitWords } from '../../client/search/words';
import { LAY_TERMS, NOT_SYNONYMS } from './lay-terms';
import { WordNet, type PartOfSpeech } from './wordnet';

/** A reader's word → the guide's words or phrases it stands for. */
export type Thesaurus = Record<string, string[]>;

/** How many of a word's senses, most frequent first, count as what the guide means by it. */
const SENSES: Readonly<Record<PartOfSpeech, number>> = { noun: 1, verb: 1, adj: 1, adv: 0 };

/** Shortest reader's word worth mapping: shorter ones are mostly abbreviations with many meanings. */
const MIN_WORD_LENGTH = 4;

/** The forms WordNet may list a guide word under: the word, and it without a plural or verb ending. */
export function baseForms(word: string): string[] {
  const forms = new Set([word]);
  if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.add(word.slice(0, -1));
  if (word.endsWith('ing')) forms.add(word.slice(0, -3)).add(`${word.slice(0, -3)}e`);
  if (word.endsWith('ed')) forms.add(word.slice(0, -2)).add(word.slice(0, -1));
  return [...forms];
}

/** What the thesaurus is built from. */
export interface ThesaurusSources {
  /** Every word of the guide's text, lower-case: the words readers' words are mapped onto. */
  vocabulary: ReadonlySet<string>;
  /** The concepts editors named in keywords and topics; only these get WordNet's synonyms. */
  concepts: readonly string[];
  /** Words never to map: stop words carry no meaning of their own. */
  stopWords: ReadonlySet<string>;
  wordNet: WordNet;
  layTerms?: Readonly<Record<string, readonly string[]>>;
  /** WordNet's words to leave out: senses readers do not mean here. */
  notSynonyms?: ReadonlySet<string>;
}

/** Builds the thesaurus; every key is a word the guide's text lacks, every target made only of words it has. */
export function buildThesaurus({
  vocabulary,
  concepts,
  stopWords,
  wordNet,
  layTerms = LAY_TERMS,
  notSynonyms = NOT_SYNONYMS,
}: ThesaurusSources): Thesaurus {
  const map = new Map<string, Set<string>>();
  const known = (phrase: string) => splitWords(phrase).every((word) => vocabulary.has(word));
  const add = (readerWord: string, target: string) => {
    const key = readerWord.toLowerCase();
    if (key.includes(' ') || key.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(key)) return;
    if (vocabulary.has(key) || stopWords.has(key) || !known(target)) return;
    map.set(key, (map.get(key) ?? new Set()).add(target));
  };
  for (const [readerWord, targets] of Object.entries(layTerms)) for (const target of targets) add(readerWord, target);
  const common = (word: string, pos: PartOfSpeech) => wordNet.isCommon(word, pos) && !notSynonyms.has(word);
  for (const concept of new Set(concepts.map((phrase) => phrase.toLowerCase()))) {
    if (!known(concept) || stopWords.has(concept)) continue;
    for (const pos of Object.keys(SENSES) as PartOfSpeech[]) {
      const forms = concept.includes(' ') ? [concept] : baseForms(concept);
      const senses = [...new Set(forms.flatMap((form) => wordNet.senses(form, pos)))].slice(0, SENSES[pos]);
      for (const offset of senses) {
        const synset = wordNet.synset(offset, pos);
        for (const synonym of synset.words) if (common(synonym, pos)) add(synonym, concept);
      }
    }
  }
  return Object.fromEntries(
    [...map].sort(([a], [b]) => a.localeCompare(b)).map(([word, targets]) => [word, [...targets].sort()]),
  );
}
