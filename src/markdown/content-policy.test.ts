import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { contentPolicy, elementProblems, isComment, urlProblem } from './content-policy';
import { placesOf } from './written-links';

const folder = mkdtempSync(join(tmpdir(), 'policy-'));
writeFileSync(join(folder, 'chart.png'), 'png');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Compiles MDX through the policy as Astro does; resolves with the error message, or '' when it passes. */
async function check(source: string): Promise<string> {
  try {
    await mdxToJs(source, { mdastPlugins: [contentPolicy], fileURL: pathToFileURL(join(folder, 'section.mdx')) });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the content policy, on real MDX', () => {
  it('passes the text the guide is made of', async () => {
    const text = [
      '## A heading',
      'Text with **bold**, _emphasis_, a [page](/self-care/#sleep), a [site](https://nhs.uk/) and [mail](mailto:a@b.org).',
      '1. A list\n2. Of steps',
      '> A quote',
      '<aside>A note with <abbr title="physiotherapist">physio</abbr>.</aside>',
      '![A chart](./chart.png)',
      '{/* an editor’s note */}',
    ].join('\n\n');
    expect(await check(text)).toBe('');
  });

  it('stops imports, exports and expressions, which could read the build machine', async () => {
    const message = await check(
      "import fs from 'node:fs'\n\nexport const x = 1\n\nHome is {process.env.HOME}.\n\n{/* a */ process.env.X /* b */}",
    );
    expect(message).toMatch(/section\.mdx:1:1: \[no-import-export\]/);
    expect(message).toMatch(/section\.mdx:3:1: \[no-import-export\]/);
    expect(message).toMatch(/section\.mdx:5:9: \[no-expression\] \{process\.env\.HOME\} is code/);
    expect(message).toMatch(/section\.mdx:7:1: \[no-expression\]/);
  });

  it('stops elements and attributes outside the allowlist, with their lines', async () => {
    const message = await check(
      [
        '<script>alert(1)</script>',
        '<style>{"p{}"}</style>',
        '<meta httpEquiv="refresh" content="0;url=https://elsewhere.example/" />',
        '<p onClick="x()">Hi</p>',
        '<p style="color:red">Hi</p>',
        '<iframe src="https://elsewhere.example/" />',
        '<form action="https://elsewhere.example/"><input src="x" /></form>',
        '<img src="https://elsewhere.example/a.png" alt="" />',
        '<a href={`/x/`}>x</a>',
      ].join('\n\n'),
    );
    for (const [line, pattern] of [
      [1, /<script> is not allowed/],
      [3, /<style> is not allowed/],
      [5, /<meta> is not allowed/],
      [7, /<p onClick> is not allowed \(scripts are not allowed\)/],
      [9, /<p style> is not allowed \(styles come from the site\)/],
      [11, /<iframe> is not allowed/],
      [13, /<form> is not allowed/],
      [15, /images must be files of this site/],
      [17, /<a href=\{…\}>: attribute values must be plain text/],
    ] as const) {
      expect(message).toMatch(new RegExp(`section\\.mdx:${line}:\\d+: \\[html\\] ${pattern.source}`));
    }
  });

  it('stops links with other schemes and images from elsewhere or missing', async () => {
    const message = await check(
      '[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](http://plain.example/) [e](//host.example/)\n\n' +
        '![f](https://elsewhere.example/f.png) ![g](./missing.png)\n\n[h]: javascript:x',
    );
    expect(message).toMatch(
      /\[url\] links may use https:, mailto: or tel:, or point at this site; "javascript:" is not allowed/,
    );
    expect(message).toMatch(/"data:" is not allowed/);
    expect(message).toMatch(/"vbscript:" is not allowed/);
    expect(message).toMatch(/"http:" is not allowed/);
    expect(message).toMatch(/"\/\/host\.example\/" points at another site/);
    expect(message).toMatch(/section\.mdx:3:1: \[url\] images must be files of this site/);
    expect(message).toMatch(/section\.mdx:3:\d+: \[missing-file\] the image "\.\/missing\.png" is not there/);
    expect(message).toMatch(/section\.mdx:5:1: \[url\] .*"javascript:" is not allowed/);
  });
});

describe('where links were written', () => {
  it('is remembered for the link check, line by line', async () => {
    expect(
      await check('Text.\n\nSee [the page](/self-care/#rest) and <a href="/overview/">this</a>.\n\n[ref]: /benefits/'),
    ).toBe('');
    expect(placesOf('/self-care/#rest')).toEqual([expect.stringMatching(/section\.mdx:3$/)]);
    expect(placesOf('/overview/')).toEqual([expect.stringMatching(/section\.mdx:3$/)]);
    expect(placesOf('/benefits/')).toEqual([expect.stringMatching(/section\.mdx:5$/)]);
  });
});

describe('urlProblem', () => {
  it('allows this site, https, mailto and tel links, and site images', () => {
    for (const url of ['/self-care/', '#sleep', '../a/', 'https://nhs.uk', 'mailto:a@b.org', 'tel:+441234'])
      expect(urlProblem(url, 'link')).toBeNull();
    expect(urlProblem('/images/a.png', 'media')).toBeNull();
  });

  it('sees through the tricks browsers ignore', () => {
    expect(urlProblem(' JavaScript:alert(1)', 'link')).toMatch(/"javascript:"/);
    expect(urlProblem('java\tscript:alert(1)', 'link')).toMatch(/"javascript:"/);
  });
});

describe('elementProblems and isComment', () => {
  it('accepts boolean attributes and global ones', () => {
    expect(
      elementProblems('details', [
        { name: 'open', value: null },
        { name: 'lang', value: 'en' },
      ]),
    ).toEqual([]);
    expect(elementProblems(null, [])).toEqual([expect.stringMatching(/fragments/)]);
  });

  it('tells a comment from code wrapped in comments', () => {
    expect(isComment(' /* note */ ')).toBe(true);
    expect(isComment('/* a */ x /* b */')).toBe(false);
  });
});
