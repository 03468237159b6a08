/**
 * Builds the search bundle: Pagefind indexes the pages (through its Node API: it extracts each page's searchable text,
 * headings and metadata), and from its records the guide's own search file (src/search/search-data.ts) and the
 * lexicon's shards (meaning/) are written. Pagefind's own runtime files are not published: the browser's search
 * ranks with the guide's model (src/search/) from the search file, and never loads Pagefind's WebAssembly.
 */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { SEARCH_FILE } from '../../consts.ts';
import { informativeness } from '../../search/lexicon.ts';
import { SEARCH_DATA_VERSION, type GuidePage, type SearchData } from '../../search/search-data.ts';
import { parts, pageWords, tokens } from '../../search/text.ts';
import type { GuideVocabulary } from './meaning/lexicon.ts';
import { makeLexicon, type LexiconReport, type MadeLexicon } from './meaning/lexicon-files.ts';

/** Pagefind starts every decompressed index file with this marker; a fragment's JSON follows it. */
const DECOMPRESSED_SIGNATURE = 'pagefind_dcd';

/** One indexed page as Pagefind's fragment file holds it: the parts the search file is made from. */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** The search bundle: file contents by path inside the bundle folder, and what went into it. */
export interface SearchBundle {
  files: Map<string, Uint8Array>;
  /** Number of pages indexed. */
  pages: number;
  /** Number of distinct words of the guide. */
  words: number;
  /** Number of readers' words and phrases the lexicon widens to the guide's words. */
  widened: number;
  /** Number of lexicon shards. */
  shards: number;
  /** What making the lexicon took. */
  lexicon: LexiconReport;
}

/**
 * The record of one indexed page, read from a fragment file as Pagefind writes it (gzip, marker, JSON). Fails, naming
 * what changed, when Pagefind's format is not the one the search file is made from.
 */
export function fragmentRecord(path: string, content: Uint8Array): IndexedPage {
  const raw = gunzipSync(content);
  if (raw.subarray(0, DECOMPRESSED_SIGNATURE.length).toString('latin1') !== DECOMPRESSED_SIGNATURE) {
    throw new Error(`Pagefind fragment ${path} does not start with "${DECOMPRESSED_SIGNATURE}" once unzipped.`);
  }
  const record = JSON.parse(raw.subarray(DECOMPRESSED_SIGNATURE.length).toString('utf8')) as Partial<IndexedPage>;
  const anchorsOk =
    Array.isArray(record.anchors) &&
    record.anchors.every(
      (anchor) =>
        typeof anchor.element === 'string' &&
        typeof anchor.id === 'string' &&
        typeof anchor.text === 'string' &&
        typeof anchor.location === 'number',
    );
  if (typeof record.url !== 'string' || typeof record.content !== 'string' || !record.meta || !anchorsOk)
    throw new Error(
      `Pagefind fragment ${path} is not in the format the search file is made from (url, content, meta, anchors with element, id, text and location): has Pagefind's format changed?`,
    );
  return record as IndexedPage;
}

/**
 * A page of the search file from its Pagefind record: the metadata the pages give Pagefind, and its headings; its
 * address under `base` (Pagefind knows it by its path in the site).
 */
export function guidePage(record: IndexedPage, base = '/'): GuidePage {
  const { title = record.url, order, description = '', keywords = '' } = record.meta;
  return {
    url: base + record.url.slice(1),
    title,
    // A page without a place in the reading order (data-pagefind-meta="order:…") comes first in ties.
    order: Number(order ?? 0) || 0,
    description,
    keywords: keywords
      .split(',')
      .map((keyword) => keyword.trim())
      .filter(Boolean),
    content: record.content,
    anchors: record.anchors
      .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.id)
      .map(({ id, text, location }) => ({ id, text: text.trim(), location })),
  };
}

/** What the guide's pages hold, for the lexicon: their words, the words of their text, and the runs of two and three. */
export function guideVocabulary(pages: readonly GuidePage[]): GuideVocabulary {
  const all = new Set<string>();
  const inText = new Set<string>();
  const phrases = new Set<string>();
  for (const page of pages) {
    for (const text of [page.title, page.description, ...page.keywords]) for (const word of tokens(text)) all.add(word);
    const text = pageWords(page.content).flatMap(parts);
    for (const word of text) {
      inText.add(word);
      all.add(word);
    }
    for (let at = 0; at + 1 < text.length; at++) {
      phrases.add(`${text[at]} ${text[at + 1]}`);
      if (at + 2 < text.length) phrases.add(`${text[at]} ${text[at + 1]} ${text[at + 2]}`);
    }
    for (const token of pageWords(page.content).flatMap((word) => tokens(word))) all.add(token);
  }
  return { words: all, text: inText, phrases };
}

/** Makes the lexicon's files for a guide's vocabulary. */
export type LexiconMaker = (guide: GuideVocabulary) => Promise<MadeLexicon>;

/**
 * Pagefind's records of the pages `addPages` puts into a fresh index (it returns Pagefind's errors). Throws on any
 * indexing error.
 */
export async function pagefindRecords(addPages: (index: PagefindIndex) => Promise<string[]>): Promise<IndexedPage[]> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const addErrors = await addPages(index);
    if (addErrors.length) throw new Error(`Pagefind could not index the site: ${addErrors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    return files
      .filter((file) => file.path.endsWith('.pf_fragment'))
      .map((file) => fragmentRecord(file.path, file.content));
  } finally {
    await pagefind.close();
  }
}

/**
 * The bundle for the indexed pages' records (the guide's sections only: the pages whose template marks their text
 * `data-pagefind-body`, DistPage.isSection). Throws on an empty index. `lexicon` makes the lexicon's files for the guide's vocabulary; `base` is the folder the site is
 * published under.
 */
export async function searchBundle(
  records: readonly IndexedPage[],
  lexicon: LexiconMaker = makeLexicon,
  base = '/',
): Promise<SearchBundle> {
  if (records.length === 0) throw new Error('Pagefind indexed no pages: is `data-pagefind-body` missing?');
  return bundleOf(
    records.map((record) => guidePage(record, base)),
    lexicon,
  );
}

/** The search file and the lexicon's shards for the guide's pages. */
export async function bundleOf(
  pages: GuidePage[],
  makeLexiconFiles: LexiconMaker = makeLexicon,
): Promise<SearchBundle> {
  pages.sort((a, b) => a.order - b.order || (a.url < b.url ? -1 : 1));
  const guide = guideVocabulary(pages);
  const lexicon = await makeLexiconFiles(guide);
  performance.mark('guide:lexicon-done');
  const info: Record<string, number> = {};
  for (const word of [...guide.words].sort()) info[word] = lexicon.info.get(word) ?? informativeness(undefined);
  const data: SearchData = { version: SEARCH_DATA_VERSION, pages, info, lexicon: lexicon.index };
  const bundle = new Map(lexicon.files);
  bundle.set(SEARCH_FILE, new TextEncoder().encode(JSON.stringify(data)));
  return {
    files: bundle,
    pages: pages.length,
    words: guide.words.size,
    widened: lexicon.widened,
    shards: lexicon.index.shards,
    lexicon: lexicon.report,
  };
}
