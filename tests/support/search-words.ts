/**
 * Words to search for, taken from a built site's search file at test time, so that a test searches for what the guide
 * says today rather than for words written into it: a word only one page has (a search with one right answer), and the
 * word the most pages have (a search with many results).
 */
import { isStopWord, pageWords, parts } from '../../src/search/text.ts';
import type { GuidePage } from '../../src/search/search-data.ts';

/** The distinct words of a page's text, as search splits them. */
const wordsOf = (content: string) => new Set(pageWords(content).flatMap(parts));

/** A word of six letters or more that the page at `path` has and no other page has. */
export function uniqueWordOf(pages: readonly GuidePage[], path: string): string {
  const page = pages.find(({ url }) => url === path);
  if (!page) throw new Error(`The search file has no page ${path}`);
  const others = pages.filter((other) => other !== page).map(({ content }) => wordsOf(content));
  const word = [...wordsOf(page.content)].find(
    (candidate) =>
      candidate.length >= 6 &&
      !/\d/.test(candidate) &&
      !isStopWord(candidate) &&
      others.every((words) => !words.has(candidate)),
  );
  if (!word) throw new Error(`${path} has no word of its own`);
  return word;
}

/** The word (of four letters or more, not a stop word) that the most pages have. */
export function commonWord(pages: readonly GuidePage[]): string {
  const counts = new Map<string, number>();
  for (const { content } of pages)
    for (const word of wordsOf(content))
      if (word.length >= 4 && !/\d/.test(word) && !isStopWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
