import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The bar every page meets: WCAG 2.2 AA (with the 2.0 and 2.1 A and AA rules it includes) and axe's best practices. */
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules of that bar whose outcome depends on colours: all that can change between light and dark (or forced
 * colours), so a page checked with every rule in one scheme needs only these in the others.
 */
export const COLOUR_RULES: readonly string[] = ['color-contrast', 'link-in-text-block'];

/** What to check: the part of the page (`include`, a selector) and only some rules (`rules`); all of both by default. */
export interface AxeScope {
  include?: string;
  rules?: readonly string[];
}

/** What on the page (or the part `scope` picks) falls short of the bar, a line per rule and where; [] when nothing does. */
export async function axeViolations(page: Page, scope: string | AxeScope = {}): Promise<string[]> {
  const { include, rules } = typeof scope === 'string' ? { include: scope, rules: undefined } : scope;
  // Legacy mode runs axe in the page itself instead of opening a blank page per check to merge frames' results: half
  // the time, and the guide's pages have no frames (content may not add one: src/markdown/content-policy.ts).
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (rules) builder.withRules([...rules]);
  else builder.withTags(RULE_SETS);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

/**
 * The bar for a page in a colour scheme: every rule in light (and with no scheme asked for), the colour rules in dark,
 * where nothing else changes.
 */
export const rulesFor = (colorScheme: 'light' | 'dark'): AxeScope =>
  colorScheme === 'light' ? {} : { rules: COLOUR_RULES };
