// Where a build's time and memory go, phase by phase (for `npm run bench`, not the build itself): loaded into the
// build's process with `node --import`, it samples the process's resident memory, the V8 heaps of its worker threads
// (the preview cards' painter) and the resident memory of its child processes (Pagefind's indexer) every few
// milliseconds, notes when each phase starts, from the build's log lines and the performance marks of the build's
// steps (`guide:…`), and writes it all to BUILD_PROFILE as JSON when the process exits.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import workerThreads from 'node:worker_threads';

const output = process.env.BUILD_PROFILE;
const SAMPLE_MS = 20;

/** Phases in the order a build goes through them, each started by the first log line or mark that matches. */
const PHASES = [
  ['Astro and config', /^/],
  ['content and config', /\[content\] Syncing content/],
  ['Vite bundling', /Building static entrypoints/],
  ['Astro render', /generating static routes/],
  ['pages and Pagefind', /mark:guide:pass-start/],
  ['lexicon', /mark:guide:pagefind-done/],
  ['offline and the rest', /mark:guide:lexicon-done/],
];

if (output) {
  const started = performance.now();
  const at = () => Math.round(performance.now() - started);
  /** @type {{ t: number; rss: number; heap: number; workers: number; children: number }[]} */
  const samples = [];
  /** @type {{ t: number; name: string }[]} */
  const marks = [];
  /** @type {Map<import('node:worker_threads').Worker, number>} heap used by each live worker at its last sample */
  const workers = new Map();

  // Every worker the build starts is sampled: its heap is inside this process's resident memory too.
  const { Worker } = workerThreads;
  workerThreads.Worker = class SampledWorker extends Worker {
    constructor(...args) {
      super(...args);
      workers.set(this, 0);
      this.once('exit', () => workers.delete(this));
    }
  };
  syncBuiltinESMExports();

  /** Resident memory of every descendant process, in bytes. */
  const childrenResident = (pid = process.pid) => {
    let total = 0;
    for (const task of safe(() => readdirSync(`/proc/${pid}/task`), [])) {
      for (const child of safe(() => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8'), '')
        .split(' ')
        .filter(Boolean)) {
        const kb = /VmRSS:\s+(\d+) kB/.exec(safe(() => readFileSync(`/proc/${child}/status`, 'utf8'), ''));
        total += (kb ? Number(kb[1]) * 1024 : 0) + childrenResident(Number(child));
      }
    }
    return total;
  };

  const sampler = setInterval(() => {
    for (const worker of workers.keys())
      worker
        .getHeapStatistics()
        .then((stats) => workers.has(worker) && workers.set(worker, stats.used_heap_size))
        .catch(() => {});
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    samples.push({
      t: at(),
      cpu: Math.round((cpu.user + cpu.system) / 1000),
      rss: memory.rss,
      heap: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
      workers: [...workers.values()].reduce((sum, used) => sum + used, 0),
      children: childrenResident(),
    });
  }, SAMPLE_MS);
  sampler.unref();

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.push({ t: at(), name: `mark:${entry.name}` });
  }).observe({ entryTypes: ['mark'] });

  // Log lines, as they are written.
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) marks.push({ t: at(), name: line.trim() });
      return write(chunk, ...rest);
    };
  }

  process.on('exit', () => {
    const end = at();
    marks.unshift({ t: 0, name: 'start' });
    const starts = PHASES.map(([name, pattern]) => ({ name, t: marks.find((mark) => pattern.test(mark.name))?.t }));
    const phases = starts
      .map(({ name, t }, index) => {
        const next = starts.slice(index + 1).find((later) => later.t !== undefined)?.t ?? end;
        if (t === undefined) return undefined;
        const inside = samples.filter((sample) => sample.t >= t && sample.t < next);
        const peak = (key) => Math.max(0, ...inside.map((sample) => sample[key]));
        const cpuAt = (time) => samples.findLast((sample) => sample.t <= time)?.cpu ?? 0;
        return {
          name,
          from: t,
          to: next,
          cpu: cpuAt(next) - cpuAt(t),
          peakResident: peak('rss'),
          peakHeap: peak('heap'),
          peakWorkerHeaps: peak('workers'),
          peakChildren: peak('children'),
        };
      })
      .filter(Boolean);
    writeFileSync(
      output,
      JSON.stringify({ end, phases, marks: marks.filter((mark) => mark.name.startsWith('mark:')), samples }),
    );
  });
}

function safe(read, fallback) {
  try {
    return read();
  } catch {
    return fallback;
  }
}
