/**
 * The search index, a step after the build: Pagefind indexes each section page as the pass hands it over (in its own
 * process, while the pass reads the next pages), and once every page is in, the search bundle (the search file made
 * from Pagefind's records, and the lexicon) is written to the search bundle's folder. Any indexing error fails the build.
 */
import { ROUTES } from '../../consts.ts';
import type { PostBuildStep } from '../post-build/step.ts';
import { searchBundle, type SearchBundle } from './bundle.ts';
import type { LexiconThread } from './meaning/lexicon-thread.ts';

/** What the step keeps of a page: whether search indexes it (the guide's sections: DistPage.isSection). */
export interface SearchNote {
  searchable: boolean;
}

/** Pages handed to Pagefind and not yet indexed, at most: the pass waits beyond this, so pages never pile up. */
const IN_FLIGHT = 4;

/** The search index step; the lexicon comes from `lexicon()`'s thread where there is one, else from this thread. */
export function searchIndex(
  lexicon: () => LexiconThread | undefined = () => undefined,
  base = '/',
): PostBuildStep<SearchNote> {
  const waiting: { url: string; content: string }[] = [];
  /** Wakes the indexer when a page arrives or the pages end; wakes the pass when there is room again. */
  let wakeIndexer = () => {};
  let wakePass = () => {};
  let ended = false;
  let bundle: Promise<SearchBundle> | undefined;

  /** Pagefind's index, fed from `waiting` until the pages end. */
  const start = () => {
    const thread = lexicon();
    return searchBundle(
      async (index) => {
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
      },
      thread && ((guide) => thread.make(guide)),
      base,
    );
  };

  return {
    name: 'search-index',
    read: ({ facts }) => ({ note: { searchable: facts.isSection } }),
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
      const { files, pages, words, widened, shards } = await (bundle ?? start());
      for (const [path, content] of files) await writeFile(`${ROUTES.searchBundle}${path}`, content);
      logger.info(
        `Indexed ${pages} pages (${words} distinct words); ${widened} readers' words and phrases widened to the guide's, in ${shards} lexicon shards.`,
      );
    },
  };
}
