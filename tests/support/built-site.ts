/** Tiny built sites in temporary folders, for tests of the steps after the build (src/integrations/post-build/). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { runPass } from '../../src/integrations/post-build/pass';
import type { PostBuildStep } from '../../src/integrations/post-build/step';

const folders: string[] = [];

/** A fresh folder holding `files` (path → text); removed by removeSites. */
export function siteWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'built-site-'));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Removes every folder siteWith made. */
export const removeSites = () =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));

/** A logger that keeps what the steps say. */
export function recordingLogger(): AstroIntegrationLogger & { lines: string[] } {
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  return { lines, info: log, warn: log, error: log, debug: log } as unknown as AstroIntegrationLogger & {
    lines: string[];
  };
}

/** Runs `step` over the site in `root` as the build does; resolves with what it logged. */
export async function runStep<Note>(step: PostBuildStep<Note>, root: string): Promise<string[]> {
  const logger = recordingLogger();
  await runPass([step as PostBuildStep], { root, logger });
  return logger.lines;
}
