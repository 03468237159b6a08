#!/usr/bin/env node
// Build benchmark (not a test): build time and peak memory of `astro build` for the real guide and for generated
// guides of 100 and 1,000 sections, made from the real sections' text, clean and then rebuilt after one edit.
// Prints a table, compares it with the previous saved run (bench-results/latest.json, else the committed
// tests/bench/baseline.json) and saves the new run.
// Usage: npm run bench             (BENCH_SIZES=100,1000 picks the generated sizes)
//        npm run bench -- --starlight       (also builds stock Starlight from the same text: tests/bench/starlight/)
//        npm run bench -- --save-baseline   (also writes tests/bench/baseline.json, to commit)
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildIn, makeBuildRoot, projectRoot } from '../support/isolated-build.mjs';

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.version} is too old for Astro: run \`npm run bench\` (it uses the project's Node).`);
  process.exit(1);
}

const realContent = join(projectRoot, process.env.CONTENT_DIR ?? 'content');
const sizes = (process.env.BENCH_SIZES ?? '100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const latestFile = join(projectRoot, 'bench-results/latest.json');
const baselineFile = join(projectRoot, 'tests/bench/baseline.json');

/** The real sections: file name, frontmatter data and body text. */
function readSections(dir) {
  return readdirSync(join(dir, 'sections'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, 'sections', name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${name}: no frontmatter`);
      return { slug: name.replace(/\.mdx$/, ''), data: parse(match[1]), body: match[2] };
    })
    .sort((a, b) => a.data.order - b.data.order);
}

/**
 * Writes a guide of `count` sections into `dir`/sections: the real sections first (so links between them still
 * resolve), then copies of their text under new slugs, titles and orders.
 */
function generateGuide(sections, count, dir) {
  mkdirSync(join(dir, 'sections'), { recursive: true });
  for (let index = 0; index < count; index++) {
    const source = sections[index % sections.length];
    const copy = index >= sections.length;
    const slug = copy ? `${source.slug}-${index}` : source.slug;
    const data = { ...source.data, order: index, formerSlugs: [] };
    if (copy) {
      data.title = `${source.data.title} (part ${index})`;
      data.navLabel = `${source.data.navLabel.slice(0, 30)} ${index}`;
    }
    writeFileSync(join(dir, 'sections', `${slug}.mdx`), `---\n${stringify(data)}---\n${source.body}`);
  }
}

/** Runs one build in `root` and returns its time and peak memory; throws on a failed build. */
async function timedBuild(label, contentDir, root, astro) {
  const result = await buildIn(contentDir, root, astro);
  if (result.exitCode !== 0) {
    // Thrown, not exited, so the `finally` blocks still remove the build folders.
    throw new Error(`build of ${label} failed:\n${result.output.split('\n').slice(-40).join('\n')}`);
  }
  // The build's own log, with Astro's per-phase timings, for finding where the time goes.
  mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
  writeFileSync(join(projectRoot, 'bench-results', `${label.replace(/\W+/g, '-')}.log`), result.output);
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0),
    milliseconds: result.milliseconds,
    peakMemoryMB: result.peakKilobytes ? Math.round(result.peakKilobytes / 1024) : null,
  };
}

/** Adds a sentence to the middle section, as an editor's change would. */
function editOneSection(contentDir) {
  const names = readdirSync(join(contentDir, 'sections')).sort();
  const file = join(contentDir, 'sections', names[Math.floor(names.length / 2)]);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThis sentence was added by the benchmark.\n`);
}

/**
 * Builds `sourceDir` in a fresh copy of the site (clean: no caches), then edits one section and builds again in the
 * same copy (warm: Astro's content cache, the preview-card cache and the previous output are all there).
 */
async function measure(name, sectionCount, sourceDir) {
  const slug = name.replace(/\W+/g, '-');
  const root = makeBuildRoot(`bench-${slug}`);
  try {
    // Its own copy of the content, so that the edit never touches the real guide.
    const contentDir = join(root, 'bench-content');
    cpSync(sourceDir, contentDir, { recursive: true });
    process.stdout.write(`building ${name} (${sectionCount} sections)… `);
    const clean = await timedBuild(name, contentDir, root);
    process.stdout.write(`${(clean.milliseconds / 1000).toFixed(1)} s; one section edited… `);
    editOneSection(contentDir);
    const warm = await timedBuild(`${name} rebuild`, contentDir, root);
    console.log(`${(warm.milliseconds / 1000).toFixed(1)} s`);
    return {
      name,
      sections: sectionCount,
      pages: clean.pages,
      seconds: Number((clean.milliseconds / 1000).toFixed(2)),
      msPerPage: clean.pages ? Number((clean.milliseconds / clean.pages).toFixed(1)) : null,
      peakMemoryMB: clean.peakMemoryMB,
      rebuildSeconds: Number((warm.milliseconds / 1000).toFixed(2)),
      rebuildPeakMemoryMB: warm.peakMemoryMB,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const starlightDir = join(projectRoot, 'tests/bench/starlight');

/**
 * Builds stock Starlight (its own project and lockfile, installed on first use) from the same sections as MDX pages,
 * clean, and measures it like the guide.
 */
async function measureStarlight(name, sectionCount, sourceDir) {
  if (!existsSync(join(starlightDir, 'node_modules/@astrojs/starlight')))
    execSync('npm ci --no-audit --no-fund', { cwd: starlightDir, stdio: 'inherit' });
  const docs = join(starlightDir, 'src/content/docs');
  // The generated pages and what the build leaves (buildIn's output and cache folders), gone before and after.
  const clear = () =>
    [docs, join(starlightDir, 'dist'), join(starlightDir, '.cache')].forEach((folder) =>
      rmSync(folder, { recursive: true, force: true }),
    );
  clear();
  mkdirSync(docs, { recursive: true });
  for (const section of readSections(sourceDir)) {
    const { title, description } = section.data;
    writeFileSync(join(docs, `${section.slug}.mdx`), `---\n${stringify({ title, description })}---\n${section.body}`);
  }
  try {
    process.stdout.write(`building Starlight, ${name} (${sectionCount} sections)… `);
    const clean = await timedBuild(
      `starlight ${name}`,
      docs,
      starlightDir,
      join(starlightDir, 'node_modules/astro/bin/astro.mjs'),
    );
    console.log(`${(clean.milliseconds / 1000).toFixed(1)} s`);
    return {
      name: `Starlight, ${name}`,
      sections: sectionCount,
      pages: clean.pages,
      seconds: Number((clean.milliseconds / 1000).toFixed(2)),
      msPerPage: clean.pages ? Number((clean.milliseconds / clean.pages).toFixed(1)) : null,
      peakMemoryMB: clean.peakMemoryMB,
    };
  } finally {
    clear();
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** "+12%" style change against the previous figure, or "" when there is none. */
function change(now, before) {
  if (now == null || before == null || before === 0) return '';
  const percent = Math.round(((now - before) / before) * 100);
  return ` (${percent >= 0 ? '+' : ''}${percent}%)`;
}

function table(runs, previous) {
  const header = [
    'guide',
    'sections',
    'pages',
    'build s',
    'ms/page',
    'peak MB',
    'rebuild s',
    'rebuild MB',
    '× Starlight',
  ];
  const rows = runs.map((run) => {
    const before = previous?.runs?.find((candidate) => candidate.name === run.name);
    const starlight = runs.find((candidate) => candidate.name === `Starlight, ${run.name}`);
    return [
      run.name,
      String(run.sections),
      String(run.pages),
      run.seconds.toFixed(1) + change(run.seconds, before?.seconds),
      String(run.msPerPage ?? 'n/a') + change(run.msPerPage, before?.msPerPage),
      String(run.peakMemoryMB ?? 'n/a') + change(run.peakMemoryMB, before?.peakMemoryMB),
      run.rebuildSeconds == null
        ? 'n/a'
        : run.rebuildSeconds.toFixed(1) + change(run.rebuildSeconds, before?.rebuildSeconds),
      String(run.rebuildPeakMemoryMB ?? 'n/a'),
      starlight
        ? `${(run.seconds / starlight.seconds).toFixed(2)} (time), ${run.peakMemoryMB && starlight.peakMemoryMB ? (run.peakMemoryMB / starlight.peakMemoryMB).toFixed(2) : 'n/a'} (memory)`
        : '',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const sections = readSections(realContent);
// Inside the project, like the build copies, so the generated MDX resolves this project's packages.
mkdirSync(join(projectRoot, 'node_modules/.cache/site-builds'), { recursive: true });
const generatedRoot = mkdtempSync(join(projectRoot, 'node_modules/.cache/site-builds/bench-content-'));
const runs = [];
try {
  const withStarlight = process.argv.includes('--starlight');
  runs.push(await measure('real guide', sections.length, realContent));
  if (withStarlight) runs.push(await measureStarlight('real guide', sections.length, realContent));
  for (const size of sizes) {
    const dir = join(generatedRoot, `guide-${size}`);
    generateGuide(sections, size, dir);
    runs.push(await measure(`generated ${size}`, size, dir));
    if (withStarlight) runs.push(await measureStarlight(`generated ${size}`, size, dir));
  }
} finally {
  rmSync(generatedRoot, { recursive: true, force: true });
}

const previous = readJson(latestFile) ?? readJson(baselineFile);
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();
const result = {
  date: new Date().toISOString(),
  commit,
  machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  runs,
};

console.log(`\n${table(runs, previous)}`);
if (previous)
  console.log(`\nChanges in brackets are against the run of ${previous.date} (commit ${previous.commit ?? '?'}).`);
console.log('Peak MB is the largest process’s maximum resident memory. Timings vary with machine load.');
mkdirSync(join(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(latestFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Saved ${latestFile}.`);
if (process.argv.includes('--save-baseline')) {
  writeFileSync(baselineFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Saved ${baselineFile}.`);
}
if (!existsSync(baselineFile)) console.log('No tests/bench/baseline.json yet: run with --save-baseline to keep one.');
