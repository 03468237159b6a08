// Every content rule on the fixture files of tests/fixtures/: each bad folder is a copy of two good sections that
// breaks one rule, and the check must stop it, naming the file, the line where it can, and the problem. The checks
// run as `astro build` runs them, without the build (tests/support/content-pipeline.ts); tests/build/fixture-builds
// proves with a few real builds that `astro build` runs them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortSections } from '../../src/content/sections';
import { placesOf } from '../../src/markdown/written-links';
import { compileSection, loadSections } from '../support/content-pipeline';
import { projectRoot } from '../support/isolated-build.mjs';

const fixtures = join(projectRoot, 'tests/fixtures');
const sectionsOf = (folder: string) => join(fixtures, folder, 'sections');
const broken = (name: string, file = 'manual-therapy.mdx') => join(sectionsOf(`bad-content/${name}`), file);

/** The error `promise` rejects with, or a failure when it resolves. */
async function failure(promise: Promise<unknown>): Promise<Error & { loc?: { line?: number; column?: number } }> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );
  if (!outcome) throw new Error('expected the check to fail, and it passed');
  return outcome;
}

describe('the good fixture', () => {
  it('loads without a problem or a warning, and every file compiles', async () => {
    const warnings: string[] = [];
    const sections = await loadSections(join(fixtures, 'good-content'), warnings);
    expect(sections.map((section) => section.id).sort()).toEqual(['introduction', 'manual-therapy']);
    expect(warnings).toEqual([]);
    expect(sortSections(sections).map((section) => section.id)).toEqual(['introduction', 'manual-therapy']);
    for (const name of readdirSync(sectionsOf('good-content')))
      await expect(compileSection(join(sectionsOf('good-content'), name))).resolves.toContain('MDXContent');
  });
});

describe('the content policy, in the Markdown pipeline', () => {
  it.each([
    ['mdx-import', /manual-therapy\.mdx:47:1: \[no-import-export\] import and export are code/],
    ['mdx-expression', /manual-therapy\.mdx:47:22: \[no-expression\] \{process\.env\.HOME\} is code/],
    ['html-script', /manual-therapy\.mdx:47:1: \[html\] <script> is not allowed/],
    ['meta-refresh', /manual-therapy\.mdx:47:1: \[html\] <meta> is not allowed/],
    ['event-handler', /manual-therapy\.mdx:47:1: \[html\] <p onClick> is not allowed \(scripts are not allowed\)/],
    ['style-attribute', /manual-therapy\.mdx:47:1: \[html\] <p style> is not allowed/],
    ['javascript-link', /manual-therapy\.mdx:47:1: \[url\] links may use https:, mailto: or tel:.*"javascript:"/],
    ['external-image', /manual-therapy\.mdx:47:1: \[url\] images must be files of this site/],
    ['missing-image', /manual-therapy\.mdx:47:1: \[missing-file\] the image "\.\/chart\.png" is not there/],
  ])('%s stops the file, naming it, the line and the rule', async (name, message) => {
    const error = await failure(compileSection(broken(name)));
    expect(error.message).toContain(`bad-content/${name}/sections/manual-therapy.mdx`);
    expect(error.message).toMatch(message);
  });
});

describe('MDX syntax', () => {
  it.each([
    ['mdx-syntax', /Could not parse expression/, 37, 36],
    ['unclosed-tag', /Expected a closing tag for `<aside>`/, 37, 1],
  ])('%s stops the file at its line and column', async (name, message, line, column) => {
    const error = await failure(compileSection(broken(name)));
    expect(error.message).toMatch(message);
    expect(error.loc).toMatchObject({ line, column });
  });
});

describe('links, as written', () => {
  it.each([
    ['broken-link', '/no-such-section/'],
    ['broken-fragment', '/manual-therapy/#no-such-heading'],
  ])('%s: the pipeline records the file and line, which the link check names', async (name, href) => {
    await compileSection(broken(name));
    expect(placesOf(href)).toContainEqual(expect.stringMatching(new RegExp(`bad-content/${name}/sections/manual-therapy\\.mdx:47$`)));
  });
});

describe('frontmatter and files, as the content layer loads them', () => {
  it.each([
    ['broken-yaml', /manual-therapy\.mdx:\d+:\d+: the frontmatter \(between the --- lines\) is not valid YAML/],
    ['missing-field', /manual-therapy\.mdx: frontmatter does not match the schema:\ndescription: .*\(invalid_type\)/],
    ['empty-field', /manual-therapy\.mdx: frontmatter does not match the schema:\nnavLabel: .*>=1 characters \(too_small\)/],
    ['wrong-type', /manual-therapy\.mdx: frontmatter does not match the schema:\norder: .*expected number.*\(invalid_type\)/],
    ['review-order', /manual-therapy\.mdx: frontmatter does not match the schema:\nnextReview: .*after.*\(custom\)/],
    ['invalid-date', /manual-therapy\.mdx:6: lastReviewed "2026-02-31" is not a real date/],
    ['empty-body', /manual-therapy\.mdx: the section has no text below its frontmatter/],
    ['not-utf8', /manual-therapy\.mdx:47: the file is not UTF-8 text/],
    ['former-slug-live', /manual-therapy\.mdx: former slug "introduction" is a live page; remove it from formerSlugs/],
    ['slug-clash', /search\.mdx: the slug "search" is taken by the site's own \/search\/; rename the file/],
    [
      'duplicate-slug',
      /multiple entries with the same slug: `manual-therapy`[\s\S]*(conclusion|manual-therapy)\.mdx[\s\S]*(conclusion|manual-therapy)\.mdx/,
    ],
  ])('%s stops the build, naming the file and the problem', async (name, message) => {
    const error = await failure(loadSections(join(fixtures, 'bad-content', name)));
    expect(error.message).toContain(`bad-content/${name}/sections/`);
    expect(error.message).toMatch(message);
  });

  it('broken-yaml says what to look for', async () => {
    const error = (await failure(loadSections(join(fixtures, 'bad-content/broken-yaml')))) as Error & { hint?: string };
    expect(error.hint).toMatch(/a quote must close on the line it opens/);
  });

  it('duplicate-order stops the pages, naming both files', async () => {
    const sections = await loadSections(join(fixtures, 'bad-content/duplicate-order'));
    expect(() => sortSections(sections)).toThrow(
      /Duplicate order 0: \S+introduction\.mdx and \S+manual-therapy\.mdx both claim it/,
    );
  });
});
