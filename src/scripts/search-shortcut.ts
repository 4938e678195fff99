/**
 * Loaded on every page, so it stays tiny: `/` (outside text fields) and Ctrl+K / ⌘K focus the
 * search box — the search page's own box there, the header's elsewhere. On a policy page opened
 * from a search result (/policies/x/?q=…#clause) it loads the marker for the query.
 */
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const target = event.target as Element | null;
  const typing = target?.closest?.('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !k) return;
  const box =
    document.querySelector<HTMLInputElement>('[data-search-input]') ??
    document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (new URLSearchParams(location.search).get('q') && document.querySelector('[data-clause]')) {
  void import('./search-mark.ts').then((m) => m.markFromUrl());
}
