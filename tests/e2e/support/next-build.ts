/**
 * Playwright's global setup: builds "the next version" of the site, the real guide with one sentence changed, for
 * the offline update test (offline.spec.ts). A real second build, so that everything a new build changes (the build
 * id, the worker, the page's digest) changes as it would when the guide is republished.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithContent, makeWorkDir, projectRoot } from '../../support/astro-build';

/** Where the next version is built; offline.spec.ts reads it from here. */
export const NEXT_BUILD_ENV = 'NEXT_BUILD_DIR';

/** The sentence changed in the next version, and what it becomes. */
export const CHANGED = { file: 'sections/conclusion.mdx', from: 'In conclusion,', to: 'To conclude,' } as const;

export default async function globalSetup(): Promise<void> {
  const content = mkdtempSync(join(tmpdir(), 'next-content-'));
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const file = join(content, CHANGED.file);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(CHANGED.from)) throw new Error(`${CHANGED.file} no longer says "${CHANGED.from}"`);
  writeFileSync(file, text.replace(CHANGED.from, CHANGED.to));
  const result = await buildWithContent(content, makeWorkDir('next-version'));
  if (result.exitCode !== 0) throw new Error(`The next version did not build:\n${result.output.slice(-3000)}`);
  process.env[NEXT_BUILD_ENV] = result.outDir;
}
