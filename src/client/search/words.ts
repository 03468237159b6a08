/** Splitting text into words, the same way for the search index's word list and for readers' queries. */

/** Lower-case words of a text: letters and digits, with inner hyphens and apostrophes split off. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
