import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The bar every page meets: WCAG 2.2 AA (with the 2.0 and 2.1 A and AA rules it includes) and axe's best practices. */
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What on the page (or within `selector`) falls short of the bar, a line per rule and where; [] when nothing does. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(RULE_SETS);
  if (selector) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}
