// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Hit, Outcome } from '../../search/search.ts';
import { moveFocus, renderOutcome, statusText, wordList } from './render.ts';

const hit = (section: string, heading?: string): Hit => ({
  sentenceScore: 1,
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
  uncovered: { words: [], health: false },
  onlyGeneral: false,
  hits,
  total: hits.length,
  ...extra,
});

describe('statusText', () => {
  it('counts the results for the query', () => {
    expect(statusText(outcome([hit('A')]))).toBe('1 result for “stretches”.');
    expect(statusText(outcome([hit('A'), hit('B')]))).toBe('2 results for “stretches”.');
  });

  it('says when only the best results are shown', () => {
    expect(statusText(outcome([hit('A')], { total: 4 }))).toBe(
      '4 results for “stretches”. The best 1 are shown; the search page lists all.',
    );
  });

  it('offers the suggestion when the query itself found nothing', () => {
    expect(statusText(outcome([hit('A')], { query: 'streches', suggestion: 'stretches' }))).toBe(
      'No results for “streches”. Did you mean “stretches”? Showing 1 result for “stretches”.',
    );
    expect(statusText(outcome([], { query: 'zzz' }))).toMatch(/^No results for “zzz”\. Try other words/);
  });

  it('says plainly which words the guide does not cover, and what the results are for', () => {
    const uncovered = { words: ['pregnant', 'bruising'], health: true };
    expect(statusText(outcome([hit('A')], { query: 'massage when pregnant', uncovered }))).toBe(
      'This guide does not cover “pregnant” or “bruising”. 1 result for the rest of “massage when pregnant”.',
    );
    expect(statusText(outcome([hit('A')], { query: 'massage when pregnant', uncovered, onlyGeneral: true }))).toBe(
      'This guide does not cover “pregnant” or “bruising”.',
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
    renderOutcome(list, status, outcome([hit('Benefits', 'Posture'), hit('Overview')]));
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
    renderOutcome(list, status, outcome([hit('A'), hit('B'), hit('C')]));
    list.querySelectorAll('a')[1]!.focus();
    renderOutcome(list, status, outcome([hit('D'), hit('E')]));
    expect(document.activeElement).toBe(list.querySelectorAll('a')[1]);
    renderOutcome(list, status, outcome([hit('F')]));
    expect(document.activeElement).toBe(list.querySelector('a'));
  });

  it('moves with the arrow keys, Home and End, and back up into the box', () => {
    renderOutcome(list, status, outcome([hit('A'), hit('B'), hit('C')]));
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
    renderOutcome(list, status, outcome([understood]));
    const line = list.querySelector('[data-understood]')!;
    expect(line.textContent).toBe('Your words: gym →  taken as strenuous activities');
    expect(line.querySelector('[aria-hidden="true"]')!.textContent).toBe(' → ');
  });

  it('withholds results that only match the general topic of a health question, and advises where to ask', () => {
    const uncovered = { words: ['pregnant'], health: true };
    renderOutcome(list, status, outcome([hit('A')], { uncovered, onlyGeneral: true }));
    expect(list.children).toHaveLength(0);
    const advice = status.nextElementSibling!;
    expect(advice.textContent).toBe('Ask a doctor or a physiotherapist about it. When to get urgent help');
    expect(advice.querySelector('a')!.getAttribute('href')).toBe('/#urgent-help');
    renderOutcome(list, status, outcome([hit('A')]));
    expect(list.children).toHaveLength(1);
    expect(status.nextElementSibling).toBe(list);
  });

  it('handles no key when there are no results', () => {
    renderOutcome(list, status, outcome([]));
    expect(moveFocus(list, input, 'ArrowDown')).toBe(false);
  });
});
