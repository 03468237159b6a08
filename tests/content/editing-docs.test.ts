// Every example of the editors' page (docs/editing.md) and of the README's section on editing goes through the
// content checks that `astro build` runs (tests/support/content-pipeline.ts): the loader and its checks, the order of
// the sections and the Markdown pipeline. The examples build up one small guide, in the order the page gives them:
// - ```mdx title="content/sections/NAME.mdx"``` is a whole file of it (a later one with the same name replaces it);
// - ```yaml``` lines go into the frontmatter of the last whole file, ```mdx``` text at the end of its body;
// - a block marked `wrong` must fail, and the ```text``` block after it is what the message says (its file names as
//   in content/).
// So an example that stops building, or a message that no longer reads as the page says, fails this test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortSections } from '../../src/content/sections';
import { compileSection, loadSections } from '../support/content-pipeline';
import { projectRoot } from '../support/isolated-build.mjs';

/** One fenced example of a page. */
interface Example {
  language: string;
  title?: string;
  wrong: boolean;
  text: string;
  /** The line of the page where it starts, for failure messages. */
  line: number;
}

/** The fenced code blocks of a Markdown page, in order. */
function examplesOf(page: string): Example[] {
  return [...page.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1]!,
    title: /title="([^"]+)"/.exec(match[2]!)?.[1],
    wrong: /\bwrong\b/.test(match[2]!),
    text: match[3]!,
    line: page.slice(0, match.index).split('\n').length,
  }));
}

/** `file` with the frontmatter lines of `yaml` in place of the fields they name, or added. */
function withFields(file: string, yaml: string): string {
  let result = file;
  for (const line of yaml.trim().split('\n')) {
    const field = /^(\w+):/.exec(line)?.[1];
    if (!field) throw new Error(`not a frontmatter line: ${line}`);
    const existing = new RegExp(`^${field}:.*$`, 'm');
    result = existing.test(result)
      ? result.replace(existing, line)
      : result.replace(/^(---\n[\s\S]*?\n)---\n/, `$1${line}\n---\n`);
  }
  return result;
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Runs the content checks on a guide of these files (name → text); resolves with the error, if any. */
async function check(files: ReadonlyMap<string, string>): Promise<Error | undefined> {
  const folder = mkdtempSync(join(tmpdir(), 'editing-docs-'));
  folders.push(folder);
  mkdirSync(join(folder, 'sections'));
  for (const [name, text] of files) writeFileSync(join(folder, 'sections', name), text);
  try {
    sortSections(await loadSections(folder));
    for (const name of files.keys()) await compileSection(join(folder, 'sections', name));
    return undefined;
  } catch (error) {
    const shown = (error as Error).message.replaceAll(`${relative(projectRoot, folder)}/sections/`, 'content/sections/');
    return new Error(shown.replaceAll(`${folder}/sections/`, 'content/sections/'));
  }
}

describe.each(['docs/editing.md', 'README.md'])('the examples of %s', (page) => {
  const examples = examplesOf(readFileSync(join(projectRoot, page), 'utf8'));

  it('has examples of whole files', () => {
    expect(examples.some((example) => example.title)).toBe(true);
  });

  it('build, each in its turn, and each mistake fails with the message the page shows', async () => {
    let guide = new Map<string, string>();
    let last: string | undefined;
    for (const [index, example] of examples.entries()) {
      if (example.language !== 'mdx' && example.language !== 'yaml') continue;
      const where = `${page}:${example.line}`;
      const files = new Map(guide);
      const name = example.title?.replace(/^content\/sections\//, '');
      if (name) files.set(name, example.text);
      else if (!last) throw new Error(`${where}: a fragment before any whole file`);
      else if (example.language === 'yaml') files.set(last, withFields(guide.get(last)!, example.text));
      else files.set(last, `${guide.get(last)!.trimEnd()}\n\n${example.text}`);
      const error = await check(files);
      if (!example.wrong) {
        expect(error?.message, where).toBeUndefined();
        if (name) [guide, last] = [files, name];
        continue;
      }
      expect(error, `${where} should fail`).toBeInstanceOf(Error);
      const message = examples[index + 1];
      expect(message?.language, `${where}: the message follows in a text block`).toBe('text');
      expect(error!.message, where).toContain(message!.text.trim());
    }
  });
});
