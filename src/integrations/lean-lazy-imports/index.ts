import type { AstroIntegration } from 'astro';
import { leanPreloadHelper } from './preload-helper';

/**
 * Vite wraps every dynamic `import()` in a module-preload helper that fetches the chunk's dependencies in parallel
 * and reports failures as `vite:preloadError` events. It costs 0.8 KB brotli on every page view, a quarter of the
 * JavaScript budget, and buys nothing here: the only lazy chunks (the search dialog, highlights, text links) load on
 * the reader's intent, ahead of need. Astro fixes `build.modulePreload` globally, so it is turned off for the
 * browser build here, and the helper chunk is replaced after bundling by one that just calls the import.
 */
export default function leanLazyImports(): AstroIntegration {
  return {
    name: 'guide:lean-lazy-imports',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guide:lean-preload-helper',
                applyToEnvironment: (environment) => environment.name === 'client',
                // No dependency lists to preload: the lean helper would not use them.
                configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
                // Before the file is named, so that its name's hash is that of the lean code.
                renderChunk(code, chunk) {
                  return chunk.name === 'preload-helper' ? leanPreloadHelper(code, chunk.fileName) : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
