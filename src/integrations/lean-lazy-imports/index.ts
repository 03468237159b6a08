import type { AstroIntegration } from 'astro';
import { inlinePreloadHelper, leanPreloadHelper } from './preload-helper';

/**
 * Vite wraps every dynamic `import()` in a module-preload helper that fetches the chunk's dependencies in parallel
 * and reports failures as `vite:preloadError` events. It costs 0.8 KB brotli on every page view, a quarter of the
 * JavaScript budget, and buys nothing here: the only lazy chunks (the search dialog, highlights, text links) load on
 * the reader's intent, ahead of need. Astro fixes `build.modulePreload` globally, so it is turned off for the
 * browser build here, and the helper is replaced after bundling by one that just calls the import, written into each
 * chunk that uses it (a shared file of 30 bytes would cost its importers more in import statements and a request).
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
                // Before the files are named, so that their names' hashes are those of the lean code. Chunks that
                // import the helper get their own copy instead, so no page loads the helper's file.
                renderChunk(code, chunk) {
                  if (chunk.name === 'preload-helper') return leanPreloadHelper(code, chunk.fileName);
                  const inlined = inlinePreloadHelper(code);
                  return inlined === code ? null : inlined;
                },
                // The helper's own file is then imported by nothing: it is not published.
                generateBundle(_options, bundle) {
                  const helper = Object.values(bundle).find(
                    (file) => file.type === 'chunk' && file.name === 'preload-helper',
                  );
                  const used = Object.values(bundle).some(
                    (file) => file.type === 'chunk' && file !== helper && file.code.includes(helper?.fileName ?? '\0'),
                  );
                  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing an output file is how Rollup plugins drop one
                  if (helper && !used) delete bundle[helper.fileName];
                },
              },
            ],
          },
        });
      },
    },
  };
}
