/**
 * Reads a built HTML page into the plain facts the steps after the build work on (ids, links, the CSP `<meta>` and the
 * inline code it must allow), in one streaming pass of the parser: no document tree is built.
 */
import { Parser } from 'htmlparser2';

/** A URL in a page that points somewhere: a link, a stylesheet, a script, an image. */
export interface PageLink {
  /** The attribute value as written, e.g. `/overview/#top`. */
  href: string;
  /** Element and attribute it came from, e.g. `a[href]`, `script[src]`. */
  source: string;
  /** Whether the browser fetches it while showing the page (scripts, styles, images), not only on a click. */
  loads: boolean;
}

/** What the build's steps need to know about one built page. */
export interface DistPage {
  /** Path of the file inside the output folder, with forward slashes, e.g. `overview/index.html`. */
  file: string;
  /** Address of the page on the site, e.g. `/overview/`, `/`, `/404.html`. */
  url: string;
  /** Every `id` (and legacy `<a name>`) a fragment can point at: not those inside a `<template>`. */
  ids: Set<string>;
  /** Every URL the page holds, in document order (those of its `<template>`s too: scripts put them on the page). */
  links: PageLink[];
  /** Astro's redirect stubs (meta refresh) are not real pages. */
  isRedirect: boolean;
  /** Where a redirect stub sends readers (its meta refresh's `url=`), e.g. `/self-care/`. */
  redirectTo?: string;
  /**
   * Whether the page is one of the guide's sections (the home page among them): the one place the steps after the
   * build tell. Its template marks the section's text `data-pagefind-body` (SectionPage.astro, index.astro), the same
   * mark Pagefind indexes by.
   */
  isSection: boolean;
  /** The `content` of `<meta http-equiv="content-security-policy">`, or `''`. */
  csp: string;
  /** Where that `<meta>` sits in the file, as [start, end) character offsets; undefined without one. */
  cspRange?: [number, number];
  /** Offset just after `<meta charset>`, where the CSP `<meta>` belongs; undefined without one. */
  charsetEnd?: number;
  /** Text of inline `<script>` elements the browser runs (JSON data blocks excluded); the CSP must hash each. */
  inlineScripts: string[];
  /** Text of inline `<style>` elements; the CSP must hash each. */
  inlineStyles: string[];
}

/** Script types a browser executes; anything else (e.g. `application/ld+json`) is a data block. */
const RUNNABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The site address of a file in the output folder: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Attributes that hold URLs, by element, with whether following them happens on page load. */
const URL_ATTRIBUTES: Readonly<Record<string, { attribute: string; loads: boolean }>> = {
  a: { attribute: 'href', loads: false },
  area: { attribute: 'href', loads: false },
  form: { attribute: 'action', loads: false },
  link: { attribute: 'href', loads: true },
  script: { attribute: 'src', loads: true },
  img: { attribute: 'src', loads: true },
  source: { attribute: 'src', loads: true },
  iframe: { attribute: 'src', loads: true },
  video: { attribute: 'src', loads: true },
  audio: { attribute: 'src', loads: true },
  embed: { attribute: 'src', loads: true },
  object: { attribute: 'data', loads: true },
};

/** `<link rel>` values that only describe the page and are never fetched while reading it. */
const NON_LOADING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'search', 'sitemap', 'me']);

/** Parses one built HTML file. */
export function parsePage(file: string, html: string): DistPage {
  const page: DistPage = {
    file,
    url: urlOfFile(file),
    ids: new Set(),
    links: [],
    isRedirect: false,
    isSection: false,
    csp: '',
    inlineScripts: [],
    inlineStyles: [],
  };
  /** The inline script or style being read, if any. */
  let inline: { into: string[]; text: string } | undefined;
  /** How many `<template>`s the parser is inside: their ids are no fragment's target until a script uses them. */
  let templates = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!templates && attributes.id !== undefined) page.ids.add(attributes.id);
        if (!templates && name === 'a' && attributes.name !== undefined) page.ids.add(attributes.name);
        if (name === 'template') templates++;
        if ('data-pagefind-body' in attributes) page.isSection = true;
        const url = URL_ATTRIBUTES[name];
        if (url && attributes[url.attribute] !== undefined) {
          const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          const fetched = url.loads && !(name === 'link' && rels.every((rel) => NON_LOADING_RELS.has(rel)));
          page.links.push({ href: attributes[url.attribute]!, source: `${name}[${url.attribute}]`, loads: fetched });
        }
        if (name === 'meta') {
          const equiv = attributes['http-equiv']?.toLowerCase();
          if (equiv === 'content-security-policy' && !page.cspRange) {
            page.csp = attributes.content ?? '';
            page.cspRange = [parser.startIndex, parser.endIndex + 1];
          }
          if (equiv === 'refresh') {
            page.isRedirect = true;
            const target = /;\s*url=(.+)$/i.exec(attributes.content ?? '')?.[1]?.trim();
            if (target) page.redirectTo = target;
          }
          if (attributes.charset !== undefined && page.charsetEnd === undefined) page.charsetEnd = parser.endIndex + 1;
        }
        if (name === 'style') inline = { into: page.inlineStyles, text: '' };
        if (name === 'script' && attributes.src === undefined) {
          const runs = RUNNABLE_SCRIPT_TYPES.has((attributes.type ?? '').trim().toLowerCase());
          inline = { into: runs ? page.inlineScripts : [], text: '' };
        }
      },
      ontext(text) {
        if (inline) inline.text += text;
      },
      onclosetag(name) {
        if (name === 'template') templates--;
        if (inline && (name === 'script' || name === 'style')) {
          inline.into.push(inline.text);
          inline = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return page;
}
