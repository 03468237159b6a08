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

  it('opens below the tools with the settings in force, and closes again', () => {
    press(tools, button);
    expect(tools.nextElementSibling).toBe(panel());
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
