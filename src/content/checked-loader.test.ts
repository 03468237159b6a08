import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { withContentChecks } from './checked-loader';
import { FIELD_EXAMPLES, sectionSchema } from './sections-collection';

const root = mkdtempSync(join(tmpdir(), 'checked-loader-'));
mkdirSync(join(root, 'src/pages'), { recursive: true });
writeFileSync(join(root, 'src/pages/guide.astro'), '');
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Entry {
  id: string;
  body: string;
  source: string;
  formerSlugs?: string[];
  nextReview?: Date;
}

/** Runs the checked loader over entries as the glob loader would have stored them. */
function load(entries: Entry[], failure?: Error, warnings: string[] = []): Promise<void> {
  for (const { id, source } of entries) writeFileSync(join(root, `${id}.mdx`), source);
  const stored = entries.map(({ id, body, formerSlugs = [], nextReview = new Date('2099-01-01') }) => ({
    id,
    body,
    filePath: `${id}.mdx`,
    data: { formerSlugs, nextReview },
  }));
  const inner: Loader = {
    name: 'fake',
    load: async () => {
      if (failure) throw failure;
    },
  };
  const context = {
    collection: 'sections',
    config: { root: pathToFileURL(`${root}/`), build: { assets: '_astro' } },
    store: { values: () => stored },
    logger: { warn: (message: string) => warnings.push(message) },
  };
  return withContentChecks(inner, { schema: sectionSchema, examples: FIELD_EXAMPLES }).load(context as unknown as LoaderContext);
}

const good = (id: string, extra = ''): Entry => ({ id, body: 'Text.', source: `---\ntitle: "T"\nlastReviewed: 2026-11-24\n${extra}---\nText.\n` });

describe('withContentChecks', () => {
  it('passes good content', async () => {
    await expect(load([good('overview'), good('benefits')])).resolves.toBeUndefined();
  });

  it('names the file, the line and the fix for each problem, all at once', async () => {
    const error = await load([
      { ...good('overview'), body: '  ' },
      { ...good('benefits'), source: '---\ntitle: "B"\nlastReviewed: 2026-02-30\n---\nText.\n' },
      good('guide'),
      { ...good('self-care'), formerSlugs: ['benefits'] },
    ]).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/has 4 problems/);
    expect(message).toContain('overview.mdx: the section has no text below its frontmatter');
    expect(message).toContain('benefits.mdx:3: lastReviewed "2026-02-30" is not a real date');
    expect(message).toContain('guide.mdx: the slug "guide" is taken by the site\'s own /guide/');
    expect(message).toContain('self-care.mdx: former slug "benefits" is a live page');
    expect((error as { hint?: string }).hint).toMatch(/docs\/editing\.md/);
  });

  it('turns a YAML error in a frontmatter into one that names the file and line, with a hint', async () => {
    const yaml = Object.assign(new Error('bad'), { name: 'YAMLException', reason: 'unexpected end of the stream', loc: { file: '/site/content/a.mdx', line: 4, column: 2 } });
    const error = (await load([good('overview')], yaml).catch((caught: Error) => caught)) as Error & { hint?: string };
    expect(error.message).toBe('/site/content/a.mdx:4:2: the frontmatter (between the --- lines) is not valid YAML: unexpected end of the stream.');
    expect(error.hint).toMatch(/quote/);
  });

  it('warns, naming the file, when a review has fallen due, and still builds', async () => {
    const warnings: string[] = [];
    await load([{ ...good('overview'), nextReview: new Date('2020-01-01') }, good('benefits')], undefined, warnings);
    expect(warnings).toEqual([expect.stringMatching(/^Due for review, 1 section:\n {2}overview\.mdx: review was due on 2020-01-01/)]);
  });

  it('lets other loader errors through unchanged', async () => {
    const other = new Error('disk on fire');
    await expect(load([], other)).rejects.toBe(other);
  });
});

describe('withContentChecks, as the glob loader hands it each file', () => {
  const valid = 'title: "T"\nnavLabel: "L"\ndescription: "D."\norder: 1\nlastReviewed: 2026-01-10\nnextReview: 2099-01-10\n';

  /** Writes each file and loads them as Astro's glob loader does: parseData for each, then the store. */
  function loadFiles(files: Record<string, string>, ids: Record<string, string> = {}) {
    const store = new Map<string, { id: string; filePath: string; body: string; data: Record<string, unknown> }>();
    let context: LoaderContext | undefined;
    const parse = async (name: string) => {
      const path = join(root, `${name}.mdx`);
      const id = ids[name] ?? name;
      const parsed = await context!.parseData({ id, data: frontmatterOf(files[name]!), filePath: path });
      store.set(id, { id, filePath: `${name}.mdx`, body: 'Text.', data: parsed });
    };
    for (const [name, yaml] of Object.entries(files)) writeFileSync(join(root, `${name}.mdx`), `---\n${yaml}---\nText.\n`);
    const inner: Loader = {
      name: 'fake-glob',
      load: async (given) => {
        context = given;
        for (const name of Object.keys(files)) await parse(name);
      },
    };
    const outer = {
      collection: 'sections',
      config: { root: pathToFileURL(`${root}/`), build: { assets: '_astro' } },
      store: { values: () => store.values(), delete: (id: string) => store.delete(id) },
      logger: { warn: () => {} },
      parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(sectionSchema.parse(data)),
    };
    const loaded = withContentChecks(inner, { schema: sectionSchema, examples: FIELD_EXAMPLES }).load(
      outer as unknown as LoaderContext,
    );
    return { loaded, store, reload: parse };
  }

  /** The frontmatter's fields as YAML reads them (dates as dates). */
  function frontmatterOf(yaml: string): Record<string, unknown> {
    return Object.fromEntries(
      yaml
        .trim()
        .split('\n')
        .map((line) => {
          const [key, value] = line.split(/:\s*/, 2) as [string, string];
          return [key, /^\d{4}-/.test(value) ? new Date(value) : JSON.parse(value)];
        }),
    );
  }

  it('tells every file whose frontmatter the schema rejects, at once, and keeps them out of the store', async () => {
    const { loaded, store } = loadFiles({
      'no-title': valid.replace(/^title.*\n/, ''),
      'bad-order': valid.replace('order: 1', 'order: "first"'),
      fine: valid,
    });
    const error = (await loaded.catch((caught: Error) => caught)) as Error & { loc?: { file: string; line: number } };
    expect(error.message).toMatch(/^The guide's content has 2 problems:\n {2}bad-order\.mdx:5: order should be a whole number/);
    expect(error.message).toContain('\n  no-title.mdx:1: the frontmatter (lines 1–7) has no title');
    expect(error.loc).toEqual({ file: join(root, 'bad-order.mdx'), line: 5, column: undefined });
    expect(error.stack).toBe('');
    expect([...store.keys()]).toEqual(['fine']);
  });

  it('once loaded (astro dev reloading a file), fails at once on a file the schema rejects', async () => {
    const files = { fine: valid };
    const { loaded, reload } = loadFiles(files);
    await loaded;
    files.fine = valid.replace('order: 1', 'order: -1');
    writeFileSync(join(root, 'fine.mdx'), `---\n${files.fine}---\nText.\n`);
    await expect(reload('fine')).rejects.toThrow(/fine\.mdx:5: order must be 0 or more/);
  });

  it('two files with one slug: told at the slug: line, naming the other file', async () => {
    const { loaded } = loadFiles(
      { first: valid, second: `${valid}slug: "first"\n` },
      { second: 'first' },
    );
    await expect(loaded).rejects.toThrow(
      'second.mdx:8: this section and first.mdx have the same slug, "first", and so the same address. Delete the slug: line',
    );
    const { loaded: noSlugLine } = loadFiles({ a: valid, b: valid }, { b: 'a' });
    await expect(noSlugLine).rejects.toThrow(/a\.mdx: this section and b\.mdx have the same slug, "a".*Rename one of the files/);
  });
});
