/** The word list that "Did you mean …" picks from, built from what Pagefind indexed. */
import { words } from '../../client/search/words';

/** The parts of a Pagefind fragment (one indexed page) that hold searchable words. */
export interface IndexedPage {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

/** Shortest word worth suggesting; shorter ones match too much by edit distance. */
const MIN_WORD_LENGTH = 3;

/** Every distinct word of the indexed pages' text and searchable metadata (title, keywords), sorted. */
export function vocabularyFromFragments(pages: readonly IndexedPage[]): string[] {
  const found = new Set<string>();
  for (const page of pages) {
    for (const text of [page.content, ...Object.values(page.meta ?? {})]) {
      for (const word of words(text)) {
        if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word)) found.add(word);
      }
    }
  }
  return [...found].sort();
}

/** Every distinct word of the indexed pages' text alone, without their metadata (keywords and titles). */
export function textVocabulary(pages: readonly IndexedPage[]): Set<string> {
  return new Set(pages.flatMap((page) => words(page.content)));
}
