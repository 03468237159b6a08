/**
 * Styles a tool needs only once it is used (the reading bar, the Text size panel) come with its code rather than in
 * every page's stylesheet: a constructed stylesheet, adopted by the document (CSSOM, which the page's CSP leaves to
 * the page's own scripts). Browsers without constructed stylesheets show the tools with the page's styles alone.
 */
export function adoptStyles(css: string): void {
  if (!('adoptedStyleSheets' in document) || typeof CSSStyleSheet !== 'function') return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An engine that cannot construct one keeps the page's own styles.
  }
}
