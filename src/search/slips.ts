/**
 * "Did you mean": the guide's word a reader most likely meant by a string that neither the guide nor English knows,
 * by a noisy-channel reading of typing slips (a neighbouring key, a doubled or dropped letter, two letters swapped).
 */
import { isStopWord } from './text.ts';

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
