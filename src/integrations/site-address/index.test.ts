import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteAddress } from './address';
import siteAddressCheck from './index';

type Hooks = Required<ReturnType<typeof siteAddressCheck>['hooks']>;
const setup = (address: ReturnType<typeof siteAddress>, command: 'build' | 'dev') =>
  (siteAddressCheck(address).hooks as Hooks)['astro:config:setup']({ command } as Parameters<
    Hooks['astro:config:setup']
  >[0]);

afterEach(() => vi.unstubAllEnvs());

describe('the site address check', () => {
  it('stops `npm run build` without SITE_URL, and lets previews and the dev server use the placeholder', () => {
    vi.stubEnv('npm_lifecycle_event', 'build');
    expect(() => setup(siteAddress({}), 'build')).toThrow(/SITE_URL is not set/);
    expect(() => setup(siteAddress({ SITE_URL: 'https://example.org/' }), 'build')).not.toThrow();
    expect(() => setup(siteAddress({}), 'dev')).not.toThrow();
    vi.stubEnv('npm_lifecycle_event', 'test');
    expect(() => setup(siteAddress({}), 'build')).not.toThrow();
  });

  it('stops a build whose environment has a BASE_URL for another folder', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(() => setup(siteAddress({ BASE_PATH: '/massage-guide/' }), 'build')).toThrow(/BASE_URL=\//);
  });

  it('says when a build uses the placeholder, and where a real one publishes', () => {
    const said: string[] = [];
    const logger = { info: (line: string) => said.push(line) } as unknown as AstroIntegrationLogger;
    const done = (address: ReturnType<typeof siteAddress>) =>
      (siteAddressCheck(address).hooks as Hooks)['astro:config:done']({
        config: { site: address.site, base: address.base },
        logger,
      } as unknown as Parameters<Hooks['astro:config:done']>[0]);
    void done(siteAddress({ BASE_PATH: '/massage-guide/' }));
    void done(siteAddress({ SITE_URL: 'https://example.org/guides/' }));
    expect(said[0]).toMatch(
      /placeholder address https:\/\/deep-tissue-massage-guide\.example\/massage-guide\/.*SITE_URL/,
    );
    expect(said[1]).toBe('Addresses are written for https://example.org/guides/.');
  });
});
