/**
 * Writes `guide-words.json` (./word-store.ts): what WordNet and the word vectors say of the guide's words, worked out
 * afresh for the vocabularies of the search files named on the command line, so that a fresh clone builds the
 * lexicon without looking anything up. `npm run search:words` runs it on the built guide (`npm run build` first) and
 * on the snapshot search is judged on (tests/fixtures/search-guide/). Run it when the lexicon's code or data change
 * (a test says so) or, to spare builds the few lookups of new words, after the guide's words change; a build never
 * needs it to be current: it looks up what the file lacks and keeps that in node_modules/.cache/lexicon/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GuidePage } from '../../../search/search-data.ts';
import { stopWords } from '../../../search/text.ts';
import { guideVocabulary } from '../bundle.ts';
import { readEnglish } from './english.ts';
import { lexiconTargets } from './lexicon.ts';
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
  for (const file of files) {
    const guide = guideVocabulary(pagesOf(file));
    completeStore(store, guide, english, (lemmas) =>
      lexiconTargets(guide, { english, stopWords: stopWords() }, lemmas),
    );
  }
  await writeStore(GUIDE_WORDS_FILE, store);
  console.log(
    `Wrote ${store.lemmas.size} words and phrases, ${store.evidence.size} of them with evidence, and ${store.health?.length ?? 0} health words to ${fileURLToPath(GUIDE_WORDS_FILE)}.`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
