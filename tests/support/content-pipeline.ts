/**
 * The content checks of `astro build`, run without a build (milliseconds per file instead of seconds per site):
 * - `loadSections` loads a content folder with the sections collection (src/content/sections-collection.ts): Astro's
 *   glob loader reading each file through the MDX integration's own entry type, the schema, then our checks;
 * - `compileSection` passes one file through the MDX integration's own Vite transform, with the Markdown processor
 *   of astro.config.mjs (the content policy and the heading ids), as `astro build` compiles it.
 * What stays Astro's alone (its error formatting, the pages) is left to the few real builds in tests/build/.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import astroConfig from '../../astro.config.mjs';
import { sectionsCollection } from '../../src/content/sections-collection';
import { projectRoot } from './isolated-build.mjs';

/** What the MDX integration registers for `.mdx` content files. */
interface EntryType {
  extensions: string[];
  getEntryInfo(options: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown> }>;
}

/** The MDX integration's Vite transform of `.mdx` files. */
type MdxTransform = (code: string, id: string) => Promise<{ code: string }>;

/** Astro's default `build.assets`, which astro.config.mjs keeps. */
const ASSETS_FOLDER = astroConfig.build?.assets ?? '_astro';

/** The MDX integration of astro.config.mjs, set up as Astro sets it up: its content entry type and its Vite plugin. */
async function mdxIntegration(): Promise<{ entryType: EntryType; transform: MdxTransform }> {
  const mdx = (astroConfig.integrations ?? []).find(
    (integration): integration is AstroIntegration =>
      !!integration && 'name' in integration && integration.name === '@astrojs/mdx',
  );
  if (!mdx) throw new Error('astro.config.mjs has no @astrojs/mdx integration');
  let entryType: EntryType | undefined;
  let plugins: { name: string; configResolved?: (config: unknown) => void; transform?: { handler: MdxTransform } }[] =
    [];
  const config = { root: pathToFileURL(`${projectRoot}/`), srcDir: pathToFileURL(`${projectRoot}/src/`) };
  const hooks = mdx.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:setup']!({
    config,
    addRenderer: () => {},
    addPageExtension: () => {},
    addContentEntryType: (type: EntryType) => (entryType = type),
    updateConfig: (update: { vite: { plugins: typeof plugins } }) => (plugins = update.vite.plugins),
  });
  await hooks['astro:config:done']!({
    config: { ...config, markdown: astroConfig.markdown },
    logger: { warn: (message: string) => console.warn(message) },
  });
  const plugin = plugins.find((candidate) => candidate.transform && candidate.name === '@mdx-js/rolldown');
  if (!entryType || !plugin?.transform) throw new Error('the MDX integration registered no entry type or transform');
  plugin.configResolved?.({ build: { sourcemap: false }, plugins: [] });
  return { entryType, transform: plugin.transform.handler };
}

const integration = mdxIntegration();

/** Compiles one section file as `astro build` does; throws the pipeline's error (file, line and rule) if it breaks a rule. */
export async function compileSection(file: string): Promise<string> {
  const { transform } = await integration;
  return (await transform(readFileSync(file, 'utf8'), file)).code;
}

/** A section as the content layer stores it. */
export interface StoredSection {
  id: string;
  filePath: string;
  body: string;
  data: { order: number; navLabel: string; title: string; formerSlugs: string[]; nextReview: Date };
}

/**
 * Loads `<contentDir>/sections/*.mdx` as the content layer does at the start of `astro build`, and resolves with the
 * stored sections (paths relative to the project); rejects with the first error that would stop the build.
 * `warnings` collects what the build would print as warnings.
 */
export async function loadSections(contentDir: string, warnings: string[] = []): Promise<StoredSection[]> {
  const { entryType } = await integration;
  const { loader, schema } = sectionsCollection(contentDir);
  const store = new Map<string, StoredSection>();
  const context = {
    collection: 'sections',
    config: {
      root: pathToFileURL(`${projectRoot}/`),
      srcDir: pathToFileURL(`${projectRoot}/src/`),
      prerenderConflictBehavior: astroConfig.prerenderConflictBehavior,
      build: { assets: ASSETS_FOLDER },
    },
    entryTypes: new Map(entryType.extensions.map((extension) => [extension, entryType])),
    logger: {
      info: () => {},
      warn: (message: string) => warnings.push(message),
      error: (message: string) => warnings.push(message),
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    // Astro validates each entry's frontmatter with the collection's schema; its error names the file and the fields.
    parseData: async ({ data, filePath }: { data: unknown; filePath: string }) => {
      const parsed = await schema.safeParseAsync(data);
      if (parsed.success) return parsed.data;
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message} (${issue.code})`);
      throw new Error(`${filePath}: frontmatter does not match the schema:\n${issues.join('\n')}`);
    },
    store: {
      keys: () => store.keys(),
      values: () => store.values(),
      get: (id: string) => store.get(id),
      set: (entry: StoredSection) => store.set(entry.id, entry),
      delete: (id: string) => store.delete(id),
      addModuleImport: () => {},
      addAssetImports: () => {},
    },
  };
  await loader.load(context as unknown as LoaderContext);
  return [...store.values()];
}
