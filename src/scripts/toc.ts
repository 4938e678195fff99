/**
 * <suxi-toc> wraps a policy's table of contents, one <details>: an open sidebar on wide screens,
 * a drawer on narrow ones. On a narrow screen the drawer closes when a link in it is followed, so
 * the clause it leads to is not hidden behind the open list. While reading, the entry being read
 * is marked (aria-current="location") and named in the drawer's bar; a table row reached by its
 * link is scrolled so that its column headers and group label are in view with it
 * (src/lib/clauses/anchor.ts decides where).
 */
import { currentEntry, rowScrollTop, type Span } from '../lib/clauses/anchor.ts';
import { define } from './dom.ts';

/** The width from which the ToC is a sidebar (global.css, "Policy page"). */
const WIDE = '(min-width: 64rem)';
/** Space kept between the sticky bar (or the window's top) and what is read first. */
const MARGIN = 12;

const span = (el: Element | null): Span | null => {
  if (!el || !(el as HTMLElement).offsetParent) return null;
  const r = el.getBoundingClientRect();
  return r.height ? { top: r.top + scrollY, bottom: r.bottom + scrollY } : null;
};

class TocDrawer extends HTMLElement {
  readonly #wide = matchMedia(WIDE);
  #details: HTMLDetailsElement | null = null;
  #links: { id: string; link: HTMLAnchorElement; target: HTMLElement }[] = [];
  #current: HTMLAnchorElement | null = null;
  #label: HTMLElement | null = null;
  #frame = 0;

  readonly #sync = () => {
    if (this.#details) this.#details.open = this.#wide.matches;
  };

  readonly #onClick = (event: Event) => {
    if (this.#details && !this.#wide.matches && event.target instanceof Element && event.target.closest('a'))
      this.#details.open = false;
  };

  /** Height the sticky 目录 bar covers at the top (0 when it is a sidebar). */
  #inset(): number {
    if (!this.#details || getComputedStyle(this.#details).position !== 'sticky') return 0;
    return this.#details.querySelector('summary')?.getBoundingClientRect().height ?? 0;
  }

  readonly #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#mark();
    });
  };

  #mark() {
    const line = this.#inset() + MARGIN * 4;
    const id = currentEntry(
      this.#links.map((l) => ({ id: l.id, top: l.target.getBoundingClientRect().top })),
      line,
    );
    const link = this.#links.find((l) => l.id === id)?.link ?? null;
    if (link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    this.#current = link;
    if (this.#label) this.#label.textContent = link?.textContent ?? '';
  }

  readonly #onToggle = () => {
    // The opened drawer shows where the reader is, not its top.
    const list = this.#details?.querySelector<HTMLElement>(':scope > .toc-list');
    if (this.#details?.open && list && this.#current && !this.#wide.matches)
      list.scrollTop = this.#current.offsetTop - list.offsetTop - list.clientHeight / 2;
  };

  /** A table row reached by its link: scroll so its headers and group label are in view with it. */
  readonly #toRow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const row = id ? document.getElementById(id) : null;
    if (!(row instanceof HTMLTableRowElement)) return;
    const table = row.closest('table');
    const groupCell = row.closest('tbody')?.querySelector('th[scope="rowgroup"]') ?? null;
    const rowSpan = span(row);
    if (!rowSpan) return;
    const top = rowScrollTop({
      row: rowSpan,
      header: span(table?.tHead ?? null),
      group: span(groupCell),
      viewport: innerHeight,
      inset: this.#inset(),
      margin: MARGIN,
    });
    window.scrollTo({ top, behavior: 'instant' });
  };

  connectedCallback() {
    this.#details = this.querySelector('details');
    if (!this.#details) return;
    this.#sync();
    this.#wide.addEventListener('change', this.#sync);
    this.#details.addEventListener('click', this.#onClick);
    this.#details.addEventListener('toggle', this.#onToggle);
    this.#links = [...this.#details.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
      const id = decodeURIComponent(link.hash.slice(1));
      const target = document.getElementById(id);
      return target ? [{ id, link, target }] : [];
    });
    this.#label = this.#details.querySelector('[data-toc-current]');
    addEventListener('scroll', this.#onScroll, { passive: true });
    addEventListener('hashchange', this.#toRow);
    // The browser keeps scrolling to the fragment until the page has loaded: place the row after it.
    if (document.readyState === 'complete') this.#toRow();
    else addEventListener('load', () => requestAnimationFrame(this.#toRow), { once: true });
    this.#mark();
  }

  disconnectedCallback() {
    this.#wide.removeEventListener('change', this.#sync);
    this.#details?.removeEventListener('click', this.#onClick);
    this.#details?.removeEventListener('toggle', this.#onToggle);
    removeEventListener('scroll', this.#onScroll);
    removeEventListener('hashchange', this.#toRow);
    cancelAnimationFrame(this.#frame);
    this.#details = null;
    this.#links = [];
  }
}

define('suxi-toc', TocDrawer);
