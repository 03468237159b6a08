/**
 * A real nginx (Debian's package; `.ci/run` installs it) serving a built site with the server block the build wrote
 * (`nginx.conf` in the output folder), changed only where docs/deploy.md says to change it: where it listens and the
 * folder it serves. Its access log tells every address a browser asked for.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Nginx {
  /** Its origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The path of every request it has answered so far, in order. */
  requestedPaths(): string[];
  /** Serves another build from now on, as a deploy does (the next request sees it whole). */
  serve(site: string): void;
  stop(): Promise<void>;
}

/** The nginx binary: NGINX_PATH, Debian's, or the one on the PATH. */
export function nginxBinary(): string {
  return process.env['NGINX_PATH'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
}

const freePort = () =>
  new Promise<number>((found, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? found(address.port) : fail(new Error('no port'))));
    });
  });

/** Starts nginx on a loopback port (`port`, else a free one) for the site built in `site`, published under `base`. */
export async function startNginx(site: string, base: string, { port: wanted }: { port?: number } = {}): Promise<Nginx> {
  const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = wanted ?? (await freePort());
  // The server block's `root` holds the site at the base: the output folder's files appear under `<root><base>`,
  // through a link that a deploy swaps in one step.
  const root = join(folder, 'www');
  const link = base === '/' ? root : join(root, base.slice(0, -1));
  mkdirSync(join(link, '..'), { recursive: true });
  symlinkSync(site, link);
  let deploys = 0;
  const block = readFileSync(join(site, 'nginx.conf'), 'utf8');
  const served = block
    .replace(/^ {4}listen .*;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^ {4}root .*;$/m, `    root ${root};`);
  if (served === block || !served.includes(`listen 127.0.0.1:${port};`) || !served.includes(`root ${root};`))
    throw new Error('nginx.conf has no `listen` or `root` line to set');
  writeFileSync(join(folder, 'server.conf'), served);
  const log = join(folder, 'access.log');
  const temp = (name: string) => `${name}_temp_path ${join(folder, name)};`;
  writeFileSync(
    join(folder, 'nginx.conf'),
    [
      // As root, nginx's workers would otherwise run as nobody, who may not read a build in a private folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(folder, 'nginx.pid')};`,
      `error_log ${join(folder, 'error.log')} warn;`,
      'events { worker_connections 128; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      `  access_log ${log};`,
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      `  include ${join(folder, 'server.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(
    nginxBinary(),
    ['-p', folder, '-e', join(folder, 'error.log'), '-c', join(folder, 'nginx.conf')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  nginx.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  let failed = false;
  nginx.once('error', (error) => {
    failed = true;
    errors += `${error.message}: install nginx (Debian: apt-get install nginx) or set NGINX_PATH. `;
  });
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  // Ready once it answers; a configuration it refuses ends the process, and that is the error.
  for (let ready = false; !ready;) {
    if (nginx.exitCode !== null || failed) {
      const log = join(folder, 'error.log');
      const said = existsSync(log) ? readFileSync(log, 'utf8') : '';
      rmSync(folder, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${errors}${said}`);
    }
    ready = await fetch(`${url}${base}`, { redirect: 'manual' }).then(
      () => true,
      () => new Promise<boolean>((wait) => setTimeout(() => wait(false), 50)),
    );
  }
  return {
    url,
    requestedPaths: () =>
      (existsSync(log) ? readFileSync(log, 'utf8') : '')
        .split('\n')
        .flatMap((line) => /"[A-Z]+ (\S+) HTTP/.exec(line)?.[1] ?? [])
        .map((target) => new URL(target, url).pathname),
    serve(next) {
      const swap = join(folder, `next-${++deploys}`);
      symlinkSync(next, swap);
      renameSync(swap, link);
    },
    async stop() {
      nginx.kill('SIGTERM');
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
