/** Builds the word list that "Did you mean …" picks from, out of what Pagefind indexed. */

/** The parts of a Pagefind fragment (one indexed page) that hold searchable words. */
export interface IndexedPage {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

/** Shortest word worth suggesting; shorter ones match too much by edit distance. */
const MIN_WORD_LENGTH = 3;

/** Lower-case words of a text: letters and digits, with inner hyphens and apostrophes split off. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every distinct word of the indexed pages' text and searchable metadata (title, keywords), sorted. */
export function vocabularyFromFragments(pages: readonly IndexedPage[]): string[] {
  const found = new Set<string>();
  for (const page of pages) {
    const texts = [page.content, ...Object.values(page.meta ?? {})];
    for (const text of texts) {
      for (const word of words(text)) {
        if (word.length >= MIN_WORD_LENGTH && !/^\d+$/.test(word)) found.add(word);
      }
    }
  }
  return [...found].sort();
}
