/**
 * <suxi-toc> wraps a policy's table of contents, one <details>: an open sidebar on wide screens,
 * a drawer on narrow ones. On a narrow screen the drawer closes when a link in it is followed, so
 * the clause it leads to is not hidden behind the open list.
 */
import { define } from './dom.ts';

/** The width from which the ToC is a sidebar (global.css, "Policy page"). */
const WIDE = '(min-width: 64rem)';

class TocDrawer extends HTMLElement {
  readonly #wide = matchMedia(WIDE);
  #details: HTMLDetailsElement | null = null;

  readonly #sync = () => {
    if (this.#details) this.#details.open = this.#wide.matches;
  };

  readonly #onClick = (event: Event) => {
    if (this.#details && !this.#wide.matches && event.target instanceof Element && event.target.closest('a'))
      this.#details.open = false;
  };

  connectedCallback() {
    this.#details = this.querySelector('details');
    if (!this.#details) return;
    this.#sync();
    this.#wide.addEventListener('change', this.#sync);
    this.#details.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    this.#wide.removeEventListener('change', this.#sync);
    this.#details?.removeEventListener('click', this.#onClick);
    this.#details = null;
  }
}

define('suxi-toc', TocDrawer);
