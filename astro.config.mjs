// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import cleanFailedBuild from './src/integrations/clean-failed-build.ts';
import inertDirective from './src/integrations/inert-directive.ts';
import postBuild from './src/integrations/post-build/index.ts';
import previewCards from './src/integrations/preview-cards/index.ts';
import readability from './src/integrations/readability/index.ts';
import searchInDev from './src/integrations/search-index/index.ts';
import { siteAddress } from './src/integrations/site-address/address.ts';
import siteAddressCheck from './src/integrations/site-address/index.ts';
import { inlineScriptHashes } from './src/integrations/security-headers/inline-scripts.ts';
import {
  PAGE_DIRECTIVES,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  directiveStrings,
} from './src/integrations/security-headers/policy.ts';
import { contentPolicy } from './src/markdown/content-policy.ts';
import { headings } from './src/markdown/headings.ts';
import { siteLinks } from './src/markdown/site-links.ts';

// The guide's public address and the folder it is published under, from SITE_URL and BASE_PATH (docs/deploy.md).
const address = siteAddress(process.env);

export default defineConfig({
  // Absolute URLs (canonical, Open Graph, sitemap) start with `site`; every address on the site starts with `base`.
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // Separate output folders let tests build fixture sites without touching dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Duplicate slugs are content errors, not warnings.
  prerenderConflictBehavior: 'error',
  // Four pages at a time: while preview cards are rasterised and compressed off the main thread, other pages render.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // After the pages are written, one pass over the built site runs the steps in the order postBuild names them: the
  // link check, each page's CSP and _headers, the search index (so `astro build` alone yields a working search), and
  // the service worker with the list of every file it may keep. The readability summary line comes last.
  integrations: [
    siteAddressCheck(address),
    cleanFailedBuild(),
    inertDirective(),
    mdx(),
    previewCards(),
    searchInDev(),
    postBuild(),
    readability(),
  ],
  // Shiki colours code with style="…" attributes, which the CSP blocks; the guide has no code to colour.
  // `headings` gives every heading a stable id and its share control (src/markdown/headings.ts); `siteLinks` puts the
  // base in front of the content's links to the site's own pages and files (`/self-care/`).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [contentPolicy], hastPlugins: [headings, siteLinks(address.base)] }),
  },
  // Strict CSP as a <meta> on every page; Astro adds the hashes of its inline scripts and styles.
  security: {
    csp: {
      directives: directiveStrings(PAGE_DIRECTIVES),
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: inlineScriptHashes() },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    plugins: [
      tailwindcss(),
      // The lazy chunks load on the reader's intent (a press, a focus, the first scroll), ahead of need: no dependency
      // lists to preload with them (Vite's `build.modulePreload`, set for the browser build, as Astro sets its own for
      // every build). Vite's preload helper itself stays: docs/performance.md.
      {
        name: 'guide:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
  },
});
