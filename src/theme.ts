/**
 * Every colour of the site, defined once. Pages use them by role through Tailwind (`text-accent`, `bg-surface`, …:
 * tailwind.config.ts turns each role into a CSS variable that follows the reader's light or dark setting); the
 * link-preview cards use them directly (src/seo/cards/). Pure data, safe anywhere.
 */

/** The raw colours: Tailwind's slate and teal scales, plus amber and red for focus, highlights and urgency. */
const RAW = {
  white: '#ffffff',
  black: '#000000',
  slate50: '#f8fafc',
  slate200: '#e2e8f0',
  slate500: '#64748b',
  slate600: '#475569',
  slate700: '#334155',
  slate800: '#1e293b',
  slate900: '#0f172a',
  teal100: '#ccfbf1',
  teal200: '#99f6e4',
  teal800: '#115e59',
  teal900: '#134e4a',
  // Calm dark scheme: a blue-grey night rather than black, and a muted teal rather than neon.
  night: '#111820',
  nightRaised: '#18222c',
  nightLine: '#2c3a47',
  mist: '#e4e9ee',
  mistStrong: '#f3f6f8',
  mistMuted: '#a9b4be',
  mistSubtle: '#c7d0d8',
  mistControl: '#8593a0',
  sage: '#8ccdc4',
  sageStrong: '#b7e2db',
  red700: '#b42318',
  red50: '#fef3f2',
  wine: '#3a1715',
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
  page: { light: RAW.white, dark: RAW.night },
  /** Panels set apart from the page: the contents box, the footer. */
  surface: { light: RAW.slate50, dark: RAW.nightRaised },
  /** Body text. */
  ink: { light: RAW.slate800, dark: RAW.mist },
  /** Headings, and text in inputs: the strongest contrast. */
  'ink-strong': { light: RAW.slate900, dark: RAW.mistStrong },
  /** Secondary text: labels, dates, hints. */
  muted: { light: RAW.slate600, dark: RAW.mistMuted },
  /** Text a little quieter than body text: excerpts. */
  subtle: { light: RAW.slate700, dark: RAW.mistSubtle },
  /** Decorative lines between and around blocks. */
  line: { light: RAW.slate200, dark: RAW.nightLine },
  /** Outlines of controls (inputs, secondary buttons), at least 3:1 against the page. */
  control: { light: RAW.slate500, dark: RAW.mistControl },
  /** Links and primary buttons. */
  accent: { light: RAW.teal800, dark: RAW.sage },
  /** Links and primary buttons under the pointer. */
  'accent-strong': { light: RAW.teal900, dark: RAW.sageStrong },
  /** Text on an accent background. */
  'on-accent': { light: RAW.white, dark: RAW.night },
  /** The "Get urgent help" card's band and border. */
  urgent: { light: RAW.red700, dark: RAW.red700 },
  /** Text on the urgent band. */
  'on-urgent': { light: RAW.white, dark: RAW.white },
  /** The urgent care card's body. */
  'urgent-surface': { light: RAW.red50, dark: RAW.wine },
  /** The keyboard focus ring. */
  focus: { light: RAW.amber700, dark: RAW.amber400 },
  /** Background of matched words (search hits, text-fragment links). */
  highlight: { light: RAW.amber200, dark: RAW.amber800 },
  /** Text on a highlight. */
  'on-highlight': { light: RAW.slate900, dark: RAW.white },
  /** What dims the page behind a dialog (at 60 %). */
  scrim: { light: RAW.black, dark: RAW.black },
} as const satisfies Record<string, SchemeColour>;

export type ColourRole = keyof typeof COLOUR_ROLES;

/**
 * The CSS custom property that carries a role's colour in the current scheme, e.g. `--theme-accent`: set on `:root`
 * by tailwind.config.ts, used by the Tailwind classes and by hand-written CSS (`var(--theme-accent)`).
 */
export const cssVariable = (role: ColourRole) => `--theme-${role}`;

/**
 * Paper: black on white whatever the reader's scheme (printers drop backgrounds, and grey text prints faintly). The
 * roles that colour text or the page take these in print; tailwind.config.ts sets them under `@media print`.
 */
export const PRINT_COLOURS = {
  page: RAW.white,
  surface: RAW.white,
  ink: RAW.black,
  'ink-strong': RAW.black,
  muted: RAW.black,
  subtle: RAW.black,
  accent: RAW.black,
  'accent-strong': RAW.black,
} as const satisfies Partial<Record<ColourRole, string>>;

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

/** The favicon's colours (src/web-app/icon.ts draws it): a wave of the light accent on the brand colour. */
export const FAVICON_COLOURS = { background: BRAND_COLOUR, wave: RAW.teal100 } as const;
