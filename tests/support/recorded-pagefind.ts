/**
 * Search sources for unit tests: what the real index answered, recorded, so the tests need neither a build nor a
 * browser. With RECORD_PAGEFIND=1 (after `npm run build`), the tests run against the built index in Node instead and
 * save every answer they got into tests/fixtures/pagefind/recorded.json:
 *   npm run build && RECORD_PAGEFIND=1 npx vitest run --project unit src/client/search
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pagefind, PagefindData, SearchSources, Thesaurus } from '../../src/client/search/engine';
import { builtSearchSources } from './node-pagefind';

const FILE = join(import.meta.dirname, '../fixtures/pagefind/recorded.json');

/** One result as recorded: everything but the data, which is kept once per page. */
interface RecordedResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
}

interface Recording {
  searches: Record<string, RecordedResult[]>;
  pages: Record<string, PagefindData>;
  vocabulary: string[];
  thesaurus: Thesaurus;
  pageCount: number;
}

const recording: Recording = existsSync(FILE)
  ? (JSON.parse(readFileSync(FILE, 'utf8')) as Recording)
  : { searches: {}, pages: {}, vocabulary: [], thesaurus: {}, pageCount: 0 };

/** Whether this run records from the built site rather than replays. */
export const RECORDING = process.env['RECORD_PAGEFIND'] === '1';

/** Writes what this run recorded (call once, after the tests). */
export function saveRecording(): void {
  if (RECORDING) writeFileSync(FILE, `${JSON.stringify(recording, null, 1)}\n`);
}

/** Sources answering as the real index did; a search never recorded finds nothing. */
export async function recordedSources(): Promise<SearchSources> {
  if (RECORDING) {
    const live = await builtSearchSources(join(import.meta.dirname, '../../dist'));
    const pagefind = await live.pagefind();
    Object.assign(recording, {
      vocabulary: await live.vocabulary(),
      thesaurus: await live.thesaurus(),
      pageCount: await live.pageCount(),
    });
    const recordingPagefind: Pagefind = {
      ...pagefind,
      search: async (term) => {
        const found = await pagefind.search(term);
        recording.searches[term] = await Promise.all(
          found.results.map(async (result) => {
            // Pagefind reuses one object per page across searches: copy the data now.
            recording.pages[result.id] = structuredClone(await result.data());
            return {
              id: result.id,
              score: result.score,
              words: [...result.words],
              matchedMetaFields: result.matchedMetaFields,
            };
          }),
        );
        return found;
      },
    };
    return { ...live, pagefind: async () => recordingPagefind };
  }
  const pagefind: Pagefind = {
    options: async () => {},
    init: async () => {},
    search: async (term) => ({
      results: (recording.searches[term] ?? []).map((result) => ({
        ...result,
        data: async () => structuredClone(recording.pages[result.id]!),
      })),
    }),
  };
  return {
    pagefind: async () => pagefind,
    vocabulary: async () => recording.vocabulary,
    thesaurus: async () => recording.thesaurus,
    pageCount: async () => recording.pageCount,
  };
}
