/** Pure helpers for link previews and structured data: image paths, absolute URLs and JSON-LD. */
import { LANGUAGE, PATHS, isNotFoundPath } from '../consts';

/** Size of every Open Graph image, as link previews expect for `summary_large_image`. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The image slug for a page path: `index` for the home page, `404` for not found, else the path's name. */
export function ogImageSlug(pathname: string): string {
  if (isNotFoundPath(pathname)) return '404';
  const route = pathname.startsWith(PATHS.home) ? pathname.slice(PATHS.home.length) : pathname;
  const name = route.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return name || 'index';
}

/** Site path of a page's generated Open Graph image. */
export function ogImagePath(pathname: string): string {
  return `${PATHS.previewImages}${ogImageSlug(pathname)}.png`;
}

/** The canonical path of a page: the not-found page keeps its file name so the address stays real. */
export function canonicalPath(pathname: string): string {
  return isNotFoundPath(pathname) ? PATHS.notFound : pathname;
}

/** What a page says about itself in its `<head>`: the layout takes it, and the SEO tags are made from it. */
export interface PageHead {
  /** Page title, without the site name. */
  title: string;
  /** One plain sentence for the meta description and link previews. */
  description: string;
  /** When the page's text was last reviewed: dateModified and lastReviewed in structured data. */
  lastReviewed?: Date | undefined;
  /** Short name for the breadcrumb trail in structured data; defaults to the title. */
  breadcrumb?: string | undefined;
}

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  /** Site path, e.g. `/overview/`. */
  path: string;
}

/** What a page tells search engines about itself. */
export interface PageFacts {
  title: string;
  description: string;
  /** Site path of the page, e.g. `/overview/`. */
  path: string;
  /** Breadcrumb trail from the home page to this page. */
  trail: readonly Crumb[];
  /** Date the text was last reviewed; also its last meaningful change. */
  lastReviewed?: Date;
  /** False for pages that are not health content (the not-found page). */
  medical: boolean;
  /** Absolute URL of the page's preview image. */
  image: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** What the guide as a whole is about, for the `about` property of every page. */
const GUIDE_ABOUT = [
  { '@type': 'MedicalCondition', name: 'Lower back pain' },
  { '@type': 'MedicalTherapy', name: 'Deep tissue massage' },
] as const;

/** The page as schema.org data (MedicalWebPage or WebPage), with its BreadcrumbList nested as `breadcrumb`. */
export function structuredData(page: PageFacts, site: URL, siteName: string): Record<string, unknown> {
  const dates = page.lastReviewed
    ? { dateModified: isoDate(page.lastReviewed), lastReviewed: isoDate(page.lastReviewed) }
    : {};
  return {
    '@context': 'https://schema.org',
    '@type': page.medical ? 'MedicalWebPage' : 'WebPage',
    url: new URL(page.path, site).href,
    headline: page.title,
    description: page.description,
    inLanguage: LANGUAGE.tag,
    ...dates,
    ...(page.medical ? { about: GUIDE_ABOUT } : {}),
    image: page.image,
    isPartOf: { '@type': 'WebSite', name: siteName, url: new URL(PATHS.home, site).href },
    breadcrumb: {
      '@type': 'BreadcrumbList',
      itemListElement: page.trail.map((crumb, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: crumb.name,
        item: new URL(crumb.path, site).href,
      })),
    },
  };
}

/** JSON for a `<script type="application/ld+json">` data block; `<` is escaped so text can never close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
