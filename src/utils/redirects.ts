/** Redirects from the former slugs in section frontmatter, for Astro's `redirects` config (static redirect pages). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** A section's current slug and the slugs it had before. */
export interface SlugHistory {
  slug: string;
  formerSlugs: readonly string[];
  /** Where the section comes from, for error messages. */
  source?: string;
}

/** The section whose page is the home page (kept in step with HOME_SECTION_ID in sections.ts). */
const HOME_SLUG = 'introduction';

const pathOf = (slug: string) => (slug === HOME_SLUG ? '/' : `/${slug}/`);

/**
 * Maps each former address (`/old/`) to the section's current one; throws when an old slug is still
 * (or again) a page, when two sections claim it, or when it names a route the site already has.
 */
export function formerSlugRedirects(histories: readonly SlugHistory[], reserved: readonly string[] = []): Record<string, string> {
  const current = new Set(histories.map((history) => history.slug));
  const redirects: Record<string, string> = {};
  const claimedBy = new Map<string, string>();
  for (const { slug, formerSlugs, source = slug } of histories) {
    for (const former of formerSlugs) {
      if (current.has(former) || reserved.includes(former)) {
        throw new Error(`${source}: former slug "${former}" is a live page; remove it from formerSlugs.`);
      }
      const clash = claimedBy.get(former);
      if (clash) throw new Error(`Former slug "${former}" is claimed by both ${clash} and ${source}.`);
      claimedBy.set(former, source);
      redirects[`/${former}/`] = pathOf(slug);
    }
  }
  return redirects;
}

/** Reads slug and `formerSlugs` from the frontmatter of every `.mdx` file under `dir` (the collection's ids). */
export function readSlugHistories(dir: string): SlugHistory[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  return files.sort().map((file) => {
    const path = join(dir, file);
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
    const data: unknown = parse(frontmatter) ?? {};
    const formerSlugs = (data as { formerSlugs?: unknown }).formerSlugs ?? [];
    if (!Array.isArray(formerSlugs) || !formerSlugs.every((slug) => typeof slug === 'string')) {
      throw new Error(`${path}: formerSlugs must be a list of slugs.`);
    }
    return { slug: relative(dir, path).replace(/\.mdx$/, ''), formerSlugs, source: path };
  });
}

/** Names of the site's fixed top-level routes (`guide`, `og`, …) from src/pages, which no former slug may take. */
export function staticRouteNames(pagesDir: string): string[] {
  return readdirSync(pagesDir)
    .filter((name) => !name.startsWith('['))
    .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/\.(html|txt|xml|json)$/, ''));
}
