/**
 * A digest of what a module's code is, for keying caches on it: the bytes of every file of the project it reaches
 * (its imports, followed by esbuild, and the files it names as `new URL('./file', import.meta.url)`: data files and
 * worker scripts, whose own imports are followed in turn) and the installed version of every package those files
 * import or require. A cache keyed on it is never taken for another version of the code, and no hand-kept list of files can miss
 * one. Paths count relative to the project, so a copy of the project (the tests' isolated builds) has the same digest.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** `new URL('./relative', import.meta.url)` with a plain string: the files a module reads or starts beside itself. */
const URL_REFERENCE = /new URL\(\s*(['"])(\.{1,2}\/[^'"$`]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const CODE = /\.[cm]?[jt]s$/;
const THIS_FILE = fileURLToPath(import.meta.url);
/** A package named to a require or resolve function (`createRequire(…)('name')`, `resolveFromProject('name/file')`). */
const REQUIRED = /(?:\brequire\w*|\bresolve\w*|\))\(\s*(['"`])((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^'"`]*)?\1/g;

/** The project folder of a file: the nearest folder above it with a package.json. */
function projectOf(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${file}.`);
  }
}

/** The installed version of package `name` as a file in `from` resolves it (walking up through node_modules). */
function packageVersion(name: string, from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'missing';
  }
}

/** The package a bare import names (`@scope/name/sub` → `@scope/name`), or undefined for Node's own modules. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  // Node's built-ins imported without the prefix (fs, path).
  return process.getBuiltinModule(name) ? undefined : name;
}

/**
 * Every project file and package `entries` reach: file paths (absolute) and `name@version` strings; files named in
 * `ignored` are left out (a cache's own file, named by the code that reads it).
 */
async function reach(
  entries: readonly string[],
  ignored: readonly string[] = [],
): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [...entries];
  const bundled = new Set<string>();
  while (pending.length) {
    const batch = pending.splice(0).filter((entry) => !bundled.has(entry));
    if (!batch.length) break;
    for (const entry of batch) bundled.add(entry);
    const workingDir = projectOf(batch[0]!);
    const { metafile } = await build({
      entryPoints: batch,
      absWorkingDir: workingDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
      outdir: 'digest',
    });
    for (const [input, { imports }] of Object.entries(metafile.inputs)) {
      const file = resolve(workingDir, input);
      // This module's own code shows in the digests it makes, not in what they cover.
      if (file === THIS_FILE) continue;
      files.add(file);
      for (const { path, external } of imports) {
        const name = external ? packageName(path) : undefined;
        if (name) packages.add(`${name}@${packageVersion(name, file)}`);
      }
      const source = readFileSync(file, 'utf8');
      for (const [, , name] of source.matchAll(REQUIRED)) {
        const version = packageVersion(name!, file);
        if (version !== 'missing') packages.add(`${name}@${version}`);
      }
      for (const [, , reference] of source.matchAll(URL_REFERENCE)) {
        const target = resolve(dirname(file), reference!);
        if (ignored.includes(target) || !existsSync(target) || statSync(target).isDirectory()) continue;
        if (CODE.test(target)) pending.push(target);
        else files.add(target);
      }
    }
  }
  return { files, packages };
}

/**
 * The digest of the code of `entries` (module URLs), and of `facts` (anything else a cache depends on, as JSON).
 * Files in `ignored` do not count, though the code names them.
 */
export async function sourceDigest(
  entries: readonly URL[],
  facts: unknown = null,
  ignored: readonly URL[] = [],
): Promise<string> {
  const project = projectOf(fileURLToPath(entries[0]!));
  const { files, packages } = await sourceFiles(entries, ignored);
  const hash = createHash('sha256').update(JSON.stringify(facts)).update('\0');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(project, file)))
      .update('\0');
  for (const name of packages) hash.update(name).update('\0');
  return hash.digest('hex');
}

/** The project files and packages `entries` reach, relative to the project: for tests and for saying what a digest covers. */
export async function sourceFiles(
  entries: readonly URL[],
  ignored: readonly URL[] = [],
): Promise<{ files: string[]; packages: string[] }> {
  const paths = entries.map((entry) => fileURLToPath(entry));
  const project = projectOf(paths[0]!);
  const { files, packages } = await reach(
    paths,
    ignored.map((file) => fileURLToPath(file)),
  );
  return {
    files: [...files].map((path) => relative(project, path).replaceAll('\\', '/')).sort(),
    packages: [...packages].sort(),
  };
}
