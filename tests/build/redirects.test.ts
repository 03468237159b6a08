import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, makeWorkDir, projectRoot, type BuildResult } from './astro-build';

// A renamed section: the fixture's manual-therapy page says it used to live at /hands-on-therapy/.
const workDir = makeWorkDir('redirects');
const contentDir = join(workDir, 'content');
let build: BuildResult;

beforeAll(async () => {
  cpSync(join(projectRoot, 'tests/fixtures/good-content'), contentDir, { recursive: true });
  const file = join(contentDir, 'sections/manual-therapy.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\nformerSlugs:\n  - "hands-on-therapy"\n'));
  build = await buildWithContent(contentDir, workDir);
}, 10 * 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('formerSlugs', () => {
  it('builds', () => {
    expect(build.output).toMatch(/Complete!/);
    expect(build.exitCode).toBe(0);
  });

  it('turns the old address into a static redirect page to the current one', () => {
    const stub = readFileSync(join(build.outDir, 'hands-on-therapy/index.html'), 'utf8');
    expect(stub).toMatch(/<meta http-equiv="refresh" content="0;url=\/manual-therapy\/"/);
    expect(stub).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/manual-therapy\/"/);
  });

  it('keeps the old address out of the sitemap', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/manual-therapy/</loc>');
    expect(sitemap).not.toContain('hands-on-therapy');
  });
});
