import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    // `unit` needs nothing built: helpers beside their code in src/, and the test helpers' own tests.
    // `build` checks the built site (ASTRO_OUT_DIR or ./dist) and builds fixture sites.
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/support/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
