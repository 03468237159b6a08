// Stock Starlight, as its starter template sets it up; the benchmark writes the pages into src/content/docs/.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'Deep tissue massage guide' })],
});
