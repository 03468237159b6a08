/**
 * The next version of the site under a base path, for the update test of base-path.spec.ts, made from the build of
 * tests/support/subpath-build.ts without building again: one page gets a new paragraph, and the build's last steps
 * (offline reading, then the host recipes) run over the copy, so that it has its own build id, manifest and worker, as
 * a republished guide has.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { offline } from '../../../src/integrations/offline';
import { runPass } from '../../../src/integrations/post-build/pass';

/** The paragraph the next version adds, by id and text. */
export const NEXT_PARAGRAPH = { id: 'next-version', text: 'This paragraph is new in the next version.' } as const;

/** A copy of the build in `site` (published under `base`) with NEXT_PARAGRAPH at the top of the page at `path`. */
export async function nextVersion(site: string, base: string, path: string): Promise<string> {
  const next = mkdtempSync(join(tmpdir(), 'subpath-next-'));
  cpSync(site, next, { recursive: true });
  const file = join(next, path.slice(base.length), 'index.html');
  const html = readFileSync(file, 'utf8');
  const body = html.indexOf('data-pagefind-body');
  const at = html.indexOf('<p', body);
  if (body === -1 || at === -1) throw new Error(`${path} has no paragraph in its text`);
  writeFileSync(file, `${html.slice(0, at)}<p id="${NEXT_PARAGRAPH.id}">${NEXT_PARAGRAPH.text}</p>${html.slice(at)}`);
  const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
  await runPass([offline({ base })], { root: next, logger });
  return next;
}
