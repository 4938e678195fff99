/**
 * Progressive enhancement of clause permalinks: adds "copy link" and "copy citation" buttons.
 * Without JavaScript every clause still has its permalink (a link to its own page).
 */

const toast = document.querySelector<HTMLElement>('.toast');
let toastTimer: number | undefined;

function say(message: string) {
  if (!toast) return;
  toast.textContent = message;
  toast.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (toast.hidden = true), 2000);
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Older browsers and non-secure origins: fall back to a selected textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  say(done);
}

function button(kind: 'link' | 'cite', label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `ct-btn ct-btn--${kind}`;
  b.dataset.copy = kind;
  b.setAttribute('aria-label', label);
  return b;
}

/** A permalink's clause label (第（一）条): its aria-label without the suffix ClauseLink adds. */
const labelOf = (anchor: HTMLAnchorElement) => (anchor.getAttribute('aria-label') ?? '').replace(/（单独页面）$/, '');

const article = document.querySelector<HTMLElement>('.policy-text[data-title]');
if (article) {
  const title = article.dataset.title ?? '';
  // A few dozen clauses per frame: adding buttons to all of a long policy's hundreds of clauses at
  // once makes the browser lay out all of their first lines again in one long task, which delays
  // the reader's first scroll or tap on a phone. rAF then setTimeout puts each batch after a paint.
  const anchors = [...article.querySelectorAll<HTMLAnchorElement>('a.ct')];
  const addButtons = (from: number) => {
    for (const anchor of anchors.slice(from, from + 40)) {
      const label = labelOf(anchor);
      anchor.after(button('link', `复制${label}的链接`), button('cite', `复制${label}的引用`));
    }
    if (from + 40 < anchors.length) requestAnimationFrame(() => setTimeout(() => addButtons(from + 40)));
  };
  addButtons(0);
  article.addEventListener('click', (event) => {
    const b = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!b) return;
    const clause = b.closest<HTMLElement>('[data-clause]');
    const anchor = clause?.querySelector<HTMLAnchorElement>('a.ct');
    if (!clause || !anchor) return;
    const url = `${location.origin}${location.pathname}#${clause.id}`;
    if (b.dataset.copy === 'link') void copy(url, '已复制链接');
    else void copy(`《${title}》${labelOf(anchor)}，${url}`, '已复制引用');
  });
}

for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy-text]')) {
  b.hidden = false;
  b.addEventListener('click', () => void copy(b.dataset.copyText ?? '', b.dataset.copied ?? '已复制'));
}
