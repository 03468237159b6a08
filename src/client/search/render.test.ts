// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Hit, Outcome } from '../../search/search.ts';
import { moveFocus, renderOutcome, statusText, wordList } from './render.ts';

const hit = (section: string, heading?: string): Hit => ({
  section,
  heading,
  understood: [],
  href: `/${section.toLowerCase()}/`,
  excerpt: [
    { text: 'Gentle ', marked: false },
    { text: 'stretches', marked: true },
    { text: ' <b>help</b>.', marked: false },
  ],
});
const outcome = (hits: Hit[], extra: Partial<Outcome> = {}): Outcome => ({
  query: 'stretches',
  hits,
  total: hits.length,
  ...extra,
});

describe('statusText', () => {
  it('counts the results for the query', () => {
    expect(statusText(outcome([hit('A')]), 'dialog')).toBe('1 result for “stretches”.');
    expect(statusText(outcome([hit('A'), hit('B')]), 'page')).toBe('2 results for “stretches”.');
  });

  it('says when only the best results are shown, and sends to the search page only from the dialog', () => {
    expect(statusText(outcome([hit('A')], { total: 4 }), 'dialog')).toBe(
      '4 results for “stretches”. The best 1 are shown; the search page lists all.',
    );
    expect(statusText(outcome([hit('A')], { total: 4 }), 'page')).toBe(
      '4 results for “stretches”. The best 1 are shown.',
    );
  });

  it('says what the results are for when slips were read as the guide words meant', () => {
    expect(statusText(outcome([hit('A')], { query: 'streches', suggestion: 'stretches' }), 'dialog')).toBe(
      'Showing 1 result for “stretches” (you typed “streches”).',
    );
  });

  it('points where the place can: the topic index on the search page, which hides there while a query is typed', () => {
    expect(statusText(outcome([], { query: 'zzz' }), 'dialog')).toBe(
      'No results for “zzz”. Try other words, or browse the topic index on the search page.',
    );
    expect(statusText(outcome([], { query: 'zzz' }), 'page')).toBe(
      'No results for “zzz”. Try other words, or clear the box to browse the topic index.',
    );
  });

  it('says plainly that the guide does not cover a question, naming only the words it may', () => {
    const notCovered = { words: ['ibuprofen', 'naproxen'], health: true };
    expect(statusText(outcome([], { query: 'ibuprofen or naproxen', notCovered }), 'dialog')).toBe(
      'This guide does not cover “ibuprofen” or “naproxen”.',
    );
    expect(statusText(outcome([], { notCovered: { words: [], health: false } }), 'page')).toBe(
      'This guide does not answer that question. Try other words, or clear the box to browse the topic index.',
    );
  });
});

describe('wordList', () => {
  it('joins words as a reader writes them', () => {
    expect(wordList(['a'])).toBe('“a”');
    expect(wordList(['a', 'b', 'c'])).toBe('“a”, “b” or “c”');
  });
});

describe('renderOutcome and moveFocus', () => {
  let list: HTMLUListElement;
  let status: HTMLParagraphElement;
  let input: HTMLInputElement;

  beforeEach(() => {
    // The result template as src/components/search/SiteSearch.astro renders it.
    document.body.innerHTML = `
      <template id="search-result-template"><li><a><span data-section></span><span data-heading></span><span data-excerpt></span><span data-understood></span></a></li></template>
      <input><p role="status"></p><ul></ul>`;
    list = document.querySelector('ul')!;
    status = document.querySelector('p')!;
    input = document.querySelector('input')!;
  });

  it('lists each hit as a link with its section, heading and excerpt, markup kept as text', () => {
    renderOutcome(list, status, outcome([hit('Benefits', 'Posture'), hit('Overview')]), 'dialog');
    const links = [...list.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/benefits/', '/overview/']);
    expect(links[0]!.querySelector('[data-heading]')!.textContent).toBe('› Posture');
    expect(links[1]!.querySelector('[data-heading]')).toBeNull();
    expect(links[0]!.querySelector('mark.search-hit')!.textContent).toBe('stretches');
    expect(links[0]!.querySelector('b')).toBeNull();
    expect(links[0]!.querySelector('[data-excerpt]')!.textContent).toBe('Gentle stretches <b>help</b>.');
    expect(status.textContent).toBe('2 results for “stretches”.');
  });

  it('keeps a reader who is moving through the results on the same place when new results arrive', () => {
    renderOutcome(list, status, outcome([hit('A'), hit('B'), hit('C')]), 'dialog');
    list.querySelectorAll('a')[1]!.focus();
    renderOutcome(list, status, outcome([hit('D'), hit('E')]), 'dialog');
    expect(document.activeElement).toBe(list.querySelectorAll('a')[1]);
    renderOutcome(list, status, outcome([hit('F')]), 'dialog');
    expect(document.activeElement).toBe(list.querySelector('a'));
  });

  it('moves with the arrow keys, Home and End, and back up into the box', () => {
    renderOutcome(list, status, outcome([hit('A'), hit('B'), hit('C')]), 'dialog');
    const links = [...list.querySelectorAll('a')];
    input.focus();
    expect(moveFocus(list, input, 'ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(links[0]);
    moveFocus(list, input, 'End');
    expect(document.activeElement).toBe(links[2]);
    moveFocus(list, input, 'ArrowDown');
    expect(document.activeElement).toBe(links[2]);
    moveFocus(list, input, 'Home');
    moveFocus(list, input, 'ArrowUp');
    expect(document.activeElement).toBe(input);
    expect(moveFocus(list, input, 'x')).toBe(false);
  });

  it("shows how the reader's words were taken, with an arrow that screen readers hear as words", () => {
    const understood = { ...hit('Self-care'), understood: [{ word: 'gym', as: 'strenuous activities' }] };
    renderOutcome(list, status, outcome([understood]), 'dialog');
    const line = list.querySelector('[data-understood]')!;
    expect(line.textContent).toBe('Your words: gym →  taken as strenuous activities');
    expect(line.querySelector('[aria-hidden="true"]')!.textContent).toBe(' → ');
  });

  it('advises where to ask after a health question the guide does not cover', () => {
    renderOutcome(list, status, outcome([], { notCovered: { words: ['ibuprofen'], health: true } }), 'dialog');
    expect(list.children).toHaveLength(0);
    const advice = status.nextElementSibling!;
    expect(advice.textContent).toBe('Ask a doctor or a physiotherapist about it. When to get urgent help');
    expect(advice.querySelector('a')!.getAttribute('href')).toBe('/guide/#urgent-help');
    renderOutcome(list, status, outcome([hit('A')]), 'dialog');
    expect(list.children).toHaveLength(1);
    expect(status.nextElementSibling).toBe(list);
  });

  it('handles no key when there are no results', () => {
    renderOutcome(list, status, outcome([]), 'dialog');
    expect(moveFocus(list, input, 'ArrowDown')).toBe(false);
  });
});
