// Builds are reproducible, so that no cache can ever change what is published: two clean builds of one guide, in time
// zones a day apart and with clocks more than a year apart, write byte-identical sites; and a rebuild after one
// sentence changed, with every cache of the first build warm (Astro's content cache, the preview cards, the page
// cache, Pagefind's records, the lexicon's shards and word store, the readability figures), writes byte for byte what
// a clean build of the changed guide writes. The small good fixture proves it as well as the real guide would: the
// same code runs, and a date or time written into any page, card or file would differ between the builds.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passLine } from '../../src/integrations/post-build/pass';
import { buildIn, makeBuildRoot, projectRoot, type BuildResult } from '../support/isolated-build.mjs';

const GOOD = join(projectRoot, 'tests/fixtures/good-content');
const CLOCK = join(projectRoot, 'tests/support/shifted-clock.mjs');

/** A build's time zone and how far its clock is moved, in days. */
interface When {
  TZ: string;
  days: number;
}

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fresh copy of the site with its own copy of the good fixture's content, to build (and edit) there. */
function siteCopy(name: string): { root: string; content: string } {
  const root = makeBuildRoot(`reproducible-${name}`);
  roots.push(root);
  const content = join(root, 'guide-content');
  cpSync(GOOD, content, { recursive: true });
  return { root, content };
}

async function build({ root, content }: { root: string; content: string }, { TZ, days }: When): Promise<BuildResult> {
  const result = await buildIn(content, root, undefined, {
    TZ,
    CLOCK_SHIFT_DAYS: String(days),
    NODE_OPTIONS: `--import=${CLOCK}`,
  });
  if (result.exitCode !== 0) throw new Error(`The build failed:\n${result.output.slice(-3000)}`);
  return result;
}

/** Changes one sentence of a section, as an editor would: a few words more, one of them new to the guide. */
function editOneSentence(content: string): void {
  const file = join(content, 'sections/manual-therapy.mdx');
  const text = readFileSync(file, 'utf8');
  const body = text.indexOf('\n---', 4) + 4;
  const sentenceEnd = text.indexOf('. ', body);
  writeFileSync(file, `${text.slice(0, sentenceEnd)}, as a trampoline coach once noted${text.slice(sentenceEnd)}`);
}

/** Every file of a built site, by path, with its bytes. */
function siteFiles(outDir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(outDir, file), readFileSync(file)] as const),
  );
}

/** The files two sites disagree on, each with the first few bytes that differ: what a failure shows. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  return changedFiles(a, b).map((path) => {
    const [x, y] = [a.get(path), b.get(path)];
    if (!x || !y) return `${path}: only in the ${x ? 'first' : 'second'} build`;
    let at = 0;
    while (x[at] === y[at]) at++;
    const around = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('latin1'));
    return `${path}: differs at byte ${at}: ${around(x)} / ${around(y)}`;
  });
}

/** The paths of the files that differ between two sites, or are in only one, sorted. */
function changedFiles(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const same = (x?: Buffer, y?: Buffer) => x !== undefined && y !== undefined && x.equals(y);
  return [...new Set([...a.keys(), ...b.keys()])].filter((path) => !same(a.get(path), b.get(path))).sort();
}

/** A site's lexicon shards by their name alone (their folder is named after all of them together). */
function shardsOf(site: Map<string, Buffer>): Map<string, Buffer> {
  const shard = /^search-index\/lexicon\/[^/]+\/([^/]+)$/;
  return new Map([...site].flatMap(([path, bytes]) => (shard.test(path) ? [[shard.exec(path)![1]!, bytes]] : [])));
}

/** The numbers a build's log line gives, matched by `pattern`; fails, quoting the log, when no line matches. */
function logged(log: string, pattern: RegExp): string[] {
  const match = pattern.exec(log);
  if (!match) throw new Error(`No line of the build's log matches ${pattern}:\n${log}`);
  return match.slice(1);
}

const sites: Record<'first' | 'second' | 'rebuilt' | 'changed', Map<string, Buffer>> = {} as never;
let rebuildLog = '';

beforeAll(async () => {
  const [first, second, changed] = [siteCopy('first'), siteCopy('second'), siteCopy('changed')];
  editOneSentence(changed.content);
  // Two at a time, as CI has two cores. UTC+14 and UTC−12 are a calendar day apart at any moment.
  const [a, b] = await Promise.all([
    build(first, { TZ: 'Pacific/Kiritimati', days: 0 }),
    build(second, { TZ: 'Etc/GMT+12', days: 400 }),
  ]);
  sites.first = siteFiles(a.outDir);
  sites.second = siteFiles(b.outDir);
  editOneSentence(first.content);
  const [rebuilt, clean] = await Promise.all([
    build(first, { TZ: 'Asia/Kathmandu', days: -400 }),
    build(changed, { TZ: 'America/St_Johns', days: 40 }),
  ]);
  rebuildLog = rebuilt.output;
  sites.rebuilt = siteFiles(rebuilt.outDir);
  sites.changed = siteFiles(clean.outDir);
}, 10 * 60_000);

describe('the build', () => {
  it('writes byte-identical sites from the same guide, whatever the time zone and the date', () => {
    expect(sites.first.size).toBeGreaterThan(20);
    expect(differences(sites.first, sites.second)).toEqual([]);
  });

  it('rebuilds a changed sentence from its caches into what a clean build writes', () => {
    expect(changedFiles(sites.first, sites.rebuilt)).toContain('manual-therapy/index.html');
    expect(differences(sites.rebuilt, sites.changed)).toEqual([]);
  });
});

describe('a rebuild after one sentence changed', () => {
  // What each step says it redid is what changed between the two builds' output: anything unchanged was reused.
  const changed = () => changedFiles(sites.first, sites.rebuilt);

  it('paints again only the preview cards that changed (none: a sentence of the text is not on a card)', () => {
    const cards = [...sites.rebuilt.keys()].filter((path) => /^og\/.+\.png$/.test(path));
    const [painted, cached] = logged(rebuildLog, /Preview cards: (\d+) painted, (\d+) from the cache\./).map(Number);
    expect(painted).toBe(changed().filter((path) => cards.includes(path)).length);
    expect(painted).toBe(0);
    expect(cached).toBe(cards.length);
  });

  it('takes every page whose HTML did not change through the steps after the build from their cache, naming the rest', () => {
    const pages = [...sites.rebuilt.keys()].filter((path) => path.endsWith('.html'));
    const redone = changed().filter((path) => path.endsWith('.html'));
    const [seconds] = logged(rebuildLog, /pages through the steps after the build in ([\d.]+) s/);
    expect(rebuildLog).toContain(
      passLine({ pages: pages.length, cached: pages.length - redone.length, redone }, seconds!),
    );
  });

  it('has Pagefind read only the changed section, and writes again only the lexicon shards whose entries changed', () => {
    expect(logged(rebuildLog, /Pagefind read (\d+) changed pages?/)).toEqual(['1']);
    const [before, after] = [shardsOf(sites.first), shardsOf(sites.rebuilt)];
    const [written, shards, reused] = logged(rebuildLog, /(\d+) of (\d+) shards written, (\d+) reused/).map(Number);
    expect(shards).toBe(after.size);
    expect(written).toBe(changedFiles(before, after).length);
    expect(reused).toBeGreaterThan(0);
  });

  it('analyses the readability of the changed section only', () => {
    expect(logged(rebuildLog, /(\d+) of (\d+) sections analysed/)).toEqual(['1', '2']);
  });
});
