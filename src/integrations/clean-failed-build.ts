/**
 * When `astro build` fails at any step (content sync, rendering, a check, an integration), deletes the output folder,
 * so no half-built site is left behind that looks complete.
 */
import { rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The output folder, unless it is the project itself or one of its parents (never delete those). */
export function removableOutDir(outDir: URL, root: URL): string | null {
  const out = resolve(fileURLToPath(outDir));
  const project = resolve(fileURLToPath(root));
  return out === project || project.startsWith(out + sep) || out === sep ? null : out;
}

export default function cleanFailedBuild(): AstroIntegration {
  return {
    name: 'guide:clean-failed-build',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const outDir = removableOutDir(config.outDir, config.root);
        // 'exit' also covers failures before and after the build hooks (content sync, rendering, other integrations).
        process.once('exit', (code) => {
          if (code !== 0 && outDir) rmSync(outDir, { recursive: true, force: true });
        });
      },
    },
  };
}
