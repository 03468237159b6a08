// Typed helpers for tests that build the site from fixture content; see tests/support/isolated-build.mjs for why each
// build gets its own copy of the site's sources.
import { buildIn, makeBuildRoot, projectRoot, type BuildResult } from './isolated-build.mjs';

export { projectRoot, type BuildResult };

/** A fresh folder to build in: a copy of the site's sources, inside the project so packages resolve. */
export function makeWorkDir(prefix: string): string {
  return makeBuildRoot(prefix);
}

/**
 * Runs `astro build` in `workDir` (from makeWorkDir) on `contentDir`, with more environment variables in `env`
 * (SITE_URL, BASE_PATH); the site lands in `workDir`/dist.
 */
export function buildWithContent(
  contentDir: string,
  workDir: string,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  return buildIn(contentDir, workDir, undefined, env);
}
