/** Rules every real page of the site keeps: language, title, description, one h1, and the page landmarks. */
import type { TestPage } from './built-pages';

/** What is wrong with one page, as sentences; empty when the page keeps every rule. Redirect stubs are exempt. */
export function pageProblems(page: TestPage): string[] {
  if (page.isRedirect) return [];
  const problems: string[] = [];
  if (!page.lang) problems.push('<html> has no lang attribute');
  if (!page.title) problems.push('the page has no <title>');
  if (!page.description) problems.push('the page has no meta description');
  if (page.h1Count !== 1) problems.push(`the page has ${page.h1Count} <h1> elements instead of exactly one`);
  if (page.mainCount !== 1) problems.push(`the page has ${page.mainCount} <main> elements instead of exactly one`);
  if (!page.hasBanner) problems.push('the page has no page-level <header>');
  if (!page.hasContentInfo) problems.push('the page has no page-level <footer>');
  if (page.navLabels.length === 0) problems.push('the page has no <nav>');
  const unnamed = page.navLabels.filter((label) => label === '').length;
  if (unnamed) problems.push(`${unnamed} <nav> element(s) lack an aria-label`);
  const labels = page.navLabels.filter(Boolean);
  const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
  if (repeated.length) problems.push(`several <nav> elements share the label "${repeated[0]}"`);
  if (!page.csp) problems.push('the page has no Content-Security-Policy <meta>');
  else if (page.cspRange?.[0] !== page.charsetEnd)
    problems.push('the CSP <meta> is not the first element after <meta charset>');
  if (page.strayAfterBody) problems.push(`markup after </body>: ${page.strayAfterBody.slice(0, 80)}`);
  return problems;
}
