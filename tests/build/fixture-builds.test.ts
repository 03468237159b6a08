// A few real builds of fixture content, proving that `astro build` runs the content checks at each of its stages and
// stops with the file and line: the content layer (the loader's checks), rendering (the content policy in the
// Markdown pipeline) and after the pages are written (the link check), and that a failed build leaves no pages; and
// that the good fixture, a guide of another length than the real one, keeps the template's byte budgets. The
// rules themselves are tested on every fixture file without a build, in tests/content/content-rules.test.ts.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, makeWorkDir, projectRoot, type BuildResult } from '../support/astro-build';
import { pageBudget } from '../support/budgets';
import { authorWords, siteWeights } from '../support/template-weight';

const fixtures = join(projectRoot, 'tests/fixtures');

/** One bad fixture per stage of the build; each breaks one rule in a copy of the good fixture's two sections. */
const BAD = [
  // The content layer: the schema's problem as the loader says it (Astro's own says "description**: **description:
  // Required" at line 0:0), with the hint, and the file as the error's location instead of a stack trace.
  {
    name: 'missing-field',
    message:
      /manual-therapy\.mdx:1: the frontmatter \(lines 1–31\) has no description, which every section needs\. Add a line for it between the --- lines, for example: description: "[^"]+"\n {2}Hint:\n {4}Each line names a file, the line in it and what to change\. docs\/editing\.md says what each check means\.\n {2}Location:\n {4}\S+\/bad-content\/missing-field\/sections\/manual-therapy\.mdx:1:0\n/,
  },
  { name: 'html-script', message: /manual-therapy\.mdx:47:1: \[html\] <script> is not allowed/ },
  {
    name: 'broken-link',
    message:
      /manual-therapy\.mdx:47: the link "\/no-such-section\/" is broken: there is no page or file at \/no-such-section\//,
  },
];

/** Every HTML file left in a folder, if the folder exists. */
function htmlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

const results = new Map<string, BuildResult>();
const workDirs: string[] = [];

/** Builds each fixture in its own copy of the site; two at a time, as CI has two cores. */
beforeAll(async () => {
  const queue = ['good-content', ...BAD.map(({ name }) => `bad-content/${name}`)];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const workDir = makeWorkDir(name.replace('/', '-'));
      workDirs.push(workDir);
      results.set(name, await buildWithContent(join(fixtures, name), workDir));
    }
  };
  await Promise.all([worker(), worker()]);
}, 10 * 60_000);

afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the good fixture', () => {
  const good = () => results.get('good-content')!;

  it('builds into a complete site without printing a single warning', () => {
    expect(good().exitCode, good().output).toBe(0);
    expect(existsSync(join(good().outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(good().outDir, 'manual-therapy/index.html'))).toBe(true);
    expect(good().output).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });

  it("turns the renamed section's old address into a static redirect page, kept out of the sitemap", () => {
    const stub = readFileSync(join(good().outDir, 'hands-on-therapy/index.html'), 'utf8');
    expect(stub).toMatch(/<meta http-equiv="refresh" content="0;url=\/manual-therapy\/"/);
    expect(stub).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/manual-therapy\/"/);
    const sitemap = readFileSync(join(good().outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/manual-therapy/</loc>');
    expect(sitemap).not.toContain('hands-on-therapy');
  });

  it("keeps the template's byte budgets, as the real guide does: they do not depend on the guide's length", async () => {
    const words = authorWords(join(fixtures, 'good-content/sections'));
    const { weights } = await siteWeights(good().outDir, words);
    const over = weights.filter((weight) => {
      const budget = pageBudget(weight.entries);
      return (
        weight.firstPaint > budget.firstPaint || weight.pageView > budget.pageView || weight.script > budget.script
      );
    });
    expect(weights.length).toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('keeps a reworded heading on its old id, in the text and in the contents list', () => {
    const page = readFileSync(join(good().outDir, 'manual-therapy/index.html'), 'utf8');
    expect(page).toMatch(/<h2 id="can-massage-cure-back-pain"[^>]*>Can Massage Cure Back Pain for Good\?<\/h2>/);
    expect(page).toMatch(/<a href="#can-massage-cure-back-pain"[^>]*>Can Massage Cure Back Pain for Good\?<\/a>/);
    expect(page).not.toContain('id="can-massage-cure-back-pain-for-good"');
  });
});

describe.each(BAD)('bad content: $name', ({ name, message }) => {
  const result = () => results.get(`bad-content/${name}`)!;

  it('stops the build, naming the file, the line and the problem', () => {
    expect(result().exitCode, result().output).not.toBe(0);
    expect(result().output).toContain(`bad-content/${name}/sections/manual-therapy.mdx`);
    expect(result().output).toMatch(message);
  });

  it('leaves no built pages behind', () => {
    expect(htmlFilesIn(result().outDir)).toEqual([]);
  });
});
