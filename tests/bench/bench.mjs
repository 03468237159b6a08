#!/usr/bin/env node
// Build benchmark (not a test): time, CPU and peak memory of `astro build` for the real guide and for generated guides
// of 100 and 1,000 sections (made from the real sections' text), each clean (a fresh copy of the site: no cache of any
// kind, only what the repository holds) and then rebuilt after one sentence of one section changed (every cache
// warm). Each build runs with tests/bench/build-profile.mjs, which says where its time and memory go by phase.
// Prints the figures (the median of the runs, and every run), compares them with the previous saved run
// (bench-results/latest.json, else the committed tests/bench/baseline.json) and saves the new run.
// Usage: npm run bench                      (BENCH_SIZES=100,1000 picks the generated sizes; 0 for the real guide only)
//        npm run bench -- --starlight       (also builds stock Starlight from the same text: tests/bench/starlight/)
//        npm run bench -- --runs 3          (each build three times; the figures are the medians)
//        npm run bench -- --save-baseline   (also writes tests/bench/baseline.json, to commit)
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
const runsArgument = process.argv.indexOf('--runs');
const runCount = runsArgument === -1 ? 1 : Math.max(1, Number(process.argv[runsArgument + 1]) || 1);
const resultsDir = join(projectRoot, 'bench-results');
const latestFile = join(resultsDir, 'latest.json');
const baselineFile = join(projectRoot, 'tests/bench/baseline.json');
const profiler = join(projectRoot, 'tests/bench/build-profile.mjs');

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

/** The median of some numbers (the lower middle one of an even count). */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const mb = (bytes) => Math.round(bytes / 2 ** 20);

/** What a build's log says it reused and rebuilt: the lines of the steps that report it. */
function rebuiltLines(output) {
  return output
    .split('\n')
    .filter((line) =>
      /Preview cards:|Indexed \d+ pages|pages through the steps|incremental|\(cached\)|sections analysed/.test(line),
    )
    .map((line) => line.replace(/^\d\d:\d\d:\d\d /, '').trim())
    .filter((line, index, lines) => lines.indexOf(line) === index);
}

/** Runs one build in `root` and returns its figures; throws on a failed build. */
async function timedBuild(label, contentDir, root, astro) {
  const slug = label.replace(/\W+/g, '-');
  mkdirSync(resultsDir, { recursive: true });
  const profileFile = join(resultsDir, `${slug}.profile.json`);
  rmSync(profileFile, { force: true });
  const load = loadavg()[0];
  // The guide builds with the Node options npm gives its scripts (.npmrc); another project's Astro (Starlight) as stock.
  const nodeOptions = astro ? '' : (process.env.NODE_OPTIONS ?? '');
  const result = await buildIn(contentDir, root, astro, {
    NODE_OPTIONS: `${nodeOptions} --import=${profiler}`.trim(),
    BUILD_PROFILE: profileFile,
  });
  if (result.exitCode !== 0) {
    // Thrown, not exited, so the `finally` blocks still remove the build folders.
    throw new Error(`build of ${label} failed:\n${result.output.split('\n').slice(-40).join('\n')}`);
  }
  // The build's own log, with Astro's per-phase timings, for finding where the time goes.
  writeFileSync(join(resultsDir, `${slug}.log`), result.output);
  const cpu = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.output)?.[1] ?? 0),
    0,
  );
  const profile = existsSync(profileFile) ? JSON.parse(readFileSync(profileFile, 'utf8')) : undefined;
  return {
    pages: Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? 0),
    seconds: result.milliseconds / 1000,
    cpuSeconds: cpu || null,
    peakMemoryMB: result.peakKilobytes ? Math.round(result.peakKilobytes / 1024) : null,
    // The build's process and its children (Pagefind's indexer, esbuild) at the same moment, at most.
    allProcessesMB: profile ? mb(Math.max(...profile.samples.map((sample) => sample.rss + sample.children))) : null,
    load: Number(load.toFixed(2)),
    phases: profile?.phases.map(({ name, from, to, cpu: phaseCpu, peakResident, peakWorkerHeaps, peakChildren }) => ({
      name,
      seconds: Number(((to - from) / 1000).toFixed(2)),
      cpuSeconds: Number((phaseCpu / 1000).toFixed(2)),
      peakMB: mb(peakResident),
      workersMB: mb(peakWorkerHeaps),
      childrenMB: mb(peakChildren),
    })),
    rebuilt: rebuiltLines(result.output),
  };
}

/**
 * Changes one sentence of the middle section, as an editor would: the first sentence of its first paragraph gets a
 * few words more (so the guide's words change too).
 */
function editOneSentence(contentDir) {
  const names = readdirSync(join(contentDir, 'sections')).sort();
  const file = join(contentDir, 'sections', names[Math.floor(names.length / 2)]);
  const [, frontmatter, body] = /^(---\r?\n[\s\S]*?\r?\n---\r?\n)([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  const lines = body.split('\n');
  const at = lines.findIndex((line) => /^[A-Z][^<{]*\.( |$)/.test(line));
  if (at === -1) throw new Error(`${file}: no paragraph to edit`);
  lines[at] = lines[at].replace(/\.( |$)/, ', as a benchmark editor noted.$1');
  writeFileSync(file, frontmatter + lines.join('\n'));
}

/** Summary figures of some runs of one build: the medians, and each run's. */
function summarise(runs) {
  const pick = (key) => (runs.every((run) => run[key] != null) ? median(runs.map((run) => run[key])) : null);
  const middle = runs.find((run) => run.seconds === pick('seconds')) ?? runs[0];
  return {
    pages: runs[0].pages,
    seconds: Number(pick('seconds').toFixed(2)),
    cpuSeconds: pick('cpuSeconds') && Number(pick('cpuSeconds').toFixed(2)),
    peakMemoryMB: pick('peakMemoryMB'),
    allProcessesMB: pick('allProcessesMB'),
    runs: runs.map(({ seconds, cpuSeconds, peakMemoryMB, allProcessesMB, load }) => ({
      seconds: Number(seconds.toFixed(2)),
      cpuSeconds,
      peakMemoryMB,
      allProcessesMB,
      load,
    })),
    phases: middle.phases,
    rebuilt: middle.rebuilt,
  };
}

/**
 * Builds `sourceDir` in a fresh copy of the site (clean: no caches), then changes one sentence and builds again in the
 * same copy (warm: every cache from the clean build), `runCount` times.
 */
async function measure(name, sectionCount, sourceDir) {
  const clean = [];
  const warm = [];
  for (let run = 0; run < runCount; run++) {
    const root = makeBuildRoot(`bench-${name.replace(/\W+/g, '-')}`);
    try {
      // Its own copy of the content, so that the edit never touches the real guide.
      const contentDir = join(root, 'bench-content');
      cpSync(sourceDir, contentDir, { recursive: true });
      process.stdout.write(`building ${name} (${sectionCount} sections)… `);
      clean.push(await timedBuild(name, contentDir, root));
      process.stdout.write(`${clean.at(-1).seconds.toFixed(1)} s; one sentence changed… `);
      editOneSentence(contentDir);
      warm.push(await timedBuild(`${name} rebuild`, contentDir, root));
      console.log(`${warm.at(-1).seconds.toFixed(1)} s (load ${clean.at(-1).load}, ${warm.at(-1).load})`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const cleanFigures = summarise(clean);
  const warmFigures = summarise(warm);
  return {
    name,
    sections: sectionCount,
    ...cleanFigures,
    msPerPage: cleanFigures.pages ? Number(((cleanFigures.seconds * 1000) / cleanFigures.pages).toFixed(1)) : null,
    rebuildSeconds: warmFigures.seconds,
    rebuildCpuSeconds: warmFigures.cpuSeconds,
    rebuildPeakMemoryMB: warmFigures.peakMemoryMB,
    rebuild: warmFigures,
  };
}

/** Stock Starlight's project: its package.json, lockfile, config and content schema. */
const starlightSource = join(projectRoot, 'tests/bench/starlight');
/** Where that project is installed and built: a copy under node_modules/.cache, so that tests/ holds only sources. */
const starlightDir = join(projectRoot, 'node_modules/.cache/starlight-bench');

/** Copies Starlight's project to starlightDir, installing its packages when they are missing or its lockfile changed. */
function prepareStarlight() {
  const lockfile = (dir) =>
    existsSync(join(dir, 'package-lock.json')) && readFileSync(join(dir, 'package-lock.json'), 'utf8');
  const installed =
    existsSync(join(starlightDir, 'node_modules/@astrojs/starlight')) &&
    lockfile(starlightDir) === lockfile(starlightSource);
  if (!installed) rmSync(starlightDir, { recursive: true, force: true });
  mkdirSync(starlightDir, { recursive: true });
  for (const name of readdirSync(starlightSource))
    cpSync(join(starlightSource, name), join(starlightDir, name), { recursive: true });
  if (!installed) execSync('npm ci --no-audit --no-fund', { cwd: starlightDir, stdio: 'inherit' });
}

/**
 * Builds stock Starlight (its own project and lockfile, installed on first use) from the same sections as MDX pages,
 * clean, and measures it like the guide.
 */
async function measureStarlight(name, sectionCount, sourceDir) {
  prepareStarlight();
  const docs = join(starlightDir, 'src/content/docs');
  // The generated pages and what the build leaves (buildIn's output and cache folders), gone before and after.
  const clear = () =>
    [docs, join(starlightDir, 'dist'), join(starlightDir, '.cache')].forEach((folder) =>
      rmSync(folder, { recursive: true, force: true }),
    );
  const runs = [];
  try {
    for (let run = 0; run < runCount; run++) {
      clear();
      mkdirSync(docs, { recursive: true });
      for (const section of readSections(sourceDir)) {
        const { title, description } = section.data;
        writeFileSync(
          join(docs, `${section.slug}.mdx`),
          `---\n${stringify({ title, description })}---\n${section.body}`,
        );
      }
      process.stdout.write(`building Starlight, ${name} (${sectionCount} sections)… `);
      runs.push(
        await timedBuild(
          `starlight ${name}`,
          docs,
          starlightDir,
          join(starlightDir, 'node_modules/astro/bin/astro.mjs'),
        ),
      );
      console.log(`${runs.at(-1).seconds.toFixed(1)} s (load ${runs.at(-1).load})`);
    }
  } finally {
    clear();
  }
  const figures = summarise(runs);
  return {
    name: `Starlight, ${name}`,
    sections: sectionCount,
    ...figures,
    msPerPage: figures.pages ? Number(((figures.seconds * 1000) / figures.pages).toFixed(1)) : null,
  };
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

function markdownTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function table(runs, previous) {
  const header = [
    'guide',
    'pages',
    'build s',
    'CPU s',
    'peak MB',
    'all MB',
    'rebuild s',
    'rebuild ÷ build',
    '× Starlight (time, memory)',
  ];
  const rows = runs.map((run) => {
    const before = previous?.runs?.find((candidate) => candidate.name === run.name);
    const starlight = runs.find((candidate) => candidate.name === `Starlight, ${run.name}`);
    return [
      run.name,
      run.pages,
      run.seconds.toFixed(1) + change(run.seconds, before?.seconds),
      run.cpuSeconds?.toFixed(1) ?? 'n/a',
      String(run.peakMemoryMB ?? 'n/a') + change(run.peakMemoryMB, before?.peakMemoryMB),
      run.allProcessesMB ?? 'n/a',
      run.rebuildSeconds == null ? '' : run.rebuildSeconds.toFixed(1),
      run.rebuildSeconds == null ? '' : (run.rebuildSeconds / run.seconds).toFixed(2),
      starlight
        ? `${(run.seconds / starlight.seconds).toFixed(2)}, ${(run.peakMemoryMB / starlight.peakMemoryMB).toFixed(2)}`
        : '',
    ];
  });
  return markdownTable(header, rows);
}

/** Where each clean build's time and memory go, phase by phase (the median run's). */
function phaseTables(runs) {
  return runs
    .filter((run) => run.phases)
    .map((run) => {
      const rows = run.phases.map(({ name, seconds, cpuSeconds, peakMB, workersMB, childrenMB }) => [
        name,
        seconds.toFixed(2),
        cpuSeconds.toFixed(2),
        peakMB,
        workersMB,
        childrenMB,
      ]);
      const rebuilt = run.rebuild?.rebuilt?.length ? `\nRebuilt: ${run.rebuild.rebuilt.join('\n         ')}` : '';
      return `${run.name}, clean build:\n${markdownTable(['phase', 's', 'CPU s', 'process MB', 'workers MB', 'children MB'], rows)}${rebuilt}`;
    })
    .join('\n\n');
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
  runCount,
  runs,
};

console.log(`\n${table(runs, previous)}`);
console.log(`\n${phaseTables(runs)}`);
for (const run of runs)
  console.log(
    `\n${run.name}: ${run.runs.map((one, at) => `run ${at + 1} ${one.seconds} s, ${one.peakMemoryMB} MB (load ${one.load})`).join('; ')}${run.rebuild ? `; rebuilds ${run.rebuild.runs.map((one) => `${one.seconds} s`).join(', ')}` : ''}`,
  );
if (previous)
  console.log(`\nChanges in brackets are against the run of ${previous.date} (commit ${previous.commit ?? '?'}).`);
console.log(
  'Figures are medians of the runs. Peak MB is the largest process’s maximum resident memory (GNU time); all MB is the ' +
    'build’s process and its children together at their peak (sampled). Load is the 1-minute load average as each ' +
    'build started: timings vary with it.',
);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(latestFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Saved ${latestFile}.`);
if (process.argv.includes('--save-baseline')) {
  writeFileSync(baselineFile, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Saved ${baselineFile}.`);
}
if (!existsSync(baselineFile)) console.log('No tests/bench/baseline.json yet: run with --save-baseline to keep one.');
