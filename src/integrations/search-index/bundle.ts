/**
 * Builds the search bundle: Pagefind's files (through its Node API), the guide's word list for "Did you mean", and the
 * lexicon in shards (meaning/), all named in Pagefind's entry file, which the browser reads first.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { HOME_SECTION_ID, ROUTES } from '../../consts';
import { GUIDE_FILES, type GuideEntry } from '../../client/search/engine/sources';
import { stopWords, words } from '../../client/search/engine/words';
import type { GuideVocabulary } from './meaning/lexicon';
import { lexiconMaker } from './meaning/lexicon-files';
import type { LexiconFiles } from './meaning/shards';

/** Pagefind starts every decompressed index file with this marker; a fragment's JSON follows it. */
const DECOMPRESSED_SIGNATURE = 'pagefind_dcd';

/** The parts of a Pagefind fragment (one indexed page) that hold searchable words. */
export interface IndexedPage {
  url: string;
  content: string;
  meta?: Record<string, string>;
}

/** The search bundle: file contents by path inside the bundle folder, and what went into it. */
export interface SearchBundle {
  files: Map<string, Uint8Array>;
  /** Number of pages indexed. */
  pages: number;
  /** Number of the guide's words "Did you mean" can suggest. */
  words: number;
  /** Number of readers' words and phrases the lexicon widens to the guide's words. */
  widened: number;
  /** Number of lexicon shards. */
  shards: number;
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

/**
 * Pages search may cover, by their path in the site (`/self-care/`, as Pagefind indexes them: its client adds the base
 * it is loaded from): the home page (the introduction) and section pages; never the whole guide, search or 404.
 */
export function isSearchablePage(url: string): boolean {
  const route = url.slice(1);
  const fixedPages: string[] = [ROUTES.wholeGuide, ROUTES.search, '404/', `${HOME_SECTION_ID}/`];
  return route === ROUTES.home || (/^[a-z0-9-]+\/$/.test(route) && !fixedPages.includes(route));
}

/** What the guide's indexed pages hold: how often each word is used, and the runs of two and three words. */
export function guideVocabulary(pages: readonly IndexedPage[]): GuideVocabulary & { uses: Map<string, number> } {
  const uses = new Map<string, number>();
  const inText = new Set<string>();
  const phrases = new Set<string>();
  for (const page of pages) {
    for (const text of [page.content, ...Object.values(page.meta ?? {})])
      for (const word of words(text)) uses.set(word, (uses.get(word) ?? 0) + 1);
    const text = words(page.content);
    for (const word of text) inText.add(word);
    for (let at = 0; at + 1 < text.length; at++) {
      phrases.add(`${text[at]} ${text[at + 1]}`);
      if (at + 2 < text.length) phrases.add(`${text[at]} ${text[at + 1]} ${text[at + 2]}`);
    }
  }
  return { words: new Set(uses.keys()), text: inText, phrases, uses };
}

/**
 * The words "Did you mean" may suggest, the ones the guide uses most first (the order is all it needs, and costs no
 * bytes): no numbers, short words or stop words.
 */
export function correctionVocabulary(uses: ReadonlyMap<string, number>): string[] {
  const stop = stopWords();
  return [...uses]
    .filter(([word]) => word.length >= 3 && !/\d/.test(word) && !stop.has(word))
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([word]) => word);
}

let maker: ReturnType<typeof lexiconMaker> | undefined;

/** The lexicon built in this thread, its sources read on first use and kept (the dev server indexes again and again). */
function lexiconHere(guide: GuideVocabulary): LexiconFiles {
  maker ??= lexiconMaker();
  return maker(guide);
}

/**
 * The bundle for the pages `addPages` puts into a fresh Pagefind index (it returns Pagefind's errors). Throws on any
 * indexing error, on an empty index and when a page that must stay out of search was indexed. `makeLexicon` makes
 * the lexicon's files for the guide's vocabulary (the build's comes from a worker thread).
 */
export async function searchBundle(
  addPages: (index: PagefindIndex) => Promise<string[]>,
  makeLexicon: (guide: GuideVocabulary) => Promise<LexiconFiles> | LexiconFiles = lexiconHere,
): Promise<SearchBundle> {
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

    const guide = guideVocabulary(records);
    const corrections = correctionVocabulary(guide.uses);
    const vocabularyFile = `${GUIDE_FILES.vocabulary}${contentHash(JSON.stringify(corrections))}.json`;
    bundle.set(vocabularyFile, new TextEncoder().encode(JSON.stringify(corrections)));
    const shards = await makeLexicon(guide);
    for (const [path, content] of shards.files) bundle.set(path, content);

    // Pagefind's entry file, which the browser fetches first (revalidated, never cached for long), names our files too.
    const entryFile = new TextDecoder().decode(bundle.get('pagefind-entry.json'));
    const guideEntry: GuideEntry = { vocabulary: vocabularyFile, lexicon: shards.index };
    bundle.set(
      'pagefind-entry.json',
      new TextEncoder().encode(JSON.stringify({ ...JSON.parse(entryFile), guide: guideEntry })),
    );
    return {
      files: bundle,
      pages: records.length,
      words: corrections.length,
      widened: shards.widened,
      shards: shards.index.shards,
    };
  } finally {
    await pagefind.close();
  }
}

/** A short name for content: the first 10 hex digits of its SHA-256. */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
