// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PANEL_ID, press } from './text-settings';

describe('the Text size panel', () => {
  let tools: HTMLElement;
  let button: HTMLButtonElement;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.setAttribute('data-text', 'large');
    document.body.innerHTML =
      '<article><reading-tools><button aria-expanded="false">Text size</button></reading-tools><p>Text</p></article>';
    tools = document.querySelector('reading-tools')!;
    button = tools.querySelector('button')!;
  });

  const panel = () => document.getElementById(PANEL_ID)!;
  const radio = (label: string) =>
    [...panel().querySelectorAll('label')].find((l) => l.textContent === label)!.querySelector('input')!;

  it('keeps the control the reader touched where it was on the screen while the page above it grows', async () => {
    const { keepInPlace } = await import('./text-settings');
    const anchor = document.createElement('p');
    let top = 495;
    anchor.getBoundingClientRect = () => ({ top }) as DOMRect;
    const scrolls: ScrollToOptions[] = [];
    window.scrollBy = ((options: ScrollToOptions) => void scrolls.push(options)) as typeof window.scrollBy;
    keepInPlace(anchor, () => (top = 965));
    expect(scrolls).toEqual([{ top: 470, behavior: 'instant' }]);
    keepInPlace(anchor, () => (top = 965.4));
    expect(scrolls).toHaveLength(1);
  });

  it("opens below the tools' row, inside them, with the settings in force, and closes again", () => {
    press(tools, button);
    expect(tools.lastElementChild).toBe(panel());
    expect(panel().hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(PANEL_ID);
    expect(panel().querySelector('legend')!.textContent).toBe('Text size');
    expect(radio('Large').checked).toBe(true);
    expect(radio('Wider line spacing').checked).toBe(false);
    press(tools, button);
    expect(panel().hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll(`#${PANEL_ID}`)).toHaveLength(1);
  });

  it('applies a change to the page at once and keeps it on this device', () => {
    press(tools, button);
    radio('Larger').checked = true;
    radio('Wider line spacing').checked = true;
    panel().dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.getAttribute('data-text')).toBe('larger spaced');
    expect(localStorage.getItem('text-settings')).toBe('larger spaced');
    radio('Standard').checked = true;
    radio('Wider line spacing').checked = false;
    panel().dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.getAttribute('data-text')).toBe('');
    expect(localStorage.getItem('text-settings')).toBeNull();
  });
});
