/** What a step after the build is: how the one pass over the built site (./pass.ts) hands it each page. */
import type { AstroIntegrationLogger } from 'astro';
import type { DistPage } from '../built-site/dist-pages';

/** One built page, as a step reads it. */
export interface PageToRead {
  /** Path in the output folder, e.g. `overview/index.html`. */
  file: string;
  /** The page as the steps before this one left it (the first step sees it as Astro wrote it). */
  html: string;
  /** Facts parsed from the page as Astro wrote it. */
  facts: DistPage;
}

/** One built page in its final form, as the site will serve it. */
export interface FinalPage {
  file: string;
  url: string;
  bytes: Uint8Array;
}

/** What every step can use of the build once each page is read. */
export interface SiteContext {
  /** The output folder. */
  root: string;
  /** Every file Astro wrote, relative to the output folder with forward slashes, sorted. */
  files: ReadonlySet<string>;
  logger: AstroIntegrationLogger;
  /** Files written by the steps so far, by path in the output folder: later steps read them from here. */
  written: ReadonlyMap<string, Uint8Array>;
  /** Writes a file into the output folder (creating its folders), for the site and for the steps after this one. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * One step after the build. Each page is read once, by every step in turn, then taken by every step in turn; then
 * each step finishes, in the same order. `Note` is what the step keeps of a page: a JSON value.
 */
export interface PostBuildStep<Note = unknown> {
  readonly name: string;
  /**
   * Reads one page: returns the step's note of it and, to change the page for the steps after it and for the site,
   * its new HTML. Must depend on nothing but the page and facts that change with the code: a page whose bytes have not
   * changed since the last build is not read again, and its notes come from the cache.
   */
  read?(page: PageToRead): { note: Note; html?: string };
  /** Takes each page, in its final form, with the note `read` made of it: once each, in file order. */
  take?(page: FinalPage, note: Note): void | Promise<void>;
  /** Runs after the last page is taken; throwing stops the build with what is wrong. */
  finish?(site: SiteContext): void | Promise<void>;
}
