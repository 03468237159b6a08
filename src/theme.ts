/**
 * Every colour of the site, defined once. Pages use them by role through Tailwind (`text-accent`, `bg-surface`, …:
 * tailwind.config.ts turns each role into a CSS variable that follows the reader's light or dark setting); the
 * link-preview cards use them directly (src/seo/og-card.ts). Pure data, safe anywhere.
 */

/** The raw colours: Tailwind's slate and teal scales, plus amber and red for focus, highlights and urgency. */
const RAW = {
  white: '#ffffff',
  slate50: '#f8fafc',
  slate100: '#f1f5f9',
  slate200: '#e2e8f0',
  slate300: '#cbd5e1',
  slate400: '#94a3b8',
  slate500: '#64748b',
  slate600: '#475569',
  slate700: '#334155',
  slate800: '#1e293b',
  slate900: '#0f172a',
  slate950: '#020617',
  teal50: '#f0fdfa',
  teal100: '#ccfbf1',
  teal200: '#99f6e4',
  teal300: '#5eead4',
  teal800: '#115e59',
  teal900: '#134e4a',
  mint: '#e0f2f1',
  amber200: '#fde68a',
  amber400: '#fbbf24',
  amber700: '#b45309',
  amber800: '#854d0e',
} as const;

/** A colour for each scheme. */
export interface SchemeColour {
  light: string;
  dark: string;
}

/** Colours by the role they play on a page; every pair meets WCAG AA contrast where text sits on it. */
export const COLOUR_ROLES = {
  /** The page background. */
  page: { light: RAW.white, dark: RAW.slate950 },
  /** Panels set apart from the page: the contents box, the footer. */
  surface: { light: RAW.slate50, dark: RAW.slate900 },
  /** Body text. */
  ink: { light: RAW.slate800, dark: RAW.slate200 },
  /** Text in inputs and other places that need the strongest contrast. */
  'ink-strong': { light: RAW.slate900, dark: RAW.slate100 },
  /** Secondary text: labels, dates, hints. */
  muted: { light: RAW.slate600, dark: RAW.slate400 },
  /** Text a little quieter than body text: excerpts, breadcrumbs. */
  subtle: { light: RAW.slate700, dark: RAW.slate300 },
  /** Decorative lines between and around blocks. */
  line: { light: RAW.slate200, dark: RAW.slate700 },
  /** Outlines of controls (inputs, secondary buttons), at least 3:1 against the page. */
  control: { light: RAW.slate500, dark: RAW.slate400 },
  /** Links and primary buttons. */
  accent: { light: RAW.teal800, dark: RAW.teal300 },
  /** Links and primary buttons under the pointer. */
  'accent-strong': { light: RAW.teal900, dark: RAW.teal200 },
  /** Text on an accent background. */
  'on-accent': { light: RAW.white, dark: RAW.slate950 },
  /** The keyboard focus ring. */
  focus: { light: RAW.amber700, dark: RAW.amber400 },
  /** Background of matched words (search hits, text-fragment links). */
  highlight: { light: RAW.amber200, dark: RAW.amber800 },
  /** Text on a highlight. */
  'on-highlight': { light: RAW.slate900, dark: RAW.white },
} as const satisfies Record<string, SchemeColour>;

export type ColourRole = keyof typeof COLOUR_ROLES;

/**
 * The CSS custom property that carries a role's colour in the current scheme, e.g. `--theme-accent`: set on `:root`
 * by tailwind.config.ts, used by the Tailwind classes and by hand-written CSS (`var(--theme-accent)`).
 */
export const cssVariable = (role: ColourRole) => `--theme-${role}`;

/** The link-preview card's colours: the light scheme, which previews show on any background. */
export const PREVIEW_CARD_COLOURS = {
  paper: RAW.slate50,
  ink: RAW.slate900,
  muted: RAW.slate600,
  accent: RAW.teal800,
  wash: RAW.teal100,
  line: RAW.teal200,
  circle: RAW.mint,
} as const;

/** The browser UI colour and the favicon's, for the page's `theme-color`. */
export const BRAND_COLOUR = RAW.teal800;
