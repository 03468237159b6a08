/**
 * Words, the same way everywhere: the reader's query (normalised, its words, which of them carry meaning), the
 * guide's text (as the index counts its words) and the build's word lists. Also "Did you mean": the likeliest word of
 * the guide for a slip of the keyboard.
 */
import { stopwords } from '@orama/stopwords/english';

/**
 * Words of time: kept, though @orama/stopwords lists them, as "before" and "after" a massage are different sections
 * of this guide; they count for less than a topic.
 */
const TIME_WORDS = new Set(['before', 'after', 'during']);
/**
 * Words that carry no meaning of their own (question words, auxiliaries, pronouns), from a maintained list, with the
 * list's contractions as phones type them too (dont, im), and single letters ("a" is not on the list).
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  stopwords
    .filter((word) => !TIME_WORDS.has(word))
    .flatMap((word) => [word, word.replace(/'/g, '')])
    .concat([...'abcdefghijklmnopqrstuvwxyz']),
);

/** Whether a word (lower-case) is a stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Whether a word is a word of time, which counts for less than a topic. */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word);
}

/** The stop words, for the build (which never maps them, nor suggests them). */
export function stopWords(): ReadonlySet<string> {
  return STOP_WORDS;
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
 * A query's words, lower-case: letters and digits, with inner hyphens and apostrophes kept (self-care, omega-3,
 * don't), possessive 's dropped (body's → body).
 */
export function queryWords(query: string): string[] {
  const found =
    normaliseText(query)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
  return found.map((word) => word.replace(/'s$/, ''));
}

/** Lower-case words of a text, split at hyphens and punctuation: how the guide's text is matched and listed. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Splits a page's indexed text into words exactly as Pagefind counts word locations. */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/g);
}

/** Rows of a QWERTY keyboard: a slip to a neighbouring key is the likeliest typing error. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map(
  KEY_ROWS.flatMap((row, y) => [...row].map((key, x): [string, [number, number]] => [key, [x + y / 2, y]])),
);

/** Whether two keys are next to each other on a QWERTY keyboard. */
export function neighbouringKeys(a: string, b: string): boolean {
  const [p, q] = [KEY_AT.get(a), KEY_AT.get(b)];
  return !!p && !!q && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/**
 * How unlikely a slip turns `intended` into `typed`: an edit distance (with swaps of neighbouring letters) where the
 * slips people make cost half: a neighbouring key, a doubled or dropped repeated letter, two letters swapped.
 */
export function slipCost(typed: string, intended: string): number {
  const rows = typed.length + 1;
  const cols = intended.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const [t, w] = [typed[i - 1]!, intended[j - 1]!];
      const substitute = t === w ? 0 : neighbouringKeys(t, w) ? 0.5 : 1;
      // A letter typed twice ("theraapist"), or one of a pair typed once ("masage", "matress").
      const insert = t === typed[i - 2] ? 0.5 : 1;
      const drop = w === intended[j - 2] ? 0.5 : 1;
      let best = Math.min(d[i - 1]![j]! + insert, d[i]![j - 1]! + drop, d[i - 1]![j - 1]! + substitute);
      if (i > 1 && j > 1 && t === intended[j - 2] && typed[i - 2] === w) best = Math.min(best, d[i - 2]![j - 2]! + 0.5);
      d[i]![j] = best;
    }
  }
  return d[typed.length]![intended.length]!;
}

/** Most slip cost a correction may have: one for short words, two from five letters, three from nine. */
export function allowedSlips(word: string): number {
  return word.length >= 9 ? 3 : word.length >= 5 ? 2 : 1;
}

/**
 * The guide's word a reader most likely meant by `typed`, which neither the guide nor English knows: the cheapest
 * slip (a different first letter costs half more, as readers seldom get it wrong), then the word the guide uses
 * most. `vocabulary` maps the guide's words to how often it uses them. Undefined when nothing is close.
 */
export function likeliestWord(typed: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const limit = allowedSlips(typed);
  let best: { word: string; cost: number; uses: number } | undefined;
  for (const [word, uses] of vocabulary) {
    if (Math.abs(word.length - typed.length) > limit || isStopWord(word)) continue;
    const cost = slipCost(typed, word) + (word[0] === typed[0] ? 0 : 0.5);
    if (cost > limit) continue;
    if (!best || cost < best.cost || (cost === best.cost && uses > best.uses)) best = { word, cost, uses };
  }
  return best?.word;
}
