import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, makeWorkDir, projectRoot, type BuildResult } from '../support/astro-build';

// A renamed section with a reworded heading: the fixture's manual-therapy page says it used to live at
// /hands-on-therapy/, and pins its reworded heading to the id it had, so links to either keep working.
const workDir = makeWorkDir('redirects');
const contentDir = join(workDir, 'content');
let build: BuildResult;

beforeAll(async () => {
  cpSync(join(projectRoot, 'tests/fixtures/good-content'), contentDir, { recursive: true });
  const file = join(contentDir, 'sections/manual-therapy.mdx');
  const frontmatter =
    '---\nformerSlugs:\n  - "hands-on-therapy"\nheadingIds:\n  "Can Massage Cure Back Pain for Good?": "can-massage-cure-back-pain"\n';
  const source = readFileSync(file, 'utf8').replace(/^---\n/, frontmatter);
  writeFileSync(file, source.replace('## Can Massage Cure Back Pain?', '## Can Massage Cure Back Pain for Good?'));
  build = await buildWithContent(contentDir, workDir);
}, 10 * 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('formerSlugs and headingIds', () => {
  it('builds', () => {
    expect(build.output).toMatch(/Complete!/);
    expect(build.exitCode).toBe(0);
  });

  it('turns the old address into a static redirect page to the current one', () => {
    const stub = readFileSync(join(build.outDir, 'hands-on-therapy/index.html'), 'utf8');
    expect(stub).toMatch(/<meta http-equiv="refresh" content="0;url=\/manual-therapy\/"/);
    expect(stub).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/manual-therapy\/"/);
  });

  it('keeps a reworded heading on its old id, in the text and in the contents list', () => {
    const page = readFileSync(join(build.outDir, 'manual-therapy/index.html'), 'utf8');
    expect(page).toMatch(/<h2 id="can-massage-cure-back-pain"[^>]*>Can Massage Cure Back Pain for Good\?<\/h2>/);
    expect(page).toMatch(/<a href="#can-massage-cure-back-pain"[^>]*>Can Massage Cure Back Pain for Good\?<\/a>/);
    expect(page).not.toContain('id="can-massage-cure-back-pain-for-good"');
  });

  it('keeps the old address out of the sitemap', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/manual-therapy/</loc>');
    expect(sitemap).not.toContain('hands-on-therapy');
  });
});
