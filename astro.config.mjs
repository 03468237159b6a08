// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import pagefindIndex from './src/integrations/pagefind.ts';
import siteChecks from './src/integrations/site-checks.ts';
import inertDirective from './src/integrations/inert-directive.ts';
import { META_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/utils/csp.ts';
import { contentDir } from './src/utils/content-dir.ts';
import { formerSlugRedirects, readSlugHistories, staticRouteNames } from './src/utils/redirects.ts';
import { pinHeadingIds } from './src/utils/pin-heading-ids.ts';

// Absolute URLs (canonical, Open Graph, sitemap) come from here; override at build time with SITE_URL.
const site = process.env.SITE_URL ?? 'https://deep-tissue-massage-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Separate output folders let tests build fixture sites without touching dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Duplicate slugs are content errors, not warnings.
  prerenderConflictBehavior: 'error',
  // siteChecks fails the build on broken links before anything is indexed (src/integrations/site-checks.ts).
  // pagefindIndex runs last, on the finished pages, so `astro build` alone yields a working search.
  integrations: [inertDirective(), mdx(), sitemap({ filter: (page) => !/\/404(\.html|\/)?$/.test(new URL(page).pathname) }), siteChecks(), pagefindIndex()],
  build: { format: 'directory' },
  // Old section addresses (frontmatter `formerSlugs`) become static redirect pages to the current ones.
  // Paths resolve from this file, so `astro build --root` works from any working directory (tests build from temp dirs).
  redirects: formerSlugRedirects(
    readSlugHistories(fileURLToPath(new URL(`${contentDir}/sections/`, import.meta.url))),
    staticRouteNames(fileURLToPath(new URL('./src/pages/', import.meta.url))),
  ),
  devToolbar: { enabled: false },
  // Shiki colours code with style="…" attributes, which the CSP blocks; the guide has no code to colour.
  // pinHeadingIds keeps a reworded heading's old id (frontmatter `headingIds`), so links to it keep working.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [pinHeadingIds] }) },
  // Strict CSP as a <meta> on every page: Astro adds hashes of its inline scripts and styles (see src/utils/csp.ts).
  security: {
    csp: {
      directives: [...META_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  vite: { plugins: [tailwindcss()] },
});
