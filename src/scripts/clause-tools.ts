/**
 * <suxi-clause-tools>: one menu for the clause controls inside it. A control (a.ct, the clause's
 * link to its own page, or a button[data-clause-menu]) opens a small menu: copy the link, copy
 * the citation in one of five formats (src/lib/citation), open the clause page. Without
 * JavaScript the controls stay plain links to the clause pages. The menu is built once, on first
 * use, so a policy page with hundreds of clauses pays nothing until a reader asks.
 */
import type * as Citation from '../lib/citation/index.ts';
import type { CitationFormat } from '../lib/citation/index.ts';
import { labelFromControl } from '../lib/clauses/controls.ts';
import { define, el } from './dom.ts';
import { clauseLink, clausePagePath, policyPath } from '../lib/links.ts';

/** The menu's citation items (src/lib/citation), with what the toast says after each. */
const FORMAT_ITEMS: [CitationFormat, string, string][] = [
  ['plain', '复制引用', '引用'],
  ['gbt7714', '复制 GB/T 7714 引用', 'GB/T 7714 引用'],
  ['markdown', '复制 Markdown 链接', 'Markdown 链接'],
  ['bibtex', '复制 BibTeX', 'BibTeX'],
  ['csl', '复制 CSL-JSON', 'CSL-JSON'],
];

/** The citation formats, loaded when a menu first opens: a page that is only read never pays for them. */
let formats: Promise<typeof Citation> | null = null;
const loadFormats = () => (formats ??= import('../lib/citation/index.ts'));

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Non-secure origins and older browsers: copy from a selected, invisible textarea.
    const area = el('textarea', { readonly: true, class: 'ct-copy-area' });
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

class ClauseTools extends HTMLElement {
  private menu: HTMLElement | null = null;
  private opener: HTMLElement | null = null;
  private clause = '';
  private label = '';
  private toastTimer: number | undefined;

  connectedCallback() {
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKeydown);
    // The controls are links until now; from here on they open a menu.
    for (const c of this.querySelectorAll('a.ct')) c.setAttribute('aria-haspopup', 'menu');
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-clause-menu]')) b.hidden = false;
    // A permalink shown as text names the host the reader is on (the build may not know its own).
    for (const a of this.querySelectorAll<HTMLAnchorElement>('a[data-permalink]')) a.textContent = a.href;
    // The policy header's address, printed on paper (global.css), likewise.
    const header = document.querySelector<HTMLElement>('.policy-header[data-url]');
    if (header) header.dataset.url = new URL(header.dataset.url!, location.href).href;
    if (this.querySelector('[data-missing]')) {
      this.checkFragment();
      window.addEventListener('hashchange', this.checkFragment);
    }
  }

  /** A link to a clause the text does not have (#s9-c99) says so, instead of landing silently at the top. */
  private checkFragment = () => {
    const notice = this.querySelector<HTMLElement>('[data-missing]')!;
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: look the fragment up as written.
    }
    const missing = id !== '' && !document.getElementById(id);
    notice.hidden = !missing;
    if (!missing) return;
    notice.querySelector('[data-missing-id]')!.textContent = `#${id}`;
    notice.scrollIntoView({ block: 'start' });
  };

  disconnectedCallback() {
    this.removeEventListener('click', this.onClick);
    this.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('hashchange', this.checkFragment);
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    // 查看目录 from the 未找到条款 notice opens the contents, which are folded on narrow screens.
    if (target.closest('[data-missing] a[href="#toc"]'))
      document.querySelector<HTMLDetailsElement>('#toc')?.setAttribute('open', '');
    const item = target.closest<HTMLElement>('[data-act]');
    if (item && this.menu?.contains(item)) {
      if (item.dataset.act !== 'open') {
        event.preventDefault();
        void this.act(item.dataset.act as CitationFormat | 'link');
      }
      return;
    }
    const control = target.closest<HTMLElement>('a.ct, button[data-clause-menu]');
    if (!control || !this.contains(control)) return;
    // Ctrl/⌘/Shift-click and middle-click keep a link's usual meaning: the clause page in a new tab.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (this.opener === control && this.menu && !this.menu.hidden) this.close(true);
    else this.open(control);
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (!this.menu || this.menu.hidden) return;
    const items = [...this.menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]!.focus();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focus(at + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focus(at - 1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      focus(0);
    } else if (event.key === 'End') {
      event.preventDefault();
      focus(items.length - 1);
    } else if (event.key === 'Tab' && at >= 0) {
      // Back on the control first, so that Tab goes on from there rather than from the menu.
      this.close(true);
    }
  };

  private onOutside = (event: Event) => {
    const t = event.target as Node;
    if (this.menu?.contains(t) || this.opener?.contains(t)) return;
    this.close(false);
  };

  private build(): HTMLElement {
    const item = (act: string, text: string) =>
      el('button', { type: 'button', role: 'menuitem', tabindex: '-1', 'data-act': act }, text);
    const menu = el(
      'div',
      { class: 'ct-menu', role: 'menu', hidden: true },
      item('link', '复制链接'),
      ...FORMAT_ITEMS.map(([id, text]) => item(id, text)),
      el('a', { role: 'menuitem', tabindex: '-1', 'data-act': 'open', href: '#' }, ''),
    );
    this.append(menu);
    return menu;
  }

  private open(control: HTMLElement) {
    const holder = control.closest<HTMLElement>('[data-clause]');
    const clause = control.dataset.clauseMenu || holder?.dataset.clause;
    if (!clause) return;
    this.close(false);
    void loadFormats();
    this.menu ??= this.build();
    this.opener = control;
    this.clause = clause;
    this.label = control.dataset.label ?? labelFromControl(control.getAttribute('aria-label') ?? '');
    const menu = this.menu;
    menu.setAttribute('aria-label', `${this.label}：链接与引用`);
    const page = menu.querySelector<HTMLAnchorElement>('[data-act="open"]')!;
    // On a clause's own page the menu leads back to the full text instead.
    const onOwnPage = Boolean(control.dataset.clauseMenu);
    page.href = onOwnPage ? `${this.policyPath()}#${clause}` : `${this.policyPath()}${clause}/`;
    page.textContent = onOwnPage ? '在全文中查看' : '打开条款页面';
    control.setAttribute('aria-expanded', 'true');
    menu.hidden = false;
    this.place(control, menu);
    menu.querySelector<HTMLElement>('[role="menuitem"]')!.focus();
    document.addEventListener('pointerdown', this.onOutside, true);
  }

  /** Below the control, inside the viewport; positioned in this element's coordinates. */
  private place(control: HTMLElement, menu: HTMLElement) {
    const origin = this.getBoundingClientRect();
    const at = control.getBoundingClientRect();
    const width = menu.offsetWidth;
    const left = Math.max(8, Math.min(at.right - width, document.documentElement.clientWidth - width - 8));
    menu.style.left = `${left - origin.left}px`;
    menu.style.top = `${at.bottom - origin.top + 4}px`;
  }

  private close(returnFocus: boolean) {
    if (!this.menu || this.menu.hidden) return;
    this.menu.hidden = true;
    this.opener?.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.opener?.focus();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private policyPath() {
    return policyPath(this.dataset.policy ?? '');
  }

  private async act(act: CitationFormat | 'link') {
    const origin = location.origin;
    const clausePage = `${origin}${clausePagePath(this.dataset.policy ?? '', this.clause)}`;
    let text: string;
    if (act === 'link') {
      // The address the reader would share: the clause in the full text, or the clause page they are on.
      text =
        location.pathname === this.policyPath()
          ? `${origin}${clauseLink(this.dataset.policy ?? '', this.clause)}`
          : clausePage;
    } else {
      const { formatCitation, localIsoDate } = await loadFormats();
      text = formatCitation(act, {
        policy: this.dataset.policy ?? '',
        title: this.dataset.title ?? '',
        region: this.dataset.region ?? '',
        issuers: JSON.parse(this.dataset.issuers ?? '[]') as string[],
        docNumber: this.dataset.docNumber || null,
        date: this.dataset.date || null,
        clause: this.clause,
        label: this.label,
        url: clausePage,
        accessed: localIsoDate(new Date()),
      });
    }
    await copyText(text);
    this.close(true);
    this.say(`已复制${act === 'link' ? '链接' : FORMAT_ITEMS.find(([id]) => id === act)![2]}`);
  }

  private say(message: string) {
    const toast = this.querySelector<HTMLElement>('.toast');
    if (!toast) return;
    toast.textContent = message;
    toast.hidden = false;
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (toast.hidden = true), 2000);
  }
}

define('suxi-clause-tools', ClauseTools);
