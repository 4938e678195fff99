/**
 * Which key presses focus the search box: `/` when the reader is not typing in a field, and
 * Ctrl+K / ⌘K anywhere (the convention of documentation sites). Kept apart from the DOM so the
 * rule is tested without a browser.
 */

/** What the rule needs of a keydown event. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** An IME composition is under way: the key belongs to the text being composed. */
  isComposing: boolean;
  /** Something on the page already handled the key. */
  defaultPrevented: boolean;
}

/** Elements whose keys are text: a `/` typed there is a slash, not a shortcut. */
export const TEXT_FIELDS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Whether `press` should move focus to the search box; `typing`: focus is in a text field. */
export function isSearchShortcut(press: KeyPress, typing: boolean): boolean {
  if (press.defaultPrevented || press.isComposing) return false;
  const slash = press.key === '/' && !typing && !press.ctrlKey && !press.metaKey && !press.altKey;
  const k = press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey;
  return slash || k;
}
