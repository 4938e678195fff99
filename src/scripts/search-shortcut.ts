/**
 * <suxi-search-shortcut> wraps the header's search form on every page, so it stays tiny: `/`
 * (outside text fields) and Ctrl+K / ⌘K focus the search box (src/lib/shortcuts.ts decides which
 * keys). The keys are the document's, so the listener is on the document while the element is
 * connected; a page with a search box of its own (`[data-search-input]`, the search page) gets
 * the focus there instead of the header's.
 */
import { isSearchShortcut, TEXT_FIELDS } from '../lib/shortcuts.ts';
import { define } from './dom.ts';

class SearchShortcut extends HTMLElement {
  readonly #onKey = (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!isSearchShortcut(event, Boolean(target?.closest(TEXT_FIELDS)))) return;
    const box =
      document.querySelector<HTMLInputElement>('[data-search-input]') ??
      this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  };

  connectedCallback() {
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }
}

define('suxi-search-shortcut', SearchShortcut);

// A policy page opened from a search result (/policies/x/?q=…#clause) marks the query in the text.
if (new URLSearchParams(location.search).get('q') && document.querySelector('[data-clause]')) {
  void import('./search-mark.ts').then((m) => m.markFromUrl());
}
