/** Shows search outcomes: every query and excerpt goes in as text, never as HTML. */
import type { Hit, Outcome, Understood } from './engine';

function plural(count: number): string {
  return count === 1 ? '1 result' : `${count} results`;
}

/** How the guide's words answered a reader's word: `“backache” as “back pain”`. */
export function understoodText(understood: readonly Understood[]): string {
  return understood.map(({ word, as }) => `“${word}” as ${as.map((phrase) => `“${phrase}”`).join(' or ')}`).join(', ');
}

/** The sentence the status region shows and announces, e.g. `3 results for “stress”.` */
export function statusText({ query, suggestion, understood, hits, total }: Outcome): string {
  const shown = total > hits.length ? ` The best ${hits.length} are shown; the search page lists all.` : '';
  if (!hits.length) return `No results for “${query}”. Try another word, or browse the topic index on the search page.`;
  if (suggestion) {
    return `No results for “${query}”. Did you mean “${suggestion}”? Showing ${plural(total)} for “${suggestion}”.${shown}`;
  }
  const searchedAs = understood.length ? ` Searched for ${understoodText(understood)}.` : '';
  return `${plural(total)} for “${query}”.${searchedAs}${shown}`;
}

/** One result as a list item, from the result template (src/components/search/SiteSearch.astro). */
export function hitItem(hit: Hit, template: HTMLTemplateElement): HTMLLIElement {
  const item = (template.content.cloneNode(true) as DocumentFragment).querySelector('li')!;
  item.querySelector('a')!.href = hit.href;
  item.querySelector('[data-section]')!.textContent = hit.section;
  const heading = item.querySelector<HTMLElement>('[data-heading]')!;
  if (hit.heading) heading.textContent = `› ${hit.heading}`;
  else heading.remove();
  const understood = item.querySelector<HTMLElement>('[data-understood]')!;
  if (hit.understood.length) understood.textContent = `Matches ${understoodText(hit.understood)}`;
  else understood.remove();
  const excerpt = item.querySelector('[data-excerpt]')!;
  for (const part of hit.excerpt) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  return item;
}

/** Replaces the list's results and the status sentence with those of `outcome`. */
export function renderOutcome(list: HTMLElement, status: HTMLElement, outcome: Outcome): void {
  const template = document.querySelector<HTMLTemplateElement>('#search-result-template')!;
  const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(...outcome.hits.map((hit) => hitItem(hit, template)));
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
