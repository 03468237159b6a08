/**
 * Understanding a reader's query before it reaches the index: one tidy form of the text, its words, and which of
 * them carry meaning. Pure functions; engine.ts asks the index about the words and ranks what it answers.
 */
import { stopwords } from '@orama/stopwords/english';

/**
 * Words that carry no meaning of their own: question words, auxiliaries, pronouns and filler (@orama/stopwords'
 * English list). Words of time are kept, as "before" and "after" a massage are different sections of this guide.
 */
const TIME_WORDS = new Set(['before', 'after', 'during']);
const STOP_WORDS = new Set(stopwords.filter((word) => !TIME_WORDS.has(word)));

/** Whether a word is a stop word (compared in the folded form `normaliseText` gives). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Whether a word is a word of time, which counts for less than a topic when ranking. */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word);
}

/**
 * The text as search reads it: compatibility forms folded (full-width ｓｔｒｅｓｓ, ligatures), invisible format
 * characters removed (zero-width spaces, soft hyphens, bidi controls), typographic apostrophes and dashes made plain,
 * white space collapsed. Case is kept, for showing the query back to the reader.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The query's words, lower-case: letters and digits, with inner hyphens and apostrophes kept (self-care, omega-3,
 * don't) and possessive 's dropped (body's → body).
 */
export function queryWords(query: string): string[] {
  const found =
    normaliseText(query)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  return found.map((word) => word.replace(/'s$/, ''));
}

/** One thing the reader asked about: the word they typed and the words of the guide that may answer it. */
export interface Concept {
  /** The reader's word (or two words written as one compound, e.g. "after care"). */
  word: string;
  /** What to look for in the guide: the word itself, or the guide's words for it (a phrase means all its words). */
  alternatives: string[];
  /** How the alternatives were found: typed as is, from the thesaurus, or a correction of a misspelling. */
  source: 'typed' | 'thesaurus' | 'correction';
  /** Words of time count for less than topics. */
  weight: number;
  /** Added beside the concept of the same word (its text's words), not written by the reader in this place. */
  extra?: boolean;
}

/** The words a query asks about: its words without stop words, or all of them when it has nothing else. */
export function meaningfulWords(query: string): string[] {
  const all = [...new Set(queryWords(query))];
  const meaningful = all.filter((word) => !isStopWord(word));
  return meaningful.length ? meaningful : all;
}

/** A concept for a word the reader typed, looked for as typed. */
export function typedConcept(word: string): Concept {
  return { word, alternatives: [word], source: 'typed', weight: isTimeWord(word) ? 0.5 : 1 };
}

/** Word forms to look a reader's word up under in the thesaurus: as typed, then without a plural ending. */
export function lookupForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  return forms;
}
