/**
 * Enhances /subsidies/ when JavaScript runs: filters by region, category, kind and "has an
 * amount", and sorting by clicking a column header. Without it the page already shows every
 * table, sorted by amount; this script only hides rows and reorders them. The filter state is
 * kept in the URL query so a filtered view can be shared.
 */
import {
  compareRows,
  matches,
  readFilter,
  writeFilter,
  type Filter,
  type RowData,
  type SortKey,
} from '../lib/data/subsidy-filter';

const form = document.querySelector<HTMLFormElement>('#subsidy-filters');
const sections = [...document.querySelectorAll<HTMLElement>('section[data-category]')];

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

function apply(filter: Filter) {
  let shown = 0;
  for (const section of sections) {
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
    const jump = document.querySelector<HTMLElement>(`[data-jump="${section.dataset.category}"]`);
    if (jump) {
      jump.hidden = visible === 0;
      const n = jump.querySelector('.count');
      if (n) n.textContent = String(visible);
    }
    shown += visible;
  }
  const output = form?.querySelector('output');
  if (output) output.textContent = `显示 ${shown} 项`;
}

function current(): Filter {
  const data = new FormData(form!);
  const text = (name: string) => {
    const v = data.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    region: text('region'),
    category: text('category'),
    kind: text('kind'),
    amountOnly: data.get('amount') === '1',
  };
}

if (form) {
  form.hidden = false;
  const initial = readFilter(new URLSearchParams(location.search));
  (form.elements.namedItem('region') as HTMLSelectElement).value = initial.region;
  (form.elements.namedItem('category') as HTMLSelectElement).value = initial.category;
  (form.elements.namedItem('kind') as HTMLSelectElement).value = initial.kind;
  (form.elements.namedItem('amount') as HTMLInputElement).checked = initial.amountOnly;
  apply(current());
  form.addEventListener('change', () => {
    const filter = current();
    apply(filter);
    const query = writeFilter(filter).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}

// Sorting: a button in each sortable header; the amount column starts sorted, largest first.
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0]!;
  [...body.rows].forEach((tr, i) => (tr.dataset.position = String(i)));
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-btn';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const key = th.dataset.sortKey as SortKey;
      // Amounts read best largest first; names and regions A→Z first.
      const next =
        th.getAttribute('aria-sort') === 'descending'
          ? 'ascending'
          : th.getAttribute('aria-sort') === 'ascending'
            ? 'descending'
            : key === 'amount'
              ? 'descending'
              : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      const rows = [...body.rows].sort((a, b) => compareRows(rowData(a), rowData(b), key, next));
      body.append(...rows);
    });
  }
}
