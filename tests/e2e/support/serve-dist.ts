/**
 * The browser tests' web server: the built site (ASTRO_OUT_DIR, else dist/) served as a production host serves it, by
 * a real nginx with the server block the build wrote (tests/support/nginx.ts), on PREVIEW_PORT. Pages run under the
 * headers that block sends (the header CSP with frame-ancestors, and the others) and get its 404 page and redirects.
 * Plain TypeScript that Node runs as it is: `node tests/e2e/support/serve-dist.ts`.
 */
import { resolve } from 'node:path';
import { startNginx } from '../../support/nginx.ts';

const site = resolve(process.env['ASTRO_OUT_DIR'] ?? 'dist');
const nginx = await startNginx(site, '/', { port: Number(process.env['PREVIEW_PORT']) });
console.log(`nginx serves ${site} at ${nginx.url}`);
const stop = () => void nginx.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// Serves until Playwright stops it.
setInterval(() => undefined, 2 ** 30);
