/**
 * The site built under a base path, as a GitHub Pages project site or a charity's subfolder publishes it: the real
 * guide with one former address, under BASE_UNDER_TEST, for a real SITE_URL. Built once for the sources as they are
 * and reused (by tests/build/base-path.test.ts and the browser tests' global setup): a fingerprint of the sources
 * names the folder.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HOME_SECTION_ID } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { buildWithContent, makeWorkDir, projectRoot } from './astro-build';

/** The folder the site is published under in these tests, as a GitHub Pages project site is. */
export const BASE_UNDER_TEST = '/massage-guide/';

/** The site's domain in these tests (never requested: the tests serve the build themselves). */
export const ORIGIN_UNDER_TEST = 'https://guide.example.org';

/** The built site and the former address it has. */
export interface SubpathSite {
  dir: string;
  /** A former address and where it leads, both under the base. */
  former: { from: string; to: string };
}

/** Files whose contents decide the build. */
const SOURCES = [
  'src',
  'astro.config.mjs',
  'tailwind.config.ts',
  'package-lock.json',
  'tests/support/subpath-build.ts',
];

function fingerprint(): string {
  const hash = createHash('sha256').update(BASE_UNDER_TEST);
  const add = (path: string) => {
    const full = join(projectRoot, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(full));
  };
  for (const path of SOURCES) add(path);
  for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(contentDir, name);
    if (name.endsWith('.mdx')) hash.update(name).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * A copy of the content with a former address: the first section (by file name) after the home page keeps its own
 * if it has one, else gets `<slug>-before`.
 */
function contentWithFormerAddress(): { dir: string; former: SubpathSite['former'] } {
  const dir = mkdtempSync(join(tmpdir(), 'subpath-content-'));
  cpSync(contentDir, dir, { recursive: true });
  const name = readdirSync(join(dir, 'sections'))
    .filter((file) => file.endsWith('.mdx') && file !== `${HOME_SECTION_ID}.mdx`)
    .sort()[0]!;
  const file = join(dir, 'sections', name);
  const text = readFileSync(file, 'utf8');
  const frontmatter = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as { formerSlugs?: string[] };
  const slug = name.slice(0, -'.mdx'.length);
  let formerSlug = frontmatter.formerSlugs?.[0];
  if (!formerSlug) {
    formerSlug = `${slug}-before`;
    writeFileSync(file, text.replace(/^---\r?\n/, `---\nformerSlugs: ["${formerSlug}"]\n`));
  }
  return { dir, former: { from: `${BASE_UNDER_TEST}${formerSlug}/`, to: `${BASE_UNDER_TEST}${slug}/` } };
}

/** The site under BASE_UNDER_TEST, built now unless a build of the same sources is there. */
export async function subpathSite(): Promise<SubpathSite> {
  const parent = join(projectRoot, 'node_modules/.cache/site-builds');
  mkdirSync(parent, { recursive: true });
  const home = join(parent, `subpath-${fingerprint()}`);
  if (existsSync(join(home, 'site.json')))
    return JSON.parse(readFileSync(join(home, 'site.json'), 'utf8')) as SubpathSite;
  const content = contentWithFormerAddress();
  const workDir = makeWorkDir('base-path');
  const result = await buildWithContent(content.dir, workDir, {
    BASE_PATH: BASE_UNDER_TEST,
    SITE_URL: ORIGIN_UNDER_TEST,
  });
  rmSync(content.dir, { recursive: true, force: true });
  if (result.exitCode !== 0) {
    writeFileSync(join(parent, 'subpath-failed.log'), result.output);
    throw new Error(
      `The build under ${BASE_UNDER_TEST} failed (${join(parent, 'subpath-failed.log')}):\n${result.output.slice(-3000)}`,
    );
  }
  for (const old of readdirSync(parent).filter((name) => name.startsWith('subpath-')))
    rmSync(join(parent, old), { recursive: true, force: true });
  // Kept in the project (the copy it was built in is temporary): the site's files, and what it is.
  cpSync(result.outDir, join(home, 'dist'), { recursive: true });
  rmSync(workDir, { recursive: true, force: true });
  const site: SubpathSite = { dir: join(home, 'dist'), former: content.former };
  writeFileSync(join(home, 'site.json'), JSON.stringify(site));
  return site;
}
