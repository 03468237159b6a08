// Every content rule on the fixture files of tests/fixtures/: each bad folder is a copy of two good sections that
// breaks one rule, and the check must stop it, naming the file, the line where it can, and the problem. The checks
// run as `astro build` runs them, without the build (tests/support/content-pipeline.ts); tests/build/fixture-builds
// proves with a few real builds that `astro build` runs them.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { isSyntaxProblem, sectionOutline } from '../../src/content/section-outline';
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

describe('headings, as the content layer reads them before anything renders', () => {
  // The checks of topics, links and headingIds rely on the content layer knowing each heading's id; the pages get them
  // from the Markdown pipeline. The two must agree on every file, the guide's own (read here, not named) included.
  it.each([contentDir, join(fixtures, 'good-content')])('%s: every h2–h4 id is the one the page gets', async (folder) => {
    for (const section of await loadSections(folder)) {
      const file = join(projectRoot, section.filePath);
      const outline = sectionOutline(readFileSync(file, 'utf8'), section.data);
      if (isSyntaxProblem(outline)) throw new Error(outline.message);
      const compiled = /export function getHeadings\(\) \{ return (.*); \}/.exec(await compileSection(file))![1]!;
      const rendered = (JSON.parse(compiled) as { depth: number; slug: string }[]).filter(({ depth }) => depth >= 2 && depth <= 4);
      expect(outline.headings.map((heading) => heading.id), section.filePath).toEqual(rendered.map(({ slug }) => slug));
    }
  });
});

describe('the content policy, in the Markdown pipeline', () => {
  it.each([
    ['mdx-import', /manual-therapy\.mdx:47:1: \[no-import-export\] import and export are code.*: delete the line/],
    [
      'mdx-expression',
      /manual-therapy\.mdx:47:22: \[no-expression\] \{process\.env\.HOME\} is code.*backslash.*: \\\{process\.env\.HOME\}/,
    ],
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
  ])('%s stops the file at its line and column when it compiles', async (name, message, line, column) => {
    const error = await failure(compileSection(broken(name)));
    expect(error.message).toMatch(message);
    expect(error.loc).toMatchObject({ line, column });
  });

  // The content layer reads the text with the compiler's parser first, and says what the editor should write.
  it.each([
    [
      'less-than-sign',
      'manual-therapy.mdx:50:24: "<" starts an HTML tag in MDX',
      'put a backslash before it: "<2 weeks, rest and" should be written "\\<2 weeks, rest and"',
    ],
    [
      'brace-in-text',
      'manual-therapy.mdx:50:25: "{" starts code in MDX',
      'put a backslash before it: "{within a few days} of" should be written "\\{within a few days} of"',
    ],
    ['mdx-syntax', 'manual-therapy.mdx:37:32: "{" starts code in MDX', 'should be written "\\{a +}"'],
    ['unclosed-tag', 'manual-therapy.mdx:37:1: <aside> is opened but never closed', 'Close it with </aside>'],
  ])('%s stops the content layer with the file, the line, what is wrong and what to write', async (name, where, fix) => {
    const error = (await failure(loadSections(join(fixtures, 'bad-content', name)))) as Error & { hint?: string };
    expect(error.message).toContain(`bad-content/${name}/sections/${where}`);
    expect(error.message).toContain(fix);
    expect(error.hint).toContain('docs/editing.md');
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
    [
      'missing-field',
      /manual-therapy\.mdx:1: the frontmatter \(lines 1–31\) has no description, which every section needs\. Add a line for it between the --- lines, for example: description: "[^"]+"/,
    ],
    [
      'misspelt-field',
      /manual-therapy\.mdx:4: "descripton" is not a field of a section: did you mean "description"\? Write it as in this example: description: "[^"]+"/,
    ],
    ['empty-field', /manual-therapy\.mdx:3: navLabel is empty; write it, for example: navLabel: "[^"]+"/],
    ['wrong-type', /manual-therapy\.mdx:5: order should be a whole number, not "six"; for example: order: \d+/],
    [
      'review-order',
      /manual-therapy\.mdx:7: nextReview \(2025-01-01\) must come after lastReviewed \(2026-11-24\); for example: nextReview: /,
    ],
    ['invalid-date', /manual-therapy\.mdx:6: lastReviewed "2026-02-31" is not a real date/],
    ['empty-body', /manual-therapy\.mdx: the section has no text below its frontmatter/],
    ['not-utf8', /manual-therapy\.mdx:47: the file is not UTF-8 text/],
    ['former-slug-live', /manual-therapy\.mdx: former slug "introduction" is a live page; remove it from formerSlugs/],
    ['slug-clash', /search\.mdx: the slug "search" is taken by the site's own \/search\/; rename the file/],
    [
      'duplicate-slug',
      /conclusion\.mdx:2: this section and \S+\/manual-therapy\.mdx have the same slug, "manual-therapy", and so the same address\. Delete the slug: line/,
    ],
  ])('%s stops the build, naming the file, the line and the fix', async (name, message) => {
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

describe('headings that the guide points at', () => {
  it('reworded-heading: a topic and a link to the old id each name their line and the headingIds line to add', async () => {
    const { message } = await failure(loadSections(join(fixtures, 'bad-content/reworded-heading')));
    const folder = 'tests/fixtures/bad-content/reworded-heading/sections';
    expect(message).toMatch(/has 2 problems/);
    expect(message).toContain(
      `${folder}/introduction.mdx:29: the link "/manual-therapy/#how-long-does-the-relief-last" points at #how-long-does-the-relief-last, a heading that ${folder}/manual-therapy.mdx does not have.`,
    );
    expect(message).toContain(
      `${folder}/manual-therapy.mdx:34: the topic "How long relief lasts" points at the heading #how-long-does-the-relief-last, which this section does not have.`,
    );
    expect(message).toContain(
      'The heading "How Long Does the Relief Last After a Session?" (line 40) now has the id #how-long-does-the-relief-last-after-a-session',
    );
    expect(message).toContain(
      `put this line in the frontmatter of ${folder}/manual-therapy.mdx:\n      headingIds: { "How Long Does the Relief Last After a Session?": "how-long-does-the-relief-last" }`,
    );
  });

  it('stale-heading-id: a pin whose heading was reworded again names its line and the words to write', async () => {
    const { message } = await failure(loadSections(join(fixtures, 'bad-content/stale-heading-id')));
    expect(message).toMatch(/has 1 problem:/);
    expect(message).toContain(
      'stale-heading-id/sections/manual-therapy.mdx:10: headingIds keeps #how-long-does-the-relief-last for a heading "How Long Does the Relief Last After a Session?", but no heading of this section reads so',
    );
    expect(message).toContain(
      'write its words now:\n      headingIds: { "How Long Does the Relief Last After Each Session?": "how-long-does-the-relief-last" }',
    );
  });
});

describe('the fix each message offers', () => {
  /** The frontmatter with `line` added after its opening `---`. */
  const addLine = (source: string, line: string) => source.replace(/^---\n/, `---\n${line}\n`);
  it.each<[string, string, (source: string, message: string) => string]>([
    ['missing-field', 'manual-therapy.mdx', (source, message) => addLine(source, /for example: (.+)$/m.exec(message)![1]!)],
    [
      'misspelt-field',
      'manual-therapy.mdx',
      (source, message) => {
        const [, wrong, right] = /"(\w+)" is not a field of a section: did you mean "(\w+)"/.exec(message)!;
        return source.replace(`${wrong}:`, `${right}:`);
      },
    ],
    ['reworded-heading', 'manual-therapy.mdx', (source, message) => addLine(source, /frontmatter of \S+:\n\s+(.+)$/m.exec(message)![1]!)],
    [
      'stale-heading-id',
      'manual-therapy.mdx',
      (source, message) => source.replace(/^headingIds:.*$/m, /write its words now:\n\s+(.+)$/m.exec(message)![1]!),
    ],
    ...(['less-than-sign', 'brace-in-text'] as const).map(
      (name): [string, string, (source: string, message: string) => string] => [
        name,
        'manual-therapy.mdx',
        (source, message) => {
          const [, written, fixed] = /"([^"]+)" should be written "([^"]+)"/.exec(message)!;
          return source.replace(written!, fixed!);
        },
      ],
    ),
  ])('%s: doing what the message says makes the content load', async (name, file, apply) => {
    const { message } = await failure(loadSections(join(fixtures, 'bad-content', name)));
    const copy = mkdtempSync(join(tmpdir(), `${name}-`));
    try {
      cpSync(join(fixtures, 'bad-content', name), copy, { recursive: true });
      const path = join(copy, 'sections', file);
      writeFileSync(path, apply(readFileSync(path, 'utf8'), message));
      await expect(loadSections(copy)).resolves.toHaveLength(2);
      await expect(compileSection(path)).resolves.toContain('MDXContent');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
