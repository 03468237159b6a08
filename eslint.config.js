// ESLint for the whole project: TypeScript (typescript-eslint's strict rules), Astro components (eslint-plugin-astro)
// and the layers of src/ (eslint-plugin-import-x). Formatting is Prettier's job, not ESLint's.
// TypeScript is linted with type information: a promise nobody awaits, or one handed where a plain function is
// expected (an event listener), is an error.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/ (docs/architecture.md). Browser code runs in the reader's browser: src/client/, and the
// <script>s of components. Shared code runs alike in the build and the browser: pure, no Node, no DOM. Everything
// else in src/ is build code: it runs in Node while Astro builds the site (content, Markdown, pages, components'
// frontmatter, the steps after the build).
const SHARED = ['search', 'share', 'offline', 'reading', 'consts.ts', 'theme.ts', 'plural.ts'];
const BROWSER = ['client'];
/** One zone of import-x/no-restricted-paths: files matched by the block may import only `allowed` of src/. */
const onlyFrom = (allowed, message) => ({
  target: './src',
  from: './src',
  except: allowed.map((path) => `./${path}`),
  message,
});
/** The layer rule for one kind of file: what of src/ it may import. */
const layer = (allowed, message) => ({
  'import-x/no-restricted-paths': ['error', { zones: [onlyFrom(allowed, message)] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.astro/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      // Unit tests' coverage, written while lint runs beside them (npm test).
      'coverage/',
      'tests/bench/starlight/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts'],
    // Components' <script>s are linted as files of their own (`Component.astro/1.ts`), which no tsconfig lists:
    // they are linted without type information.
    ignores: ['**/*.astro/*.ts'],
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
    // Imports resolve as Vite and Node resolve them, so the rules below see which file of src/ each one names.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro', '.json'] })],
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'astro-eslint-parser': ['.astro'] },
    },
  },
  {
    // No module of src/ may import itself through others: what runs first would depend on who imported it first.
    files: ['src/**/*.{ts,mjs,astro}'],
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Build code never imports browser code: what it needs of it is shared (src/search, src/offline, …), and the
    // browser's files it bundles or inlines (the service worker, the inline scripts) it names by path, not by import.
    files: ['src/**/*.{ts,mjs,astro}', 'astro.config.mjs', 'tailwind.config.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src',
              from: './src/client',
              message: 'Build code may not import browser code (src/client/): move what both need to shared code.',
            },
            { target: './astro.config.mjs', from: './src/client', message: 'The config may not import browser code.' },
            {
              target: './tailwind.config.ts',
              from: './src/client',
              message: 'The config may not import browser code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code runs in the build and in the browser alike: it imports only shared code, and nothing of Node's.
    files: SHARED.map((path) => (path.endsWith('.ts') ? `src/${path}` : `src/${path}/**/*.ts`)),
    ignores: ['src/**/*.test.ts'],
    rules: {
      ...layer(SHARED, 'Shared code (run by the build and the browser) may import only shared code.'),
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Shared code runs in browsers too.' }] },
      ],
    },
  },
  {
    // Browser code: src/client/ and the scripts of components (eslint-plugin-astro lints each <script> as its own
    // file, `Component.astro/1_1.ts`). The DOM, and nothing that only exists in Node or at build time.
    files: ['src/client/**/*.ts', 'src/**/*.astro/*.ts'],
    ignores: ['src/client/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...layer([...BROWSER, ...SHARED], 'Browser code may import only browser code and shared code.'),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
            { group: ['astro:*', 'astro/*'], message: 'Browser code cannot use Astro, which runs at build time.' },
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
