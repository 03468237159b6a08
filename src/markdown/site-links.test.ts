import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { siteLinks, underBase } from './site-links';

/** Compiles MDX with the plugin, as Astro does, and returns the generated module's code. */
async function compile(source: string, base: string): Promise<string> {
  const { code } = await mdxToJs(source, {
    hastPlugins: [siteLinks(base)],
    jsxImportSource: 'astro',
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return code;
}

describe('underBase', () => {
  it("moves links written from the site's root under the base, and leaves every other link alone", () => {
    expect(underBase('/self-care/#rest', '/massage-guide/')).toBe('/massage-guide/self-care/#rest');
    expect(underBase('//elsewhere.example/', '/massage-guide/')).toBe('//elsewhere.example/');
    expect(underBase('https://nhs.uk/', '/massage-guide/')).toBe('https://nhs.uk/');
    expect(underBase('#top', '/massage-guide/')).toBe('#top');
    expect(underBase('../benefits/', '/massage-guide/')).toBe('../benefits/');
  });
});

describe('the site links plugin', () => {
  it("puts the base in front of Markdown links, images and MDX elements that name the site's own pages", async () => {
    const code = await compile(
      'See [self-care](/self-care/) and <a href="/benefits/">benefits</a>, ![x](/images/x.png), [NHS](https://nhs.uk/).\n\n<blockquote cite="/overview/">Quoted.</blockquote>',
      '/massage-guide/',
    );
    expect(code).toContain('"/massage-guide/self-care/"');
    expect(code).toContain('"/massage-guide/benefits/"');
    expect(code).toContain('"/massage-guide/images/x.png"');
    expect(code).toContain('"/massage-guide/overview/"');
    expect(code).toContain('"https://nhs.uk/"');
    expect(code).not.toMatch(/"\/self-care\/"|"\/benefits\/"/);
  });

  it('is left out of a site published at the root', () => {
    expect(siteLinks('/')).toBeNull();
  });
});
