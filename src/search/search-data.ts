/**
 * The search file: everything search needs to know of the guide, written by the build beside the lexicon's shards
 * (src/integrations/search-index/) and read once by the browser, the dev server and the tests. Each page's text is
 * the text Pagefind extracted for indexing (`data-pagefind-body`, without `data-pagefind-ignore`), with its headings
 * and metadata.
 */
import type { LexiconIndex } from './lexicon.ts';

/** The format's version: a file of another version is refused rather than misread. */
export const SEARCH_DATA_VERSION = 1;

/** One searchable page. */
export interface GuidePage {
  /** The page's address, from the site's root: `/`, `/self-care/`. */
  url: string;
  title: string;
  /** The page's place in the guide's reading order (frontmatter `order`): near-ties go to the earlier page. */
  order: number;
  /** The page's one-sentence summary (frontmatter `description`). */
  description: string;
  /** Words readers search for that the text lacks (frontmatter `keywords`): never shown. */
  keywords: string[];
  /** The text as Pagefind indexed it, title first; words are counted at white space (pageWords). */
  content: string;
  /** Headings with their id and the index of their first word in `content`; the title is the one at 0. */
  anchors: { id: string; text: string; location: number }[];
}

/** The search file. */
export interface SearchData {
  version: typeof SEARCH_DATA_VERSION;
  pages: GuidePage[];
  /** How much each of the guide's words tells (the lexicon's informativeness, 0–99), for weighing translations. */
  info: Record<string, number>;
  lexicon: LexiconIndex;
}

/** The search file from its JSON, checked enough that a file of another format fails here, not later. */
export function parseSearchData(json: unknown): SearchData {
  const data = json as Partial<SearchData> | null;
  if (!data || data.version !== SEARCH_DATA_VERSION || !Array.isArray(data.pages) || !data.lexicon || !data.info)
    throw new Error(`Not a search file of version ${SEARCH_DATA_VERSION}.`);
  return data as SearchData;
}
