/**
 * The guide as an editor leaves it after an ordinary day's work on a copy of content/ (or CONTENT_DIR): one sentence
 * reworded, a new section added in the middle with the later sections' orders moved up, a `##` heading reworded with
 * `headingIds` keeping its old id, a section given a former address, and a section deleted. Built once for the sources
 * and content as they are (a fingerprint names the build) and shared: the build tests check it as they check dist/
 * (vitest.config.ts, project `edited`), and the offline tests publish it as "the next version" of the site.
 *
 * The build also renames the stylesheet and the scripts, as a new build's Vite output does when the code changes: one
 * line of CSS and one of TypeScript more, which change nothing the tests check.
 */
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { HOME_SECTION_ID } from '../../src/consts';
import { contentDir } from '../../src/content/content-dir';
import { buildWithContent, makeWorkDir, projectRoot } from './astro-build';
import { distDir } from './dist';
import { bodyBlocks, sentencesOf } from './fidelity';
import { readGuide, type SectionFacts } from './guide';

import { EDITED_CONTENT, EDITED_DIST, EDITED_HOME } from './edited-paths';

export { EDITED_CONTENT, EDITED_DIST };

/** What the edits were, for tests that check them (tests/build/edits.test.ts) and the offline update tests. */
export interface Edits {
  /** The section whose sentence changed: the start of the sentence before and after. */
  changed: { path: string; from: string; to: string };
  /** The section added in the middle. */
  added: { path: string; title: string; order: number };
  /** The heading reworded, and the id it keeps. */
  reworded: { path: string; from: string; to: string; id: string };
  /** The section that gained a former address, and that address. */
  former: { from: string; to: string };
  /** The section deleted. */
  deleted: { path: string };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** A section file's frontmatter (parsed) and its text. */
function readSection(file: string): { data: Record<string, unknown>; text: string } {
  const text = readFileSync(file, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: parse(match[1]!) as Record<string, unknown>, text };
}

/**
 * Sets a frontmatter field as an editor would: a line of its own, changed where the file has one and added before the
 * closing `---` where it has none (or, for a field the file writes over several lines, the frontmatter written anew).
 */
function setField(file: string, key: string, value: unknown): void {
  const { data, text } = readSection(file);
  const line = `${key}: ${stringify(value, { flow: true, lineWidth: 0 }).trim()}`;
  const existing = new RegExp(`^${key}:.*$`, 'm');
  const [frontmatter] = FRONTMATTER.exec(text)!;
  let edited: string;
  if (!(key in data)) edited = frontmatter.replace(/\r?\n---\r?\n$/, `\n${line}\n---\n`);
  else if (existing.test(frontmatter) && !/^\s/m.test(frontmatter.split(existing)[1]?.split('\n')[1] ?? ''))
    edited = frontmatter.replace(existing, line);
  else edited = `---\n${stringify({ ...data, [key]: value }, { lineWidth: 0 })}---\n`;
  writeFileSync(file, edited + text.slice(frontmatter.length));
}

/** The id the current build gave `heading` on the section page at `path` (dist/ is the site of the unedited guide). */
function builtHeadingId(path: string, heading: string): string {
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  for (const [, id, inner] of html.matchAll(/<h2 id="([^"]+)"[^>]*>(.*?)<\/h2>/g)) {
    const text = inner!.replace(/<[^>]+>/g, '').trim();
    if (text === heading || text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') === heading) return id!;
  }
  throw new Error(`${path} in ${distDir} has no h2 "${heading}"`);
}

/** Whether any other section of the guide in `sections` links to the page at `path`. */
function linkedTo(sections: string, path: string, except: string): boolean {
  return readdirSync(sections)
    .filter((name) => name.endsWith('.mdx') && name !== except)
    .some(
      (name) =>
        readFileSync(join(sections, name), 'utf8').includes(`(${path}`) ||
        readFileSync(join(sections, name), 'utf8').includes(`"${path}`),
    );
}

/** Makes the edits in a copy of the guide in `source`, written to `target`; returns what they were. */
export function editGuide(source: string, target: string): Edits {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const sections = join(target, 'sections');
  const fileOf = (section: SectionFacts) => join(sections, `${section.slug}.mdx`);
  const guide = readGuide(source);
  const pages = guide.filter(({ slug }) => slug !== HOME_SECTION_ID);
  if (pages.length < 3) throw new Error(`${source} has ${pages.length} section pages: the edits need three`);

  // A heading reworded: the first section page with a `##` heading; its id stays as the current build gave it.
  const withHeading = pages.find(({ headings }) => headings.length > 0);
  if (!withHeading) throw new Error(`${source} has no ## heading to reword`);
  const heading = withHeading.headings[0]!;
  const id = builtHeadingId(withHeading.path, heading);
  const reworded = heading.replace(/([?.!:]?)$/, ', Reworded$1');
  {
    const file = fileOf(withHeading);
    const { data, text } = readSection(file);
    writeFileSync(file, text.replace(`\n## ${heading}`, `\n## ${reworded}`));
    setField(file, 'headingIds', {
      ...((data['headingIds'] as Record<string, string> | undefined) ?? {}),
      [reworded]: id,
    });
  }

  // One sentence reworded, and a former address: the last section page (or the one before, if it has the heading).
  const changedSection = [...pages].reverse().find((section) => section !== withHeading)!;
  let changed: Edits['changed'];
  {
    const file = fileOf(changedSection);
    const { data, text } = readSection(file);
    const body = text.replace(FRONTMATTER, '');
    const sentence = sentencesOf(bodyBlocks(body)).find(
      (candidate) => body.includes(candidate) && /^\w/.test(candidate),
    );
    if (!sentence) throw new Error(`${file} has no sentence written as it reads`);
    const from = sentence.split(' ').slice(0, 4).join(' ');
    const to = `As this guide says, ${from[0]!.toLowerCase()}${from.slice(1)}`;
    writeFileSync(file, text.replace(sentence, `${to}${sentence.slice(from.length)}`));
    setField(file, 'formerSlugs', [
      ...((data['formerSlugs'] as string[] | undefined) ?? []),
      `${changedSection.slug}-before`,
    ]);
    changed = { path: changedSection.path, from, to };
  }

  // A section deleted: one that is neither of those nor linked to from another section.
  const deleted = pages.find(
    (section) =>
      section !== withHeading && section !== changedSection && !linkedTo(sections, section.path, `${section.slug}.mdx`),
  );
  if (!deleted) throw new Error(`${source} has no section to delete that no other links to`);
  rmSync(fileOf(deleted));

  // A section added in the middle: it takes the order of the middle section, whose order and every later one move up.
  const remaining = readGuide(target);
  const middle = remaining[Math.floor(remaining.length / 2)]!;
  for (const section of remaining.filter(({ order }) => order >= middle.order))
    setField(fileOf(section), 'order', section.order + 1);
  const added = { path: '/an-added-section/', title: 'An Added Section About Something New', order: middle.order };
  writeFileSync(
    join(sections, 'an-added-section.mdx'),
    [
      '---',
      `title: "${added.title}"`,
      'navLabel: "Added section"',
      'description: "A section an editor added in the middle of the guide, to show that the tests follow the content."',
      `order: ${added.order}`,
      'lastReviewed: 2026-12-01',
      'nextReview: 2027-12-01',
      '---',
      'This section was added by an editor. It sits in the middle of the guide, and the sections after it moved along.',
      '',
      '## What it says',
      '',
      'It says very little. Its words are here only so that the page has a heading, a paragraph and a list:',
      '',
      '- a first point',
      '- a second point',
      '',
    ].join('\n'),
  );

  return {
    changed,
    added,
    reworded: { path: withHeading.path, from: heading, to: reworded, id },
    former: { from: `/${changedSection.slug}-before/`, to: changedSection.path },
    deleted: { path: deleted.path },
  };
}

/** Files whose contents decide the edited build. */
const SOURCES = ['src', 'astro.config.mjs', 'tailwind.config.ts', 'package-lock.json', 'tests/support/edited-guide.ts'];

function fingerprint(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of SOURCES) add(join(projectRoot, path));
  add(resolve(contentDir));
  // The heading's id comes from the current build.
  add(join(distDir, 'sitemap.xml'));
  return hash.digest('hex').slice(0, 16);
}

/** The edited guide's build: made now unless one of the same sources and content is there. */
export async function editedSite(): Promise<{ dist: string; content: string; edits: Edits }> {
  const stamp = join(EDITED_HOME, 'edits.json');
  const print = fingerprint();
  if (existsSync(stamp)) {
    const kept = JSON.parse(readFileSync(stamp, 'utf8')) as { fingerprint: string; edits: Edits };
    if (kept.fingerprint === print && existsSync(join(EDITED_DIST, 'index.html')))
      return { dist: EDITED_DIST, content: EDITED_CONTENT, edits: kept.edits };
  }
  rmSync(EDITED_HOME, { recursive: true, force: true });
  mkdirSync(EDITED_HOME, { recursive: true });
  const edits = editGuide(contentDir, EDITED_CONTENT);
  const workDir = makeWorkDir('edited-guide');
  // A changed style and a changed shared module: the stylesheet and every script importing it get new names.
  appendFileSync(join(workDir, 'src/styles/global.css'), '\n:root {\n  --next-version: 1;\n}\n');
  appendFileSync(join(workDir, 'src/consts.ts'), '\n(globalThis as { nextVersion?: boolean }).nextVersion = true;\n');
  const result = await buildWithContent(EDITED_CONTENT, workDir);
  if (result.exitCode !== 0) {
    writeFileSync(join(EDITED_HOME, 'build.log'), result.output);
    throw new Error(
      `The edited guide did not build (${join(EDITED_HOME, 'build.log')}):\n${result.output.slice(-3000)}`,
    );
  }
  renameSync(result.outDir, EDITED_DIST);
  rmSync(workDir, { recursive: true, force: true });
  writeFileSync(stamp, JSON.stringify({ fingerprint: print, edits }, null, 2));
  return { dist: EDITED_DIST, content: EDITED_CONTENT, edits };
}
