/** Shows search outcomes: every query and excerpt goes in as text, never as HTML. */
import { PATHS, URGENT_HELP_ID } from '../../consts.ts';
import { counted } from '../../plural.ts';
import type { Hit, Outcome } from '../../search/search.ts';

/** Words joined as a reader writes them: “a”, “b” or “c”. */
export function wordList(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** Where results are shown: the header's search dialog, or the search page (where the topic index hides while searching). */
export type SearchPlace = 'dialog' | 'page';

/** Where to turn when nothing matched, as the place can offer it. */
const elsewhere = (place: SearchPlace) =>
  place === 'dialog'
    ? 'Try other words, or browse the topic index on the search page.'
    : 'Try other words, or clear the box to browse the topic index.';

/** The sentence the status region shows and announces, e.g. `3 results for “stress”.` */
export function statusText(outcome: Outcome, place: SearchPlace): string {
  const { query, suggestion, notCovered, hits, total } = outcome;
  if (notCovered) {
    const what = notCovered.words.length
      ? `This guide does not cover ${wordList(notCovered.words)}.`
      : 'This guide does not answer that question.';
    return notCovered.health ? what : `${what} ${elsewhere(place)}`;
  }
  const shown =
    total > hits.length
      ? place === 'dialog'
        ? ` The best ${hits.length} are shown; the search page lists all.`
        : ` The best ${hits.length} are shown.`
      : '';
  if (!hits.length) return `No results for “${query}”. ${elsewhere(place)}`;
  if (suggestion) return `Showing ${counted(total, 'result')} for “${suggestion}” (you typed “${query}”).${shown}`;
  return `${counted(total, 'result')} for “${query}”.${shown}`;
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
  if (hit.understood.length) {
    // "gym → strenuous activities": the reader's word and the guide's; screen readers hear "taken as".
    understood.append('Your words: ');
    hit.understood.forEach(({ word, as }, index) => {
      if (index) understood.append(', ');
      const arrow = document.createElement('span');
      arrow.setAttribute('aria-hidden', 'true');
      arrow.textContent = ' → ';
      const spoken = document.createElement('span');
      spoken.className = 'sr-only';
      spoken.textContent = ' taken as ';
      understood.append(word, arrow, spoken, as);
    });
  } else understood.remove();
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

/**
 * The advice shown, after the status sentence, when a reader asks a health question the guide does not cover
 * ("This guide does not cover “ibuprofen”."): where to ask instead, never a medical answer.
 */
function healthAdvice(): HTMLParagraphElement {
  const advice = document.createElement('p');
  advice.className = 'health-advice mt-2 rounded-md border-l-4 border-urgent bg-urgent-surface px-3 text-sm';
  const link = document.createElement('a');
  link.className = 'inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-4';
  // The whole guide shows the card near its top whatever the sections set (the home page only if its section does).
  link.href = `${PATHS.wholeGuide}#${URGENT_HELP_ID}`;
  link.textContent = 'When to get urgent help';
  advice.append('Ask a doctor or a physiotherapist about it. ', link);
  return advice;
}

/**
 * Replaces the results and the status sentence with those of `outcome`; for a health question the guide does not
 * cover, the status is followed by where to ask instead.
 */
export function renderOutcome(list: HTMLElement, status: HTMLElement, outcome: Outcome, place: SearchPlace): void {
  const template = document.querySelector<HTMLTemplateElement>('#search-result-template')!;
  const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(...outcome.hits.map((hit) => hitItem(hit, template)));
  status.textContent = statusText(outcome, place);
  if (status.nextElementSibling?.classList.contains('health-advice')) status.nextElementSibling.remove();
  if (outcome.notCovered?.health) status.after(healthAdvice());
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
