/**
 * The pages' inline scripts, written as browser code in src/client/inline/ (type-checked and linted there like any
 * other) and bundled here by esbuild into one minified classic script each. Pages carry exactly this text
 * (`<script is:inline set:html>`), and the CSP allows exactly its hash, so the two cannot disagree. Scripts must not
 * depend on the base path (`import.meta.env` is undefined here): a page's hash is the same under any folder.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { hashSource } from './csp';

/** The inline scripts, by the name of their file in src/client/inline/. */
export const INLINE_SCRIPTS = ['text-settings', 'query-flag', 'offline-list'] as const;
export type InlineScript = (typeof INLINE_SCRIPTS)[number];

/**
 * Where their sources are. From the working folder, which is the project's root when Astro builds: the pages that ask
 * for a script run from Astro's bundle, where this module's own address is not in src/.
 */
const SOURCES = join(process.cwd(), 'src/client/inline');

const texts = new Map<InlineScript, string>();

/** The exact text of an inline script, as the pages carry it and its hash is computed. */
export function inlineScript(name: InlineScript): string {
  let text = texts.get(name);
  if (text === undefined) {
    const { outputFiles } = buildSync({
      entryPoints: [join(SOURCES, `${name}.ts`)],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
      define: { 'import.meta.env': 'undefined' },
    });
    text = outputFiles[0]!.text.trimEnd();
    texts.set(name, text);
  }
  return text;
}

/** The hashes of every inline script, as Astro's `security.csp.scriptDirective.hashes` takes them (`sha256-…`). */
export const inlineScriptHashes = () => INLINE_SCRIPTS.map((name) => hashSource(inlineScript(name), 'sha256'));
