/**
 * The search page (contract 2): runs the query in the URL on load and as the reader types,
 * asks Pagefind for candidate clauses, checks their text so clauses containing the whole query
 * come first (src/lib/search/rank.ts), and renders them into [data-search-results] with DOM
 * methods only — the query is user input and never becomes HTML.
 *
 * [data-search-results] carries data-search-state (idle | loading | done | error) and
 * data-search-query (the query the shown results belong to) for tests and the benchmark.
 */
import { excerpt, matchRanges } from '../lib/search/highlight';
import { isHan } from '../lib/search/normalize';
import { parseQuery, termTokens, type ParsedQuery } from '../lib/search/query-tokens';
import { keep, matchInfo, rank, verificationOrder, type MatchInfo } from '../lib/search/rank';
import { FILTER_KEYS, parseClauseUrl, showMeta, type FilterKey } from '../lib/search/index-records';
import {
  hasFilters,
  pagefindFilters,
  readState,
  writeState,
  type SearchState,
  SINGLE_FILTERS,
} from '../lib/search/state';

/** Results rendered at a time; more on request. */
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 180;

interface PagefindData {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}
type Counts = Partial<Record<string, Record<string, number>>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters?: Counts;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse | null>;
  filters(): Promise<Counts>;
}

interface Hit {
  result: PagefindResult;
  order: number;
  data?: PagefindData;
  match?: MatchInfo;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const resultsBox = document.querySelector<HTMLElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]');
const clearLink = document.querySelector<HTMLAnchorElement>('[data-search-clear]');
const intro = document.querySelector<HTMLElement>('[data-search-empty]');

/**
 * Above this many records, per-value counts are tallied from the clauses already fetched
 * instead of asked of Pagefind: Pagefind 1.6 counts every loaded filter value for every result
 * of every search, which the benchmark measured at tens of seconds per query on the generated
 * 1,000-policy corpus (80,000 records), against milliseconds here.
 */
export const PAGEFIND_COUNTS_LIMIT = 20_000;

let pagefind: Promise<{ pf: Pagefind; pagefindCounts: boolean }> | undefined;

function loadPagefind(): Promise<{ pf: Pagefind; pagefindCounts: boolean }> {
  pagefind ??= (async () => {
    // Resolved at run time from the site's own origin: the bundle is written after the site is built.
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const [pf, entry] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch(new URL('/pagefind/pagefind-entry.json', location.href)).then(
        (r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>,
      ),
    ]);
    await pf.options({ basePath: '/pagefind/' });
    await pf.init();
    const records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    const pagefindCounts = records <= PAGEFIND_COUNTS_LIMIT;
    // Loads the filter lists once, so every search response carries per-value counts.
    if (pagefindCounts) await pf.filters();
    return { pf, pagefindCounts };
  })();
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function setState(state: 'idle' | 'loading' | 'done' | 'error', query: string) {
  if (!resultsBox) return;
  resultsBox.dataset.searchState = state;
  resultsBox.dataset.searchQuery = query;
  resultsBox.setAttribute('aria-busy', String(state === 'loading'));
}

/**
 * A one-word query (one Han character, or a pair the browser's segmenter keeps whole) reaches
 * Pagefind as that word; if the best candidate contains it, Pagefind matched the word itself
 * rather than a shortened form, so every candidate contains it and none needs checking.
 */
function singleWord(query: ParsedQuery): boolean {
  const [term] = query.terms;
  const [token] = query.tokens;
  if (query.terms.length !== 1 || query.tokens.length !== 1 || term !== token || !token || !isHan(token[0]!))
    return false;
  if ([...token].length === 1) return true;
  if (typeof Intl.Segmenter !== 'function') return false;
  return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(token)].length === 1;
}

/** Fragments already fetched, by Pagefind result ID (they do not change while the page is open). */
const dataCache = new Map<string, Promise<PagefindData>>();

async function ensureData(hits: Hit[], terms: string[]) {
  await Promise.all(
    hits.map(async (hit) => {
      if (hit.data) return;
      let pending = dataCache.get(hit.result.id);
      if (!pending) {
        pending = hit.result.data();
        dataCache.set(hit.result.id, pending);
      }
      hit.data = await pending;
      hit.match = matchInfo(hit.data.content, terms);
    }),
  );
}

/**
 * The clauses found for a query, in display order. Candidates are checked (their text fetched)
 * before anything is shown, so exact matches come first. With more than CHECK_AT_ONCE
 * candidates (a large corpus) they are checked in batches, in verificationOrder, as the reader
 * asks for more: exact matches are listed as they are confirmed, and partial matches only once
 * every candidate has been checked — so no exact match can ever follow a partial one.
 */
interface Results {
  query: ParsedQuery;
  need: 'all' | 'any';
  /** Display order; only ever appended to. */
  list: Hit[];
  /** Confirmed partial matches, listed after the last candidate is checked. */
  held: Hit[];
  /** Candidates not yet checked, in verificationOrder. */
  pending: Hit[];
  /** No clause holds every term; the list holds clauses with some. */
  fallback: boolean;
  /** Pagefind's per-value counts, when its candidates are known to be exactly the list. */
  counts: Counts | null;
  /** Pagefind's candidates, and how many of their texts were fetched to check them (for the benchmark). */
  candidates: number;
  checked: number;
}

/** Up to this many candidates are all checked before the first result is shown. */
export const CHECK_AT_ONCE = 200;
/** Beyond it, candidates are checked this many at a time. */
const BATCH = 60;

/**
 * Checks pending candidates until `want` more exact matches are listed, none is left, or
 * CHECK_AT_ONCE texts were fetched (so a query with many candidates and few exact matches stays
 * fast; the reader asks for more).
 */
async function advance(r: Results, want: number) {
  let found = 0;
  let fetched = 0;
  while (r.pending.length && found < want && fetched < CHECK_AT_ONCE) {
    const batch = r.pending.splice(0, BATCH);
    await ensureData(batch, r.query.terms);
    r.checked += batch.length;
    fetched += batch.length;
    for (const hit of batch) {
      if (!keep(hit.match!, r.query.terms.length, r.need)) continue;
      if (hit.match!.exact) {
        r.list.push(hit);
        found++;
      } else r.held.push(hit);
    }
  }
  if (!r.pending.length && r.held.length) {
    r.list.push(...rank(r.held as Required<Hit>[]));
    r.held = [];
  }
}

async function check(hits: Hit[], query: ParsedQuery, need: 'all' | 'any'): Promise<Results> {
  const r: Results = {
    query,
    need,
    list: [],
    held: [],
    pending: [],
    fallback: false,
    counts: null,
    candidates: hits.length,
    checked: 0,
  };
  const first = hits[0];
  if (need === 'all' && first && singleWord(query)) {
    await ensureData([first], query.terms);
    r.checked = 1;
    if (first.match?.exact) {
      for (const hit of hits) hit.match ??= { exact: true, matched: 1, covered: 1 };
      r.list = hits;
      return r;
    }
  }
  if (hits.length <= CHECK_AT_ONCE) {
    await ensureData(hits, query.terms);
    r.checked = hits.length;
    r.list = rank(hits.filter((h) => keep(h.match!, query.terms.length, need)) as Required<Hit>[]);
    return r;
  }
  const order = verificationOrder(hits.map((h) => h.result.words));
  r.pending = order.map((i) => hits[i]!);
  // Never report "nothing found" while candidates are left unchecked.
  do await advance(r, PAGE_SIZE);
  while (!r.list.length && r.pending.length);
  return r;
}

/** Clauses for a query and filters: Pagefind's candidates, checked and ranked. */
async function findClauses(pf: Pagefind, query: ParsedQuery, filters: object): Promise<Results> {
  const response = await pf.search(query.pagefind, { filters });
  const hits: Hit[] = (response?.results ?? []).map((result, order) => ({ result, order }));
  const r = await check(hits, query, 'all');
  if (r.list.length || r.pending.length || query.terms.length < 2) {
    // Pagefind counted its candidates: right when none was dropped and none is left unchecked.
    const complete = !r.pending.length && !r.held.length && r.list.length === hits.length;
    r.counts = complete ? (response?.filters ?? null) : null;
    return r;
  }
  // No clause holds every term: offer the clauses holding some of them, all marked partial.
  const parts = await Promise.all(query.terms.map((t) => pf.search(termTokens(t).join(' '), { filters })));
  const best = new Map<string, PagefindResult>();
  for (const part of parts)
    for (const x of part?.results ?? []) if ((best.get(x.id)?.score ?? -1) < x.score) best.set(x.id, x);
  const union = [...best.values()].sort((a, b) => b.score - a.score).map((result, order) => ({ result, order }));
  const some = await check(union, query, 'any');
  some.fallback = some.list.length > 0 || some.pending.length > 0;
  return some;
}

function tally(hits: Hit[], key: FilterKey): Record<string, number> {
  const out: Record<string, number> = {};
  for (const hit of hits) for (const v of hit.data?.filters[key] ?? []) out[v] = (out[v] ?? 0) + 1;
  return out;
}

interface FacetCounts {
  counts: Counts;
  /** Counted from part of the hits only (a large index): the numbers are lower bounds. */
  partial: boolean;
}

/** Per-value counts of the hits; for a facet in use, counted as if it were not set, so its other values stay choosable. */
async function facetCounts(
  pf: Pagefind,
  pagefindCounts: boolean,
  query: ParsedQuery,
  state: SearchState,
  main: Results,
): Promise<FacetCounts> {
  let partial = false;
  const countsOf = (r: Results, key: FilterKey) => {
    if (pagefindCounts && r.counts) return r.counts[key] ?? {};
    const found = [...r.list, ...r.held];
    if (r.pending.length || found.some((h) => !h.data)) partial = true;
    return tally(found, key);
  };
  const counts: Counts = {};
  await Promise.all(
    FILTER_KEYS.map(async (key) => {
      const active = key === 'has' ? state.has.length > 0 : Boolean(state.filters[key]);
      if (!active) {
        counts[key] = countsOf(main, key);
        return;
      }
      const without: SearchState = { q: state.q, filters: { ...state.filters }, has: key === 'has' ? [] : state.has };
      if (key !== 'has') delete without.filters[key];
      counts[key] = countsOf(await findClauses(pf, query, pagefindFilters(without)), key);
    }),
  );
  return { counts, partial };
}

function showCounts(facets: FacetCounts | null) {
  if (!form) return;
  const counts = facets?.counts ?? null;
  const more = facets?.partial ? '+' : '';
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const key = select.dataset.filter as FilterKey;
    for (const option of select.options) {
      if (!option.value) continue;
      const n = counts?.[key]?.[option.value] ?? 0;
      option.textContent = counts
        ? `${option.dataset.label}（${n}${n ? more : ''}）`
        : (option.dataset.label ?? option.value);
      option.disabled = counts !== null && !more && n === 0 && option.value !== select.value;
    }
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]')) {
    const label = box.parentElement?.querySelector<HTMLElement>('[data-label]');
    if (!label) continue;
    const n = counts?.has?.[box.value] ?? 0;
    label.textContent = counts ? `${label.dataset.label}（${n}${n ? more : ''}）` : (label.dataset.label ?? '');
  }
}

function formState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of SINGLE_FILTERS) {
    const value = form?.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)?.value;
    if (value) filters[key] = value;
  }
  const has = [...(form?.querySelectorAll<HTMLInputElement>('input[data-filter="has"]:checked') ?? [])].map(
    (b) => b.value,
  );
  return { q: input?.value ?? '', filters, has };
}

function fillForm(state: SearchState) {
  if (input) input.value = state.q;
  for (const key of SINGLE_FILTERS) {
    const select = form?.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
    if (!select) continue;
    const value = state.filters[key] ?? '';
    // A value the page does not offer (an old or edited link) is dropped rather than searched.
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[data-filter="has"]') ?? [])
    box.checked = state.has.includes(box.value);
}

function writeUrl(state: SearchState) {
  const params = writeState(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  document.title = state.q.trim() ? `${state.q.trim()} · 搜索 · 苏锡生物医药政策库` : '搜索 · 苏锡生物医药政策库';
  if (clearLink) {
    clearLink.hidden = !hasFilters(state);
    clearLink.href = `/search/${state.q.trim() ? `?q=${encodeURIComponent(state.q.trim())}` : ''}`;
  }
}

function resultItem(hit: Hit, query: ParsedQuery): HTMLLIElement {
  const data = hit.data!;
  const ref = parseClauseUrl(data.raw_url ?? data.url);
  const li = el('li', 'search-result');
  const link = el('a');
  link.dataset.result = '';
  if (ref) {
    link.href = `/policies/${ref.policy}/?q=${encodeURIComponent(query.raw)}#${encodeURIComponent(ref.clause)}`;
    link.dataset.policy = ref.policy;
    link.dataset.clause = ref.clause;
  }
  link.append(
    el('span', 'search-result__label', showMeta(data.meta.label)),
    el('span', 'search-result__policy', showMeta(data.meta.policy)),
  );
  const exact = hit.match?.exact ?? false;
  if (!exact) {
    li.dataset.partial = '';
    link.append(el('span', 'search-badge', '部分匹配'));
  }
  li.append(link, el('p', 'search-result__cite', showMeta(data.meta.citation)));
  const fallback = [
    ...query.tokens.filter((t) => [...t].length > 1),
    ...query.terms.filter((t) => [...t].length === 1),
  ];
  const ranges = matchRanges(data.content, query.terms, exact ? [] : fallback);
  const p = el('p', 'search-result__excerpt');
  for (const part of excerpt(data.content, ranges))
    p.append(part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text));
  li.append(p);
  return li;
}

function renderIntro() {
  if (!resultsBox || !intro) return;
  resultsBox.replaceChildren(intro);
  intro.hidden = false;
  if (moreButton) moreButton.hidden = true;
  if (statusLine) statusLine.textContent = '';
}

function renderNone(state: SearchState, query: ParsedQuery) {
  if (!resultsBox) return;
  const box = el('div', 'search-none');
  box.append(el('p', undefined, `没有找到包含“${query.raw}”的条款。`), el('p', undefined, '建议：'));
  const tips = el('ul');
  tips.append(el('li', undefined, '检查是否有错别字，或改用更短、更常见的词语（如“器械”而非“医疗器械产品注册”）。'));
  if (query.terms.length > 1)
    tips.append(el('li', undefined, '多个词用空格分隔时，条款须同时包含全部词语；试试减少词语。'));
  if (hasFilters(state)) {
    const li = el('li');
    const clear = el('a', undefined, '清除筛选条件');
    clear.href = `/search/?q=${encodeURIComponent(query.raw)}`;
    clear.dataset.searchClear = '';
    li.append(clear, '后重试。');
    tips.append(li);
  }
  const examples = [...(intro?.querySelectorAll<HTMLAnchorElement>('a[data-example]') ?? [])];
  if (examples.length) {
    const li = el('li', undefined, '试试：');
    examples.forEach((a, i) => li.append(...(i ? ['、'] : []), a.cloneNode(true)));
    tips.append(li);
  }
  box.append(tips);
  resultsBox.replaceChildren(box);
}

let seq = 0;
let shown: { results: Results; next: number; ol: HTMLOListElement } | null = null;

function moreLabel(r: Results, next: number) {
  if (!moreButton) return;
  const left = r.list.length - next;
  moreButton.hidden = left <= 0 && !r.pending.length;
  moreButton.textContent = r.pending.length ? '显示更多结果' : `显示更多结果（还有 ${left} 条）`;
}

async function showMore(my: number) {
  if (!shown) return;
  const { results, ol } = shown;
  if (results.list.length - shown.next < PAGE_SIZE && results.pending.length) await advance(results, PAGE_SIZE);
  const page = results.list.slice(shown.next, shown.next + PAGE_SIZE);
  await ensureData(page, results.query.terms);
  if (my !== seq || !shown) return;
  for (const hit of page) ol.append(resultItem(hit, results.query));
  shown.next += page.length;
  moreLabel(results, shown.next);
}

function statusText(r: Results, ms: number): string {
  const exact = r.list.filter((h) => h.match?.exact).length;
  let text: string;
  if (r.pending.length)
    text = `已找到 ${r.list.length} 个包含完整检索词的条款，另有 ${r.pending.length} 个候选条款待核对（点“显示更多结果”继续）`;
  else {
    text = `找到 ${r.list.length} 个条款`;
    if (r.fallback) text += '（没有条款同时包含全部词语，以下为部分匹配）';
    else if (exact < r.list.length) text += `，其中 ${exact} 个包含完整检索词，其余为部分匹配`;
  }
  return `${text}（${ms} 毫秒）`;
}

async function run(state: SearchState) {
  const my = ++seq;
  const query = parseQuery(state.q);
  writeUrl(state);
  if (!query.tokens.length) {
    shown = null;
    showCounts(null);
    renderIntro();
    setState('idle', '');
    return;
  }
  const started = performance.now();
  setState('loading', query.raw);
  if (statusLine) statusLine.textContent = '正在搜索…';
  let pf: Pagefind;
  let pagefindCounts: boolean;
  try {
    ({ pf, pagefindCounts } = await loadPagefind());
  } catch (error) {
    if (my !== seq) return;
    setState('error', query.raw);
    if (statusLine)
      statusLine.textContent = '搜索索引加载失败。索引在构建网站时生成（npm run build）；请刷新页面重试。';
    console.error(error);
    return;
  }
  const results = await findClauses(pf, query, pagefindFilters(state));
  if (my !== seq) return;
  const counts = results.fallback ? null : await facetCounts(pf, pagefindCounts, query, state, results);
  if (my !== seq) return;
  if (resultsBox) {
    resultsBox.dataset.searchCandidates = String(results.candidates);
    resultsBox.dataset.searchChecked = String(results.checked);
    resultsBox.dataset.searchTotal = String(results.list.length);
  }

  showCounts(counts);
  if (!results.list.length) {
    shown = null;
    renderNone(state, query);
    if (moreButton) moreButton.hidden = true;
    if (statusLine) statusLine.textContent = `没有找到结果（${Math.round(performance.now() - started)} 毫秒）`;
    setState('done', query.raw);
    return;
  }
  const ol = el('ol');
  shown = { results, next: 0, ol };
  await showMore(my);
  if (my !== seq) return;
  resultsBox?.replaceChildren(ol);
  const ms = Math.round(performance.now() - started);
  if (statusLine) statusLine.textContent = statusText(results, ms);
  if (resultsBox) resultsBox.dataset.searchMs = String(ms);
  setState('done', query.raw);
}

// ── wiring ──────────────────────────────────────────────────────────────────

let timer: number | undefined;
const update = (delay = 0) => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void run(formState()), delay);
};

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  update();
});
input?.addEventListener('input', () => update(DEBOUNCE_MS));
// Fetch the index while the reader is still typing the first word.
input?.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
form?.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('[data-filter]')) update();
});
document.addEventListener('click', (event) => {
  const clear = (event.target as Element).closest('[data-search-clear]');
  if (!clear) return;
  event.preventDefault();
  fillForm({ q: input?.value ?? '', filters: {}, has: [] });
  update();
  input?.focus();
});
moreButton?.addEventListener('click', () => {
  void showMore(seq).then(() => {
    if (shown && statusLine)
      statusLine.textContent = statusText(shown.results, Number(resultsBox?.dataset.searchMs ?? 0));
  });
});

/** Arrow keys: from the box into the results and between them; Escape back to the box. */
function links(): HTMLAnchorElement[] {
  return [...(resultsBox?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
}
input?.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' || event.isComposing) return;
  const first = links()[0];
  if (!first) return;
  event.preventDefault();
  first.focus();
});
resultsBox?.addEventListener('keydown', (event) => {
  const all = links();
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1) return;
  let target: HTMLElement | undefined;
  if (event.key === 'ArrowDown') target = all[at + 1];
  else if (event.key === 'ArrowUp') target = at === 0 ? (input ?? undefined) : all[at - 1];
  else if (event.key === 'Home') target = all[0];
  else if (event.key === 'End') target = all[all.length - 1];
  else if (event.key === 'Escape') target = input ?? undefined;
  if (!target) return;
  event.preventDefault();
  target.focus();
  if (target === input) input?.select();
});

const initial = readState(new URLSearchParams(location.search));
fillForm(initial);
void run(formState());
