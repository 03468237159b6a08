/**
 * Search under `astro dev`: the dev server indexes what it renders, so search works there as after a build. After
 * `astro build`, the search index is a step of the pass over the built site (./step.ts).
 */
import type { AstroIntegration } from 'astro';
import { serveSearchInDev } from './dev-server.ts';

export default function searchInDev(): AstroIntegration {
  let devOrigin: string | undefined;
  let base = '/';
  return {
    name: 'guide:search-in-dev',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:start': ({ address }) => {
        devOrigin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => serveSearchInDev(server, () => devOrigin, logger, base),
    },
  };
}
