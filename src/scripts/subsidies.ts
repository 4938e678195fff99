/**
 * <suxi-subsidies>: enhances /subsidies/ when JavaScript runs — filters by region, category,
 * kind and "has an amount", and sorting by a button in a column header. Without it the page
 * already shows every table, sorted by amount; this element only hides rows and reorders them.
 * The filter state is kept in the URL query so a filtered view can be shared. The rules are the
 * pure functions of src/lib/data/subsidy-filter.ts; this is the DOM around them. When the
 * comparison is split into pages of regions, picking a region of another page opens that page
 * with the same filter.
 */
import { define, el } from './dom';
import {
  compareRows,
  filterPage,
  matches,
  nextOrder,
  readFilter,
  writeFilter,
  type Filter,
  type RowData,
  type SortKey,
} from '../lib/data/subsidy-filter';

function rowData(tr: HTMLTableRowElement): RowData {
  const amount = tr.dataset.amount;
  return {
    region: tr.dataset.region ?? '',
    regionOrder: Number(tr.dataset.regionOrder ?? 0),
    kind: tr.dataset.kind ?? '',
    amount: amount === undefined || amount === '' ? null : Number(amount),
    position: Number(tr.dataset.position ?? 0),
  };
}

class SubsidyComparison extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (form) this.enableFilters(form);
    for (const table of this.querySelectorAll<HTMLTableElement>('table[data-sortable]')) this.enableSorting(table);
  }

  private sections() {
    return [...this.querySelectorAll<HTMLElement>('section[data-category]')];
  }

  private apply(form: HTMLFormElement, filter: Filter) {
    let shown = 0;
    for (const section of this.sections()) {
      let visible = 0;
      for (const tr of section.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const ok = matches(rowData(tr), section.dataset.category ?? '', filter);
        tr.hidden = !ok;
        if (ok) visible += 1;
      }
      section.hidden = visible === 0;
      const count = section.querySelector('[data-count]');
      if (count) count.textContent = String(visible);
      for (const li of section.querySelectorAll<HTMLElement>('.side-by-side li'))
        li.hidden = Boolean(filter.region) && li.dataset.region !== filter.region;
      // The jump list names only the categories still shown, with their filtered counts.
      const jump = this.querySelector<HTMLElement>(`[data-jump="${section.dataset.category}"]`);
      if (jump) {
        jump.hidden = visible === 0;
        const n = jump.querySelector('.count');
        if (n) n.textContent = String(visible);
      }
      shown += visible;
    }
    const output = form.querySelector('output');
    if (output) output.textContent = `显示 ${shown} 项`;
  }

  private enableFilters(form: HTMLFormElement) {
    const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
    const current = (): Filter => ({
      region: field<HTMLSelectElement>('region').value,
      category: field<HTMLSelectElement>('category').value,
      kind: field<HTMLSelectElement>('kind').value,
      amountOnly: field<HTMLInputElement>('amount').checked,
    });
    // Each region's page, from its option: a region picked that is on another page is shown there.
    const pageOf = new Map(
      [...field<HTMLSelectElement>('region').options].flatMap((o) =>
        o.dataset.page ? [[o.value, o.dataset.page]] : [],
      ),
    );
    const here = this.dataset.page ?? location.pathname;
    const initial = readFilter(new URLSearchParams(location.search));
    const away = filterPage(initial, pageOf, here);
    if (away) {
      location.replace(away);
      return;
    }
    field<HTMLSelectElement>('region').value = initial.region;
    field<HTMLSelectElement>('category').value = initial.category;
    field<HTMLSelectElement>('kind').value = initial.kind;
    field<HTMLInputElement>('amount').checked = initial.amountOnly;
    this.apply(form, current());
    form.addEventListener('change', () => {
      const filter = current();
      const page = filterPage(filter, pageOf, here);
      if (page) {
        location.assign(page);
        return;
      }
      this.apply(form, filter);
      const query = writeFilter(filter).toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    });
    form.addEventListener('submit', (event) => event.preventDefault());
  }

  /** A button in each sortable header; the amount column starts sorted, largest first. */
  private enableSorting(table: HTMLTableElement) {
    const body = table.tBodies[0];
    if (!body) return;
    [...body.rows].forEach((tr, i) => (tr.dataset.position = String(i)));
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
    for (const th of headers) {
      const button = el('button', { type: 'button', class: 'sort-btn' }, ...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const key = th.dataset.sortKey as SortKey;
        const order = nextOrder(th.getAttribute('aria-sort'), key);
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', order);
        body.append(...[...body.rows].sort((a, b) => compareRows(rowData(a), rowData(b), key, order)));
      });
    }
  }
}

define('suxi-subsidies', SubsidyComparison);
