import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeSites, runStep, siteWith } from '../../../tests/support/built-site';
import { linkCheck } from './index';

// The test's own site keeps its content in content/, whichever guide CONTENT_DIR names for the run.
vi.mock('../../content/content-dir', () => ({ contentDir: 'content' }));

afterEach(removeSites);

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

describe('the link check step', () => {
  it('passes a site whose links all lead somewhere, and says how many it checked', async () => {
    const root = siteWith({ 'index.html': page('<a href="/a/#x">A</a>'), 'a/index.html': page('<h1 id="x">A</h1>') });
    const said = await runStep(linkCheck({ site: 'https://guide.example', projectRoot: root }), root);
    expect(said).toEqual(['Checked 1 links on 2 pages.']);
  });

  it('stops the build on a broken link, naming the content file and line that holds it', async () => {
    const root = siteWith({
      'index.html': page('<a href="/gone/">Gone</a><a href="/a/#missing">A</a>'),
      'a/index.html': page('<h1 id="x">A</h1>'),
      'content/sections/a.mdx': '---\ntitle: A\n---\nSee [gone](/gone/).\n',
    });
    const run = runStep(linkCheck({ site: 'https://guide.example', projectRoot: root }), root);
    await expect(run).rejects.toThrow(
      /content\/sections\/a\.mdx:4: the link "\/gone\/" is broken: there is no page or file at \/gone\/ \(seen on \/\)/,
    );
    await expect(run).rejects.toThrow(/a template of \/ \(a\[href\]\): the link "\/a\/#missing" is broken/);
  });
});
