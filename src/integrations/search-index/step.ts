/**
 * The search index, a step after the build: Pagefind indexes each section page as the pass hands it over (in its own
 * process, while the pass reads the next pages), and once every page is in, the bundle (the search file and the
 * lexicon's shards) is written to the search folder. Any indexing error fails the build. A page whose final bytes
 * are those of an earlier build keeps the record Pagefind made of it then (`cache`): Pagefind runs only for pages that
 * changed, and not at all when none did.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROUTES } from '../../consts.ts';
import { counted } from '../../plural.ts';
import type { PostBuildStep } from '../post-build/step.ts';
import { writeAside } from '../write-aside.ts';
import { pagefindRecords, searchBundle, type IndexedPage, type LexiconMaker } from './bundle.ts';
import type { LexiconReport } from './meaning/lexicon-files.ts';

/** What the step keeps of a page: whether search indexes it (the guide's sections: DistPage.isSection). */
export interface SearchNote {
  searchable: boolean;
}

/** Pages handed to Pagefind and not yet indexed, at most: the pass waits beyond this, so pages never pile up. */
const IN_FLIGHT = 4;

/** Where the records of earlier builds are kept, and the version of the code that made them. */
export interface RecordCache {
  dir: string;
  version: string;
}

interface RecordsFile {
  version: string;
  /** Each page's record, by the digest of its address and final bytes. */
  records: Record<string, IndexedPage>;
}

const RECORDS = 'search-records.json';

/** What the build says of the lexicon: reused whole, or which words were looked up and which shards were made again. */
export function lexiconLine({ reused, lookedUp, reusedShards }: LexiconReport, shards: number): string {
  if (reused === 'cache') return 'the lexicon as an earlier build made it (the same words)';
  if (reused === 'committed') return 'the lexicon the repository holds, made for these words';
  const looked = lookedUp.length
    ? `${counted(lookedUp.length, 'new word')} looked up (${lookedUp.slice(0, 5).join(', ')}${lookedUp.length > 5 ? ', …' : ''})`
    : 'no word looked up';
  return `lexicon made from the word stores, ${looked}; ${shards - reusedShards} of ${counted(shards, 'shard')} written, ${reusedShards} reused`;
}

/**
 * The search index step; `lexicon` makes the lexicon's files (by default from the caches and word stores), `cache`
 * keeps Pagefind's records of the pages between builds, `base` is the folder the site is published under.
 */
export function searchIndex(
  options: { lexicon?: LexiconMaker; cache?: RecordCache; base?: string } = {},
): PostBuildStep<SearchNote> {
  const waiting: { url: string; content: string }[] = [];
  /** Wakes the indexer when a page arrives or the pages end; wakes the pass when there is room again. */
  let wakeIndexer = () => {};
  let wakePass = () => {};
  let ended = false;
  let indexed: Promise<IndexedPage[]> | undefined;
  const earlier = options.cache
    ? readFile(join(options.cache.dir, RECORDS), 'utf8')
        .then((text) => JSON.parse(text) as RecordsFile)
        .then((file) => (file.version === options.cache!.version ? file.records : {}))
        .catch(() => ({}) as Record<string, IndexedPage>)
    : Promise.resolve({} as Record<string, IndexedPage>);
  /** This build's searchable pages: each one's key and address, and its record if an earlier build's was taken. */
  const pages: { key: string; url: string; record?: IndexedPage }[] = [];

  /** Pagefind's index of the pages that changed, fed from `waiting` until the pages end. */
  const start = () =>
    pagefindRecords(async (index) => {
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
    });

  return {
    name: 'search-index',
    read: ({ facts }) => ({ note: { searchable: facts.isSection } }),
    async take({ url, bytes }, { searchable }) {
      if (!searchable) return;
      const key = createHash('sha256').update(url).update('\0').update(bytes).digest('base64url');
      const record = (await earlier)[key];
      pages.push({ key, url, record });
      if (record) return;
      indexed ??= start();
      // A failure is kept for finish; meanwhile the pages still stream past.
      indexed.catch(() => {});
      while (waiting.length >= IN_FLIGHT) await new Promise<void>((wake) => (wakePass = wake));
      waiting.push({ url, content: Buffer.from(bytes).toString('utf8') });
      wakeIndexer();
    },
    async finish({ writeFile, logger }) {
      ended = true;
      wakeIndexer();
      const fresh = indexed ? await indexed : [];
      const records = [...pages.flatMap(({ record }) => (record ? [record] : [])), ...fresh];
      performance.mark('guide:pagefind-done');
      const {
        files,
        pages: count,
        words,
        widened,
        shards,
        lexicon,
      } = await searchBundle(records, options.lexicon, options.base);
      await Promise.all([...files].map(([path, content]) => writeFile(`${ROUTES.searchBundle}${path}`, content)));
      if (options.cache) {
        // This build's records, for the next: the pages of earlier builds that are gone are dropped.
        const byUrl = new Map(fresh.map((record) => [record.url, record]));
        const kept: RecordsFile = { version: options.cache.version, records: {} };
        for (const { key, url, record } of pages) {
          const found = record ?? byUrl.get(url);
          if (found) kept.records[key] = found;
        }
        await writeAside(join(options.cache.dir, RECORDS), JSON.stringify(kept));
      }
      logger.info(
        `Indexed ${count} pages (${words} distinct words; Pagefind read ${counted(fresh.length, 'changed page')}); ${widened} readers' words and phrases widened to the guide's, in ${shards} lexicon shards: ${lexiconLine(lexicon, shards)}.`,
      );
    },
  };
}
