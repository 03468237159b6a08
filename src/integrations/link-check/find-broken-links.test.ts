import { describe, expect, it } from 'vitest';
import { parsePage } from '../built-site/dist-pages';
import { fileOfPath, findBrokenLinks, resolveLink } from './find-broken-links';

const page = (file: string, body: string) =>
  parsePage(file, `<!doctype html><html lang="en"><body>${body}</body></html>`);

describe('resolveLink', () => {
  it('resolves relative, root-relative and same-site absolute links', () => {
    expect(resolveLink('../benefits/#risks', '/overview/')).toEqual({ path: '/benefits/', fragment: 'risks' });
    expect(resolveLink('#top', '/overview/')).toEqual({ path: '/overview/', fragment: 'top' });
    expect(resolveLink('https://guide.example/a/', '/', 'https://guide.example')).toEqual({
      path: '/a/',
      fragment: '',
    });
  });

  it('tells other origins from links it does not follow', () => {
    expect(resolveLink('https://elsewhere.example/x.js', '/')).toBe('external');
    expect(resolveLink('mailto:someone@example.com', '/')).toBeNull();
  });

  it('decodes percent-encoded fragments', () => {
    expect(resolveLink('/a/#caf%C3%A9', '/')).toEqual({ path: '/a/', fragment: 'café' });
  });
});

describe('fileOfPath', () => {
  it('maps directory addresses to their index.html', () => {
    expect(fileOfPath('/')).toBe('index.html');
    expect(fileOfPath('/overview/')).toBe('overview/index.html');
    expect(fileOfPath('/_astro/a.css')).toBe('_astro/a.css');
  });
});

describe('findBrokenLinks', () => {
  const overview = page(
    'overview/index.html',
    '<h2 id="how">How</h2><a href="/overview/#how">ok</a><a href="#top">top</a>',
  );
  const files = new Set(['index.html', 'overview/index.html', 'favicon.svg']);

  it('accepts links to existing pages, files and ids', () => {
    const home = page(
      'index.html',
      '<a href="/overview/#how">x</a><link rel="icon" href="/favicon.svg"><a href="/">home</a>',
    );
    expect(findBrokenLinks([home, overview], files)).toEqual([]);
  });

  it('reports a missing page, a missing fragment and a missing trailing slash', () => {
    const home = page(
      'index.html',
      '<a href="/nowhere/">a</a><a href="/overview/#gone">b</a><a href="/overview">c</a>',
    );
    expect(findBrokenLinks([home, overview], files).map(({ href, problem }) => `${href}: ${problem}`)).toEqual([
      '/nowhere/: there is no page or file at /nowhere/',
      '/overview/#gone: /overview/ has no element with id "gone"',
      '/overview: the page is at /overview/ (with a trailing slash)',
    ]);
  });

  it('reports resources loaded from another origin but not plain links to other sites', () => {
    const home = page(
      'index.html',
      '<a href="https://nhs.example/">NHS</a><script src="https://cdn.example/x.js"></script>',
    );
    expect(findBrokenLinks([home], files)).toEqual([
      {
        page: '/',
        href: 'https://cdn.example/x.js',
        source: 'script[src]',
        problem: 'the page loads it from another origin; serve it from this site instead',
      },
    ]);
  });

  it('reports empty links', () => {
    expect(findBrokenLinks([page('index.html', '<a href="">x</a>')], files)[0]?.problem).toBe('the link is empty');
  });
});

describe('findBrokenLinks under a base path', () => {
  const base = '/massage-guide/';
  const files = new Set(['index.html', 'overview/index.html', 'favicon.svg']);
  const overview = page('overview/index.html', '<h2 id="how">How</h2>');

  it("resolves links against the pages' addresses under the base and finds their files", () => {
    const home = page(
      'index.html',
      '<a href="/massage-guide/overview/#how">a</a><a href="overview/">b</a><link rel="icon" href="/massage-guide/favicon.svg">',
    );
    expect(findBrokenLinks([home, overview], files, undefined, base)).toEqual([]);
  });

  it("reports links written from the domain's root, which lead outside the folder the site is published under", () => {
    const home = page(
      'index.html',
      '<a href="/overview/">a</a><a href="/massage-guide">b</a><img src="/favicon.svg" alt="">',
    );
    expect(
      findBrokenLinks([home, overview], files, 'https://guide.example', base).map(
        ({ href, problem }) => `${href}: ${problem}`,
      ),
    ).toEqual([
      '/overview/: it leads outside /massage-guide/, the folder the site is published under; write it as /massage-guide/…',
      '/massage-guide: the page is at /massage-guide/ (with a trailing slash)',
      '/favicon.svg: it leads outside /massage-guide/, the folder the site is published under; write it as /massage-guide/…',
    ]);
  });
});
