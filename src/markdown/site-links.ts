/**
 * Links of the content to the site's own pages and files (`/self-care/`, `/images/x.png`), in the Markdown pipeline (a
 * Sätteri hast plugin): editors write them from the site's root, and a site published under a folder
 * (`/massage-guide/`) gets that folder in front, so that they lead where they did. The link check then holds them to it.
 */
import type { HastPluginEntry, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';

/** Attributes that hold an address, by element. */
const ADDRESSES: Readonly<Record<string, string>> = { a: 'href', img: 'src', blockquote: 'cite', q: 'cite' };

/** `url` under `base` when it is written from the site's root (`/x/`, not `//host/x` or `https:`); else `url`. */
export function underBase(url: string, base: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? base + url.slice(1) : url;
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The plugin for `satteri({ hastPlugins: [siteLinks(base)] })`; left out of a site published at the root. */
export function siteLinks(base: string): HastPluginEntry {
  if (base === '/') return null;
  const filter = Object.keys(ADDRESSES);
  // MDX elements written as HTML (`<a href="/x/">`) keep their attributes as a list; setProperty sets one of them.
  const visitJsx = (node: Readonly<JsxElement>, ctx: HastVisitorContext) => {
    const name = ADDRESSES[node.name ?? '']!;
    const attribute = node.attributes.find(
      (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
    );
    const value = attribute?.value;
    if (typeof value === 'string' && underBase(value, base) !== value)
      ctx.setProperty(node, name, underBase(value, base));
  };
  return {
    name: 'guide-site-links',
    element: {
      filter,
      visit(node, ctx) {
        const name = ADDRESSES[node.tagName]!;
        const value = node.properties?.[name];
        if (typeof value === 'string' && underBase(value, base) !== value)
          ctx.setProperty(node, name, underBase(value, base));
      },
    },
    mdxJsxFlowElement: { filter, visit: visitJsx },
    mdxJsxTextElement: { filter, visit: visitJsx },
  };
}
