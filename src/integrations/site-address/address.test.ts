import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_SITE,
  isPublishingBuild,
  missingSiteUrl,
  normaliseBase,
  siteAddress,
  strayBaseUrl,
} from './address';

describe('siteAddress', () => {
  it('publishes at the root of SITE_URL, or under its path', () => {
    expect(siteAddress({ SITE_URL: 'https://guide.example.org' })).toEqual({
      site: 'https://guide.example.org',
      base: '/',
      placeholder: false,
    });
    expect(siteAddress({ SITE_URL: 'https://example.org/guides/back-pain/' })).toEqual({
      site: 'https://example.org',
      base: '/guides/back-pain/',
      placeholder: false,
    });
    // Without the final slash it is the same folder.
    expect(siteAddress({ SITE_URL: 'https://name.github.io/massage-guide' }).base).toBe('/massage-guide/');
  });

  it('takes the folder from BASE_PATH when SITE_URL names only the domain, and wants the two to agree', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/', BASE_PATH: 'massage-guide' }).base).toBe('/massage-guide/');
    expect(siteAddress({ SITE_URL: 'https://example.org/massage-guide/', BASE_PATH: '/massage-guide' }).base).toBe(
      '/massage-guide/',
    );
    expect(() => siteAddress({ SITE_URL: 'https://example.org/guides/', BASE_PATH: '/other/' })).toThrow(
      /SITE_URL "https:\/\/example.org\/guides\/" is under \/guides\/, but BASE_PATH is \/other\//,
    );
  });

  it('falls back on the placeholder, under BASE_PATH if given', () => {
    expect(siteAddress({})).toEqual({ site: PLACEHOLDER_SITE, base: '/', placeholder: true });
    expect(siteAddress({ SITE_URL: ' ', BASE_PATH: '/massage-guide/' })).toEqual({
      site: PLACEHOLDER_SITE,
      base: '/massage-guide/',
      placeholder: true,
    });
  });

  it('refuses what is not a web address, or carries more than one', () => {
    expect(() => siteAddress({ SITE_URL: 'example.org' })).toThrow(/SITE_URL "example.org" is not an address/);
    expect(() => siteAddress({ SITE_URL: 'ftp://example.org/' })).toThrow(/is not a web address/);
    expect(() => siteAddress({ SITE_URL: 'https://example.org/?x=1' })).toThrow(/has a query in it/);
    expect(() => siteAddress({ SITE_URL: 'https://example.org/#top' })).toThrow(/has a fragment in it/);
    expect(() => siteAddress({ SITE_URL: 'https://me:pw@example.org/' })).toThrow(/has a user name or password/);
  });
});

describe('normaliseBase', () => {
  it('puts a slash at each end', () => {
    expect(normaliseBase('massage-guide', 'BASE_PATH')).toBe('/massage-guide/');
    expect(normaliseBase('/guides//back-pain', 'BASE_PATH')).toBe('/guides/back-pain/');
    expect(normaliseBase(' / ', 'BASE_PATH')).toBe('/');
  });

  it('refuses folders that climb or need escaping, naming the variable', () => {
    expect(() => normaliseBase('/a/../b/', 'BASE_PATH')).toThrow(/BASE_PATH "\/a\/..\/b\/" .*"\.\." is not allowed/);
    expect(() => normaliseBase('/my guide/', 'BASE_PATH')).toThrow(/"my guide" is not allowed/);
    expect(() => siteAddress({ SITE_URL: 'https://example.org/caf%C3%A9/' })).toThrow(/The path of SITE_URL/);
  });
});

describe('isPublishingBuild and missingSiteUrl', () => {
  it("counts `npm run build` and the hosts' own builds as publishing, and nothing else", () => {
    expect(isPublishingBuild({ npm_lifecycle_event: 'build' })).toBe(true);
    expect(isPublishingBuild({ NETLIFY: 'true' })).toBe(true);
    expect(isPublishingBuild({ CF_PAGES: '1' })).toBe(true);
    expect(isPublishingBuild({ VERCEL: '1' })).toBe(true);
    expect(isPublishingBuild({ npm_lifecycle_event: 'test' })).toBe(false);
    expect(isPublishingBuild({ npm_lifecycle_event: 'start', CI: 'true' })).toBe(false);
    expect(isPublishingBuild({})).toBe(false);
  });

  it('says what to set and where', () => {
    const error = missingSiteUrl();
    expect(error.message).toMatch(/SITE_URL is not set/);
    expect(error.message).toContain(PLACEHOLDER_SITE);
    expect(error.hint).toMatch(/SITE_URL=https:\/\/example.org\/guides\/back-pain\/ npm run build/);
    expect(error.hint).toMatch(/Netlify, Cloudflare Pages, Vercel/);
    expect(error.hint).toMatch(/docs\/deploy.md/);
  });
});

describe('strayBaseUrl', () => {
  it('refuses a BASE_URL in the environment that names another folder, which Astro would write into the pages', () => {
    expect(strayBaseUrl({}, '/massage-guide/')).toBeUndefined();
    expect(strayBaseUrl({ BASE_URL: '/massage-guide/' }, '/massage-guide/')).toBeUndefined();
    const error = strayBaseUrl({ BASE_URL: '/' }, '/massage-guide/');
    expect(error?.message).toMatch(
      /BASE_URL=\/, which Astro would write into the pages instead of the base \/massage-guide\//,
    );
    expect(error?.hint).toMatch(/Unset BASE_URL/);
  });
});
