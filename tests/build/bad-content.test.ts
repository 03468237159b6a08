import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIn, makeBuildRoot, projectRoot, type BuildResult } from '../support/isolated-build.mjs';

const fixtures = join(projectRoot, 'tests/fixtures');

/** Each fixture folder breaks one thing in a copy of two real sections; the message must say which file and what. */
const CASES: { name: string; file?: string; message: RegExp }[] = [
  {
    name: 'broken-yaml',
    message: /manual-therapy\.mdx:\d+:\d+: the frontmatter \(between the --- lines\) is not valid YAML[\s\S]*Hint:/,
  },
  { name: 'missing-field', message: /description\W+description: Required/ },
  { name: 'empty-field', message: /navLabel: Too small: expected string to have >=1 characters/ },
  { name: 'wrong-type', message: /order\W+order: Expected type `"number"`, received `"string"`/ },
  { name: 'invalid-date', message: /manual-therapy\.mdx:6: lastReviewed "2026-02-31" is not a real date/ },
  {
    name: 'duplicate-order',
    message: /Duplicate order 0: \S+introduction\.mdx and \S+manual-therapy\.mdx both claim it/,
  },
  {
    name: 'duplicate-slug',
    file: 'conclusion.mdx',
    // Both files named, in whichever order Astro's glob loader found them.
    message:
      /multiple entries with the same slug: `manual-therapy`(?=[\s\S]*conclusion\.mdx)(?=[\s\S]*manual-therapy\.mdx)/,
  },
  {
    name: 'slug-clash',
    file: 'search.mdx',
    message: /the slug "search" is taken by the site's own \/search\/; rename the file/,
  },
  {
    name: 'broken-link',
    message:
      /manual-therapy\.mdx:47: the link "\/no-such-section\/" is broken: there is no page or file at \/no-such-section\//,
  },
  {
    name: 'broken-fragment',
    message:
      /manual-therapy\.mdx:47: the link "\/manual-therapy\/#no-such-heading" is broken: \/manual-therapy\/ has no element with id "no-such-heading"/,
  },
  {
    name: 'former-slug-live',
    message: /manual-therapy\.mdx: former slug "introduction" is a live page; remove it from formerSlugs/,
  },
  { name: 'mdx-syntax', message: /Could not parse expression[\s\S]*manual-therapy\.mdx:37:36/ },
  { name: 'unclosed-tag', message: /Expected a closing tag for `<aside>`[\s\S]*manual-therapy\.mdx:37:1/ },
  { name: 'empty-body', message: /manual-therapy\.mdx: the section has no text below its frontmatter/ },
  // The content policy (src/markdown/content-policy.ts): each rule names the file, the line and the rule.
  { name: 'mdx-import', message: /manual-therapy\.mdx:47:1: \[no-import-export\]/ },
  { name: 'mdx-expression', message: /manual-therapy\.mdx:47:22: \[no-expression\] \{process\.env\.HOME\} is code/ },
  { name: 'html-script', message: /manual-therapy\.mdx:47:1: \[html\] <script> is not allowed/ },
  { name: 'meta-refresh', message: /manual-therapy\.mdx:47:1: \[html\] <meta> is not allowed/ },
  {
    name: 'event-handler',
    message: /manual-therapy\.mdx:47:1: \[html\] <p onClick> is not allowed \(scripts are not allowed\)/,
  },
  { name: 'style-attribute', message: /manual-therapy\.mdx:47:1: \[html\] <p style> is not allowed/ },
  {
    name: 'javascript-link',
    message: /manual-therapy\.mdx:47:1: \[url\] links may use https:, mailto: or tel:.*"javascript:"/,
  },
  { name: 'external-image', message: /manual-therapy\.mdx:47:1: \[url\] images must be files of this site/ },
  {
    name: 'missing-image',
    message: /manual-therapy\.mdx:47:1: \[missing-file\] the image "\.\/chart\.png" is not there/,
  },
  { name: 'not-utf8', message: /manual-therapy\.mdx:47: the file is not UTF-8 text/ },
];

/** Every HTML file left in a folder, if the folder exists. */
function htmlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

const results = new Map<string, BuildResult>();
const buildRoots: string[] = [];

/** Builds each fixture in its own copy of the site; two at a time, as CI has two cores. */
beforeAll(async () => {
  const queue = ['good-content', ...CASES.map(({ name }) => `bad-content/${name}`)];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const root = makeBuildRoot(name.replace('/', '-'));
      buildRoots.push(root);
      results.set(name, await buildIn(join(fixtures, name), root));
    }
  };
  await Promise.all([worker(), worker()]);
}, 15 * 60_000);

afterAll(() => buildRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the fixture sections, unbroken', () => {
  it('build into a complete site (so each failure below comes from its one broken thing)', () => {
    const result = results.get('good-content')!;
    expect(result.exitCode, result.output).toBe(0);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(result.outDir, 'manual-therapy/index.html'))).toBe(true);
  });

  it('build without printing a single warning', () => {
    expect(results.get('good-content')!.output).not.toMatch(/\[WARN\]|\bwarning\b/i);
  });
});

describe.each(CASES)('bad content: $name', ({ name, file = 'manual-therapy.mdx', message }) => {
  it('stops the build', () => {
    const result = results.get(`bad-content/${name}`)!;
    expect(result.exitCode, result.output).not.toBe(0);
  });

  it('names the file and the problem', () => {
    const { output } = results.get(`bad-content/${name}`)!;
    expect(output).toContain(`bad-content/${name}/sections/${file}`);
    expect(output).toMatch(message);
  });

  it('leaves no built pages behind', () => {
    expect(htmlFilesIn(results.get(`bad-content/${name}`)!.outDir)).toEqual([]);
  });
});
