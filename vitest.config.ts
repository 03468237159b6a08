import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    coverage: {
      provider: 'v8',
      // The TypeScript of src/: build code, browser code and the helpers they share. Pages, layouts and components
      // (.astro) and the browser's wiring are covered by the end-to-end tests instead.
      include: ['src/**/*.ts'],
      // Endpoints and custom-element wiring run only inside Astro or a browser: the build and e2e tests cover them.
      // So do the content layer's glue (content.config, collection, og-pages) and the components' constants.
      exclude: [
        'src/**/*.test.ts',
        'src/pages/**',
        'src/components/**',
        'src/content.config.ts',
        'src/content/{collection,content-dir}.ts',
        'src/seo/og-pages.ts',
        'src/client/**/{dialog,page,controller,highlight,live,site-search,search-page,share-link,text-link-bar,text-link}.ts',
        // `npm run report` and the build's summary run in their own process or thread: readability-report.test.ts
        // and the integration's test run them whole.
        'src/readability/cli.ts',
        'src/integrations/readability/summary-worker.ts',
        // Listen and the custom elements of the text run only in a browser: tests/e2e/listen.spec.ts and
        // text-settings.spec.ts cover them (with a stand-in for speech synthesis).
        'src/client/{article-tools,reading/reading-tools,listen/listen}.ts',
        // The reading bar's icons are constants for the page and the player.
        'src/reading/icons.ts',
        // The pages' inline scripts run as text inside the pages: security-headers/inline-scripts.test.ts runs that
        // text, and the browser tests the pages.
        'src/client/inline/*.ts',
        // The service worker and its page wiring run only in a browser: tests/e2e/offline.spec.ts covers them.
        'src/client/offline/{worker,register,save-control,save-actions}.ts',
      ],
      reporter: ['text-summary', 'text'],
      // The run fails below these: the pure helpers are held to more than the code that needs Astro or a browser.
      thresholds: {
        lines: 90,
        branches: 85,
        functions: 90,
        'src/{markdown,seo,content}/**/*.ts': { lines: 95, branches: 85 },
        'src/client/**/*.ts': { lines: 90, branches: 85 },
      },
    },
    // `unit` needs nothing built: helpers beside their code in src/, the content rules on the fixture files, search judged
    // on the snapshot of the guide, and the test helpers' own tests. `build` checks the built site (ASTRO_OUT_DIR or ./dist) and builds a few fixture sites.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'src/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/search/**/*.test.ts',
            'tests/support/**/*.test.ts',
          ],
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      // `npm run test:engines`: the built site in Chromium, WebKit and Firefox (tests/engines/), one browser at a time.
      {
        extends: true,
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
