/**
 * The search index, a step after the build: Pagefind indexes each section page as the pass hands it over (in its own
 * process, while the pass reads the next pages), and once every page is in, the bundle (the search file and the
 * lexicon's shards) is written to the search folder. Any indexing error fails the build.
 */
import { PATHS } from '../../consts.ts';
import { counted } from '../../plural.ts';
import type { PostBuildStep } from '../post-build/step.ts';
import { searchBundle, type LexiconMaker, type SearchBundle } from './bundle.ts';
import type { LexiconReport } from './meaning/lexicon-files.ts';

/** What the step keeps of a page: whether search indexes it (it marks its text with `data-pagefind-body`). */
export interface SearchNote {
  searchable: boolean;
}

/** Pages handed to Pagefind and not yet indexed, at most: the pass waits beyond this, so pages never pile up. */
const IN_FLIGHT = 4;

/** What the build says of the lexicon: reused whole, or which words were looked up and which shards were made again. */
export function lexiconLine({ reused, lookedUp, reusedShards }: LexiconReport, shards: number): string {
  if (reused === 'cache') return 'the lexicon as an earlier build made it (the same words)';
  if (reused === 'committed') return 'the lexicon the repository holds, made for these words';
  const looked = lookedUp.length
    ? `${counted(lookedUp.length, 'new word')} looked up (${lookedUp.slice(0, 5).join(', ')}${lookedUp.length > 5 ? ', …' : ''})`
    : 'no word looked up';
  return `lexicon made from the word stores, ${looked}; ${shards - reusedShards} of ${counted(shards, 'shard')} written, ${reusedShards} reused`;
}

/** The search index step; `lexicon` makes the lexicon's files (by default from the caches and word stores). */
export function searchIndex(lexicon?: LexiconMaker): PostBuildStep<SearchNote> {
  const waiting: { url: string; content: string }[] = [];
  /** Wakes the indexer when a page arrives or the pages end; wakes the pass when there is room again. */
  let wakeIndexer = () => {};
  let wakePass = () => {};
  let ended = false;
  let bundle: Promise<SearchBundle> | undefined;

  /** Pagefind's index, fed from `waiting` until the pages end. */
  const start = () =>
    searchBundle(async (index) => {
      const errors: string[] = [];
      for (;;) {
        const page = waiting.shift();
        if (!page) {
          if (ended) return errors;
          await new Promise<void>((wake) => (wakeIndexer = wake));
          continue;
        }
        wakePass();
        errors.push(...(await index.addHTMLFile(page)).errors);
      }
    }, lexicon);

  return {
    name: 'search-index',
    read: ({ facts }) => ({ note: { searchable: facts.isSearchable } }),
    async take({ url, bytes }, { searchable }) {
      if (!searchable) return;
      bundle ??= start();
      // A failure is kept for finish; meanwhile the pages still stream past.
      bundle.catch(() => {});
      while (waiting.length >= IN_FLIGHT) await new Promise<void>((wake) => (wakePass = wake));
      waiting.push({ url, content: Buffer.from(bytes).toString('utf8') });
      wakeIndexer();
    },
    async finish({ writeFile, logger }) {
      ended = true;
      wakeIndexer();
      const { files, pages, words, widened, shards, lexicon: made } = await (bundle ?? start());
      for (const [path, content] of files) await writeFile(`${PATHS.searchBundle.slice(1)}${path}`, content);
      logger.info(
        `Indexed ${pages} pages (${words} distinct words); ${widened} readers' words and phrases widened to the guide's, in ${shards} lexicon shards: ${lexiconLine(made, shards)}.`,
      );
    },
  };
}
