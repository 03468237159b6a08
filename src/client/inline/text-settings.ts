/**
 * The inline script in every page's `<head>`: applies the reader's text size and spacing (src/client/reading/settings.ts)
 * before the first paint, so the page never jumps (CLS 0). Where storage is blocked it does nothing, and without
 * scripts the page stays as it is.
 */
import { TEXT_SETTINGS } from '../reading/settings';

try {
  document.documentElement.setAttribute(TEXT_SETTINGS.attribute, localStorage.getItem(TEXT_SETTINGS.storageKey) ?? '');
} catch {
  // Storage is blocked (some private modes): the page keeps its standard text.
}
