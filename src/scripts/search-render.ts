/** Renders search outcomes as plain DOM: every query and excerpt goes in as text, never as HTML. */
import type { Hit, Outcome } from './search-engine';

/** Creates an element with classes and optional text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}

/** The sentence the status region shows and announces, e.g. `3 results for “stress”.` */
export function statusText(outcome: Outcome): string {
  const { query, suggestion, hits, total } = outcome;
  const shown = total > hits.length ? ` The best ${hits.length} are shown; the search page lists all.` : '';
  if (suggestion && hits.length) return `No results for “${query}”. Did you mean “${suggestion}”? Showing ${plural(total)} for “${suggestion}”.${shown}`;
  if (!hits.length) return `No results for “${query}”. Try another word, or browse the topic index on the search page.`;
  return `${plural(total)} for “${query}”.${shown}`;
}

function hitItem(hit: Hit): HTMLLIElement {
  const item = element('li', '');
  const link = element('a', 'block rounded-md border border-slate-200 p-3 no-underline hover:border-teal-700 dark:border-slate-700 dark:hover:border-teal-300');
  link.href = hit.href;
  link.append(element('span', 'block font-semibold text-teal-800 underline underline-offset-4 dark:text-teal-300', hit.section));
  if (hit.heading) link.append(element('span', 'block text-sm font-semibold text-slate-700 dark:text-slate-300', `› ${hit.heading}`));
  const excerpt = element('span', 'mt-1 block text-sm text-slate-700 dark:text-slate-300');
  for (const part of hit.excerpt) {
    excerpt.append(part.marked ? element('mark', 'search-hit', part.text) : document.createTextNode(part.text));
  }
  link.append(excerpt);
  item.append(link);
  return item;
}

/** Replaces the list's results and the status sentence with those of `outcome`. */
export function renderOutcome(list: HTMLElement, status: HTMLElement, outcome: Outcome): void {
  const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(...outcome.hits.map(hitItem));
  status.textContent = statusText(outcome);
  // A reader already moving through the results keeps their place when newer results arrive.
  if (focused >= 0) {
    const links = list.querySelectorAll('a');
    links[Math.min(focused, links.length - 1)]?.focus();
  }
}

/** Moves focus between the result links with the arrow keys; returns true when it handled the key. */
export function moveFocus(list: HTMLElement, input: HTMLInputElement, key: string): boolean {
  const links = [...list.querySelectorAll('a')];
  if (!links.length) return false;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (key === 'ArrowDown') (links[index + 1] ?? links[index] ?? links[0])!.focus();
  else if (key === 'ArrowUp') (index <= 0 ? input : links[index - 1]!).focus();
  else if (key === 'Home' && index >= 0) links[0]!.focus();
  else if (key === 'End' && index >= 0) links[links.length - 1]!.focus();
  else return false;
  return true;
}
