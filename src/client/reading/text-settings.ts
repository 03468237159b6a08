/**
 * "Text size": a panel below the reading tools' row (inside the tools, so it stays with its button in the reading bar)
 * with the text sizes and wider line spacing. A change applies at once to `<html>` (global.css scales the page from
 * it), keeps the control the reader touched where it was on the screen, however much the page above it grew or
 * shrank, and is kept on this device, for the inline script in every page's `<head>` to apply before the first paint
 * of the next page (src/client/inline/text-settings.ts).
 */
import { adoptStyles } from './adopt-styles';
import { CHOICE, CHOICES, LEGEND, PANEL } from '../../reading/classes';
import panelStyles from './panel.css?inline';
import {
  formatTextSettings,
  parseTextSettings,
  store,
  TEXT_SETTINGS,
  TEXT_SIZES,
  type TextSettings,
  type TextSize,
} from './settings';

adoptStyles(panelStyles);

const SIZE_LABELS: Record<TextSize, string> = { standard: 'Standard', large: 'Large', larger: 'Larger' };

/** Id of the panel, which the "Text size" button controls. */
export const PANEL_ID = 'text-settings';

/** The settings in force on this page. */
export function currentSettings(): TextSettings {
  return parseTextSettings(document.documentElement.getAttribute(TEXT_SETTINGS.attribute));
}

/** Applies settings to this page and keeps them for the next. */
export function applySettings(settings: TextSettings): void {
  const value = formatTextSettings(settings);
  document.documentElement.setAttribute(TEXT_SETTINGS.attribute, value);
  store(TEXT_SETTINGS.storageKey, value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

/** A radio button or checkbox inside its label; the words in a span of their own wrap beside the box, not under it. */
function choice(type: 'radio' | 'checkbox', label: string, checked: boolean, value = ''): HTMLLabelElement {
  const wrapper = element('label', CHOICE);
  const input = element('input', 'setting-box');
  input.type = type;
  input.checked = checked;
  if (type === 'radio') {
    input.name = 'text-size';
    input.value = value;
  }
  wrapper.append(input, element('span', '', label));
  return wrapper;
}

/**
 * Scrolls the page so that `anchor` stands where it stood before `change` (the page above it grows or shrinks with
 * the text); nothing to do for an anchor stuck at the top of the screen, which scrolling cannot move.
 */
export function keepInPlace(anchor: Element, change: () => void): void {
  const before = anchor.getBoundingClientRect().top;
  change();
  const moved = anchor.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) scrollBy({ top: moved, behavior: 'instant' });
}

/** Builds the panel, closed, at the end of the tools. */
function buildPanel(tools: HTMLElement): HTMLElement {
  const settings = currentSettings();
  const panel = element('div', PANEL);
  panel.id = PANEL_ID;
  panel.hidden = true;
  const sizes = element('fieldset');
  const choices = element('div', CHOICES);
  choices.append(...TEXT_SIZES.map((size) => choice('radio', SIZE_LABELS[size], size === settings.size, size)));
  sizes.append(element('legend', LEGEND, 'Text size'), choices);
  const spacing = choice('checkbox', 'Wider line spacing', settings.spaced);
  const note = element('p', 'mt-2 mb-0 text-sm text-muted', 'Kept on this device for every page of the guide.');
  panel.append(sizes, spacing, note);
  panel.addEventListener('change', (event) => {
    const size = panel.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value as TextSize | undefined;
    keepInPlace(event.target as Element, () =>
      applySettings({ size: size ?? 'standard', spaced: spacing.querySelector('input')!.checked }),
    );
  });
  tools.append(panel);
  return panel;
}

/** The "Text size" button's action: opens or closes the panel (the button is a disclosure). */
export function press(tools: HTMLElement, button: HTMLButtonElement): void {
  const panel = document.getElementById(PANEL_ID) ?? buildPanel(tools);
  const opening = panel.hidden;
  panel.hidden = !opening;
  // At the largest sizes the tools may stand low on a phone's screen: the panel opens where the reader can see it.
  if (opening) panel.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
  button.setAttribute('aria-controls', PANEL_ID);
  button.setAttribute('aria-expanded', String(opening));
}
