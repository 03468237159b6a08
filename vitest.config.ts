import { defineConfig } from 'vitest/config';
import { EDITED_CONTENT, EDITED_DIST } from './tests/support/edited-paths.ts';

/**
 * The checks of the built site that an editor's change could break, run again on the edited guide: the reading order
 * and contents, every sentence in its place, each page's rules and HTML, previews and metadata, the cards and the
 * budgets; and the edits themselves. What does not depend on the content (the CSP, headers, base path, fixtures) runs
 * on dist/ only.
 */
const EDITED_CHECKS = [
  'tests/build/edits.test.ts',
  'tests/build/navigation.test.ts',
  'tests/build/fidelity.test.ts',
  'tests/build/dist.test.ts',
  'tests/build/sharing.test.ts',
  'tests/build/preview-cards.test.ts',
  'tests/build/budgets.test.ts',
];

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
    // on the snapshot of the guide, and the test helpers' own tests. `build` checks the built site (ASTRO_OUT_DIR or
    // ./dist) and builds a few fixture sites; `edited` runs the checks an editor's change could break on the guide as an
    // editor leaves it (tests/support/edited-guide.ts), built by its global setup.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests restore what they change (env, timers, globals), so files share one module graph per worker:
          // importing the same modules afresh for each of ~100 files took two thirds of the run.
          isolate: false,
          include: [
            'src/**/*.test.ts',
            'tests/content/**/*.test.ts',
            'tests/search/**/*.test.ts',
            'tests/support/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: ['tests/build/edits.test.ts'],
          // Most of these files wait on builds, a dev server or nginx in other processes: more files than cores.
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: {
          name: 'edited',
          include: EDITED_CHECKS,
          globalSetup: ['tests/build/edited-setup.ts'],
          // After the build project's files, with as many at once as they run.
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
          env: { ASTRO_OUT_DIR: EDITED_DIST, CONTENT_DIR: EDITED_CONTENT },
        },
      },
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
