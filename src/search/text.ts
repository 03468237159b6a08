/**
 * Words, one way everywhere: the guide's text as the index reads it, the reader's query, the excerpt's marks and the
 * lexicon's keys all go through these functions, so that a word the index holds is the word a query finds. Stems come
 * from the Snowball English (Porter2) stemmer, the algorithm Pagefind's own index uses.
 */
import { stopwords } from '@orama/stopwords/english';
import porter2 from 'wink-porter2-stemmer';

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

/** A page's text as words, split at white space only: a word's index here is its place in the page. */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/g).filter(Boolean);
}

/**
 * The words of one written token, lower-case, in order: letters and digits, split at hyphens, apostrophes and other
 * punctuation ("Self-Care," → self, care), with a trailing possessive dropped (body's → body).
 */
export function parts(token: string): string[] {
  const lower = normaliseText(token).toLowerCase().replace(/'s\b/g, '');
  return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words of a text, lower-case, each token split into its parts: how queries and lists are read. */
export function words(text: string): string[] {
  return normaliseText(text).split(' ').flatMap(parts);
}

/** Every word of the text: its tokens as written (self-care, omega-3), lower-case, with possessives dropped. */
export function tokens(text: string): string[] {
  return (
    normaliseText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  ).map((token) => token.replace(/'s$/, ''));
}

const stems = new Map<string, string>();

/** The stem of a lower-case word (massages, massaging → massag), remembered: a page repeats its words. */
export function stem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) stems.set(word, (found = /\d/.test(word) ? word : porter2(word)));
  return found;
}

/**
 * The terms a written token stands for in the index: the stem of each of its parts, and of the parts joined when there
 * are several (self-care is self, care and selfcare), so "self care", "selfcare" and "self-care" all find it.
 */
export function termsOf(token: string): { parts: string[]; joined?: string } {
  const split = parts(token);
  return split.length > 1 ? { parts: split.map(stem), joined: stem(split.join('')) } : { parts: split.map(stem) };
}

/** Words that carry no meaning of their own (question words, auxiliaries, pronouns), from a maintained list. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  stopwords.flatMap((word) => [word, word.replace(/'/g, '')]).concat([...'abcdefghijklmnopqrstuvwxyz']),
);

/** Whether a lower-case word is a stop word: never named, suggested or marked, and weighed as little as it tells. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** The stop words, for the build (which never maps them, nor maps onto them). */
export function stopWords(): ReadonlySet<string> {
  return STOP_WORDS;
}

/** A part of speech, as WordNet names them. */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/**
 * WordNet's rules for finding a word's dictionary form from an inflection ("morphy", without its exception lists): the
 * build reads WordNet with them, and search finds the lexicon's entry for a form it keeps only as its dictionary form.
 */
export const DICTIONARY_ENDINGS: Readonly<Record<PartOfSpeech, readonly (readonly [string, string])[]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** The candidate dictionary forms of a lower-case word, in WordNet's order. */
export function dictionaryForms(word: string): string[] {
  const forms = new Set<string>();
  for (const [ending, replacement] of Object.values(DICTIONARY_ENDINGS).flat())
    if (word.length > ending.length + 2 && word.endsWith(ending))
      forms.add(word.slice(0, -ending.length) + replacement);
  forms.delete(word);
  return [...forms];
}
