/** Former addresses of sections (frontmatter `formerSlugs`), which stay live as redirects to the current pages. */
import { readdirSync } from 'node:fs';
import { ROUTES } from '../consts';
import { sectionPath } from './sections';

/** A section's current slug and the slugs it had before. */
export interface SlugHistory {
  slug: string;
  formerSlugs: readonly string[];
  /** Where the section comes from, for error messages. */
  source?: string | undefined;
}

/** An error about one content file, which names it in `source`. */
export class SlugError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
  }
}

/** The site's own top-level folders (`guide/`, `search-index/`, `og/`, …): a section of the same slug would clash. */
const SITE_FOLDERS = Object.values(ROUTES).flatMap((route) => /^([^/]+)\/$/.exec(route)?.[1] ?? []);

/**
 * Slugs no section may take: the site's fixed routes (from src/pages), its own folders, and the folder Astro writes
 * its bundled files to (`assetsFolder`, Astro's `build.assets`).
 */
export function reservedSlugs(pagesDir: string, assetsFolder: string): string[] {
  const routes = readdirSync(pagesDir)
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/\.(html|txt|xml|json)$/, ''));
  return [...new Set([...routes, ...SITE_FOLDERS, assetsFolder])];
}

/**
 * Maps each former address (`/old/`) to the section's current one; throws when an old slug is still (or again) a
 * page, when two sections claim it, or when it names a route the site already has.
 */
export function formerSlugRedirects(histories: readonly SlugHistory[], reserved: readonly string[] = []): Record<string, string> {
  const current = new Set(histories.map((history) => history.slug));
  const redirects: Record<string, string> = {};
  const claimedBy = new Map<string, string>();
  for (const { slug, formerSlugs, source = slug } of histories) {
    for (const former of formerSlugs) {
      if (current.has(former) || reserved.includes(former)) {
        throw new SlugError(`former slug "${former}" is a live page; remove it from formerSlugs.`, source);
      }
      const clash = claimedBy.get(former);
      if (clash) throw new SlugError(`former slug "${former}" is claimed by both ${clash} and ${source}.`, source);
      claimedBy.set(former, source);
      redirects[`/${former}/`] = sectionPath(slug);
    }
  }
  return redirects;
}
