/**
 * Playwright's global setup: builds "the next version" of the site for the offline update tests (offline.spec.ts). A
 * real second build, so that everything a new build changes (the build id, the worker, every page's digest) changes
 * as it would when the guide is republished. Besides one changed sentence it renames the stylesheet and the scripts
 * (those loaded on demand too), as a new build's Vite output does, and gives the conclusion a former address.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithContent, makeWorkDir, projectRoot } from '../../support/astro-build';
import { distDir } from '../../support/dist';

/** Where the next version is built; offline.spec.ts reads it from here. */
export const NEXT_BUILD_ENV = 'NEXT_BUILD_DIR';

/** The sentence changed in the next version, and what it becomes. */
export const CHANGED = { file: 'sections/conclusion.mdx', from: 'In conclusion,', to: 'To conclude,' } as const;

/** A former address of the conclusion in the next version: its build writes a redirect page there. */
export const FORMER = { from: '/summary/', to: '/conclusion/' } as const;

/** Replaces `from` with `to` in `file`, or fails: the fixture must change what it says it changes. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

export default async function globalSetup(): Promise<void> {
  // dist/ is the current version the tests start from.
  if (!existsSync(join(distDir, '_astro')))
    throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
  const content = mkdtempSync(join(tmpdir(), 'next-content-'));
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  edit(join(content, CHANGED.file), CHANGED.from, CHANGED.to);
  edit(join(content, CHANGED.file), '\norder:', `\nformerSlugs: ["${FORMER.from.slice(1, -1)}"]\norder:`);
  const workDir = makeWorkDir('next-version');
  // A changed style and a changed shared module: the stylesheet and every script importing it get new names.
  appendFileSync(join(workDir, 'src/styles/global.css'), '\n:root {\n  --next-version: 1;\n}\n');
  appendFileSync(join(workDir, 'src/consts.ts'), '\n(globalThis as { nextVersion?: boolean }).nextVersion = true;\n');
  const result = await buildWithContent(content, workDir);
  if (result.exitCode !== 0) throw new Error(`The next version did not build:\n${result.output.slice(-3000)}`);
  const renamed = (kind: string) => {
    const next = new Set(readdirSync(join(result.outDir, '_astro')));
    return readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith(kind) && !next.has(name));
  };
  // The next version must have renamed what it says it renames.
  if (!renamed('.css').length || renamed('.js').length < 3)
    throw new Error('The next version did not rename the stylesheet and the scripts');
  process.env[NEXT_BUILD_ENV] = result.outDir;
}
