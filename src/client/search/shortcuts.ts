/** Which key presses open search, and which are typing that belongs in the search box. */

/** Whether a key press is plain typing (a character, no modifier), which belongs in a search box. */
export function isTypedCharacter(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Whether a key press asks for search: Ctrl/⌘+K anywhere, or / outside a text field. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  inTextField: boolean,
): boolean {
  return (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !inTextField);
}
