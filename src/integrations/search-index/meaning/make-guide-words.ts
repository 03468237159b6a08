/**
 * Writes the committed lexicon files: `guide-words.json` (./word-store.ts), what WordNet and the word vectors say of
 * the words of the search files named on the command line, worked out afresh; and `guide-lexicon.json`
 * (./lexicon-files.ts), the lexicon of the first one's words, so that a fresh clone of an unchanged guide builds its
 * lexicon by reading a file. `npm run search:words` runs it on the built guide (`npm run build` first) and on the
 * snapshot search is judged on (tests/fixtures/search-guide/). Run it when the lexicon's code or data change (a test
 * says so) or, to spare builds the work, after the guide's words change; a build never needs the files to be current:
 * it looks up what they lack and keeps that in node_modules/.cache/lexicon/.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuidePage } from '../../../search/search-data.ts';
import { stopWords } from '../../../search/text.ts';
import { guideVocabulary } from '../bundle.ts';
import { readEnglish } from './english.ts';
import { lexiconTargets } from './lexicon.ts';
import { GUIDE_LEXICON_FILE, makeLexicon, writeStoredLexicon, type StoredLexicon } from './lexicon-files.ts';
import { completeStore, wordFactsVersion } from './word-facts.ts';
import { emptyStore, GUIDE_WORDS_FILE, writeStore } from './word-store.ts';

/** The guide's pages in a search file (`{ pages }`) or a snapshot (the pages themselves). */
function pagesOf(file: string): GuidePage[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as GuidePage[] | { pages: GuidePage[] };
  return Array.isArray(data) ? data : data.pages;
}

async function main(files: string[]): Promise<void> {
  if (!files.length) throw new Error('Name the search files whose words to look up (dist/search-index/guide.json).');
  const store = emptyStore(await wordFactsVersion());
  const english = readEnglish();
  const guides = files.map((file) => guideVocabulary(pagesOf(file)));
  for (const guide of guides)
    completeStore(store, guide, english, (lemmas) =>
      lexiconTargets(guide, { english, stopWords: stopWords() }, lemmas),
    );
  await writeStore(GUIDE_WORDS_FILE, store);
  console.log(
    `Wrote ${store.lemmas.size} words and phrases, ${store.evidence.size} of them with evidence, and ${store.health?.length ?? 0} health words to ${fileURLToPath(GUIDE_WORDS_FILE)}.`,
  );
  // The guide's lexicon, made from that store alone (an empty cache, nothing reused) and kept as the cache keeps it.
  const cacheDir = await mkdtemp(join(tmpdir(), 'lexicon-'));
  try {
    await makeLexicon(guides[0]!, { cacheDir, committedLexicon: join(cacheDir, 'none.json') });
    const [made] = (await readdir(cacheDir)).filter((name) => name.startsWith('lexicon-'));
    const lexicon = JSON.parse(await readFile(join(cacheDir, made!), 'utf8')) as StoredLexicon;
    await writeStoredLexicon(GUIDE_LEXICON_FILE, lexicon);
    console.log(
      `Wrote the lexicon of ${files[0]}'s words (${lexicon.index.shards} shards; ${lexicon.widened} readers' words widened) to ${fileURLToPath(GUIDE_LEXICON_FILE)}.`,
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
