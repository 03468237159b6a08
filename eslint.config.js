// ESLint for the whole project: TypeScript (typescript-eslint's strict rules), Astro components (eslint-plugin-astro)
// and a boundary that keeps build-only code out of the browser bundle. Formatting is Prettier's job, not ESLint's.
// TypeScript is linted with type information: a promise nobody awaits, or one handed where a plain function is
// expected (an event listener), is an error.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'tests/bench/starlight/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (callbacks with fixed shapes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `!` is allowed where the code has just made the value certain and says so (an index within bounds, markup the
      // page renders): in the TypeScript the strict compiler settings cannot follow. Tests use it freely.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Browser code: the DOM, and nothing that only exists in Node or at build time.
    files: ['src/client/**/*.ts'],
    ignores: ['src/client/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            {
              group: ['**/integrations/**', '**/content/**', '**/markdown/**', '**/seo/**', 'astro:*', 'astro/*'],
              message: 'Browser code may import only src/consts.ts, src/theme.ts and other browser code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build steps run in Node, outside the Vite build that writes the base path into src/consts.ts's BASE and PATHS:
    // there they would always read `/`. Steps take Astro's `config.base` instead (sitePaths(base), ROUTES).
    files: ['src/integrations/**/*.ts'],
    ignores: ['src/integrations/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/consts'],
              importNames: ['BASE', 'PATHS', 'isNotFoundPath'],
              message: 'Build steps get the base from Astro (config.base): use sitePaths(base) or ROUTES.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and benchmarks hand functions to the browser (page.evaluate), so both sets of globals exist there.
    files: ['tests/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
