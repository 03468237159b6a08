/**
 * Playwright's global setup: "the next version" of the site for the offline update tests (offline.spec.ts) is the
 * edited guide (tests/support/edited-guide.ts): a real second build in which a sentence, a heading, a section's
 * address and the list of sections changed, and the stylesheet and the scripts were renamed, as when the guide is
 * republished. The build tests (`npm run test:dist`) usually built it already; it is reused when its sources match.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../../support/dist';
import { editedSite, type Edits } from '../../support/edited-guide';

/** Where the next version is built; offline.spec.ts reads it from here. */
export const NEXT_BUILD_ENV = 'NEXT_BUILD_DIR';
/** What changed in it (Edits, as JSON). */
export const NEXT_EDITS_ENV = 'NEXT_BUILD_EDITS';

/** What changed in the next version, as the global setup left it for the tests. */
export function nextEdits(): Edits {
  const edits = process.env[NEXT_EDITS_ENV];
  if (!edits) throw new Error('No next version: tests/e2e/support/next-build.ts runs as the global setup');
  return JSON.parse(edits) as Edits;
}

export default async function globalSetup(): Promise<void> {
  // dist/ is the current version the tests start from.
  if (!existsSync(join(distDir, '_astro')))
    throw new Error(`${distDir} has no built site: run \`npm run build\` first`);
  const { dist, edits } = await editedSite();
  const renamed = (kind: string) => {
    const next = new Set(readdirSync(join(dist, '_astro')));
    return readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith(kind) && !next.has(name));
  };
  // The next version must have renamed what it says it renames.
  if (!renamed('.css').length || renamed('.js').length < 3)
    throw new Error('The next version did not rename the stylesheet and the scripts');
  process.env[NEXT_BUILD_ENV] = dist;
  process.env[NEXT_EDITS_ENV] = JSON.stringify(edits);
}
