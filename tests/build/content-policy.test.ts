import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/content/content-dir';
import { contentPolicy } from '../../src/markdown/content-policy';

const folder = join(contentDir, 'sections');
const files = readdirSync(folder).filter((name) => name.endsWith('.mdx'));

describe('the real guide keeps the content policy', () => {
  it('has sections to check', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s', async (name) => {
    const source = readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    // mdxToJs throws the policy's error, naming file, line and rule, when a section breaks it.
    expect(() =>
      mdxToJs(source, { mdastPlugins: [contentPolicy], fileURL: pathToFileURL(join(folder, name)) }),
    ).not.toThrow();
  });
});
