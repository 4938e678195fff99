/**
 * <suxi-search>: the search page's glue (contract 2). It reads the query from the URL, asks
 * src/lib/search/ what the query means (plan.ts), which clauses answer it (retrieve.ts, with
 * Pagefind as the index) and in what order (rank.ts), and renders the answer with DOM methods
 * only — the query is user input and never becomes markup. Every decision lives in
 * src/lib/search/; this file wires events, history and elements.
 *
 * [data-search-results] carries data-search-state (idle | loading | done | error),
 * data-search-query (the query the shown results belong to), and for the benchmark
 * data-search-ms, data-search-total, data-search-candidates, data-search-checked. The page shows
 * readers no timings.
 */
import { define, el } from './dom.ts';
import { FILTER_KEYS, parseClauseUrl, showMeta, type FilterKey } from '../lib/search/index-records.ts';
import { excerpt, matchRanges } from '../lib/search/highlight.ts';
import { placeLexicon, effectiveRegions, withoutPlace, type PlaceRegion } from '../lib/search/places.ts';
import { markNeedles, understand, type PlanContext, type QueryPlan } from '../lib/search/plan.ts';
import {
  advance,
  answer,
  complete,
  fetchTexts,
  partCounts,
  retrieve,
  tally,
  PAGE_SIZE,
  type ClauseData,
  type Engine,
  type Filters,
  type Hit,
  type Results,
  type RetrieveContext,
  type Suggestion,
} from '../lib/search/retrieve.ts';
import { hasFilters, readState, writeState, SINGLE_FILTERS, type SearchState } from '../lib/search/state.ts';
import { mayBeTraditional, toSimplified, type Converter } from '../lib/search/traditional.ts';
import { buildVocabulary, vocabularyFromWire, vocabularyWords, type VocabularyWire } from '../lib/search/vocabulary.ts';
import { SITE_NAME } from '../config/site.ts';
import { DRAFT, UNSTATED } from '../config/ui.ts';
import { FACT_NAMES, type FactValues } from '../lib/search/doc-facts.ts';

const DEBOUNCE_MS = 180;

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<ClauseData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

interface Config {
  vocabulary: VocabularyWire;
  regions: PlaceRegion[];
  lexicon: string[];
}

/**
 * Above this many records, a filter in use is not recounted as if it were not set: that is a
 * second search as costly as the first (measured at several seconds on the benchmark's
 * 80,000-record corpus), so its values are listed without counts.
 */
const RECOUNT_LIMIT = 20_000;
let records = 0;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // Resolved at run time from the site's own origin: the bundle is written after the site is built.
    const [pf, entry] = await Promise.all([
      import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>,
      fetch(new URL('/pagefind/pagefind-entry.json', location.href)).then(
        (r) => r.json() as Promise<{ languages: Record<string, { page_count: number }> }>,
      ),
    ]);
    records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    await pf.options({ basePath: '/pagefind/' });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

let converter: Promise<Converter> | undefined;
const loadConverter = () => (converter ??= import('./search-convert.ts').then((m) => m.convert));

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
const segment = segmenter
  ? (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
  : null;

class SuxiSearch extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private box!: HTMLElement;
  private status!: HTMLElement;
  private understood!: HTMLElement;
  private answerBox!: HTMLElement;
  private more!: HTMLButtonElement;
  private clear!: HTMLAnchorElement | null;
  private intro!: HTMLElement | null;
  private ctx!: PlanContext;
  private seq = 0;
  private timer: number | undefined;
  /** Typing made the current history entry: further typing replaces it, a commit adds one. */
  private typingEntry = false;
  private shown: { results: Results; next: number; ol: HTMLOListElement } | null = null;
  private readonly retrieveCtx: Omit<RetrieveContext, 'engine'> = {
    cache: new Map(),
    oneWord: (w) => segment !== null && segment(w).length === 1,
  };

  connectedCallback() {
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel)!;
    this.form = q('[data-search-form]');
    this.input = q('[data-search-input]');
    this.box = q('[data-search-results]');
    this.status = q('[data-search-status]');
    this.understood = q('[data-search-understood]');
    this.answerBox = q('[data-search-answer]');
    this.more = q('[data-search-more]');
    this.clear = this.querySelector('[data-search-clear]');
    this.intro = this.querySelector('[data-search-empty]');
    const config = JSON.parse(this.dataset.config ?? '{}') as Config;
    const policies = [...this.form.querySelectorAll<HTMLOptionElement>('select[data-filter="policy"] option')]
      .filter((o) => o.value)
      .map((o) => ({
        id: o.value,
        titles: [o.dataset.label ?? '', o.dataset.title ?? ''].filter(Boolean),
        kind: o.dataset.kind ?? '',
        regions: (o.dataset.regions ?? '').split(' ').filter(Boolean),
      }));
    const vocabulary = vocabularyFromWire(config.vocabulary ?? []);
    this.ctx = {
      vocabulary: buildVocabulary(vocabulary),
      places: placeLexicon(config.regions ?? []),
      policies,
      lexicon: [...new Set([...(config.lexicon ?? []), ...vocabularyWords(vocabulary)])].sort(
        (a, b) => b.length - a.length,
      ),
      segment,
    };
    this.regions = config.regions ?? [];

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update(0, true);
    });
    this.input.addEventListener('input', () => this.update(DEBOUNCE_MS, false));
    // Fetch the index while the reader is still typing the first word.
    this.input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });
    this.form.addEventListener('change', (e) => {
      if ((e.target as Element).matches('[data-filter]')) this.update(0, true);
    });
    this.addEventListener('click', (e) => this.onClick(e));
    this.more.addEventListener('click', () => void this.showMore(this.seq));
    this.input.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' || e.isComposing) return;
      const first = this.links()[0];
      if (!first) return;
      e.preventDefault();
      first.focus();
    });
    this.box.addEventListener('keydown', (e) => this.onResultKey(e));
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      this.fill(readState(new URLSearchParams(location.search)));
      void this.run(this.formState(), 'none');
    });
    this.fill(readState(new URLSearchParams(location.search)));
    void this.run(this.formState(), 'replace');
  }

  private regions: PlaceRegion[] = [];

  // ── state and history ──────────────────────────────────────────────────────

  private formState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const key of SINGLE_FILTERS) {
      const value = this.form.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`)?.value;
      if (value) filters[key] = value;
    }
    const has = [...this.form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]:checked')].map(
      (b) => b.value,
    );
    return { q: this.input.value, filters, has };
  }

  private fill(state: SearchState) {
    this.input.value = state.q;
    for (const key of SINGLE_FILTERS) {
      const select = this.form.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      if (!select) continue;
      const value = state.filters[key] ?? '';
      // A value the page does not offer (an old or edited link) is dropped rather than searched.
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]'))
      box.checked = state.has.includes(box.value);
  }

  /** Each committed search is a history entry; typing replaces the entry its first keystroke made. */
  private writeUrl(state: SearchState, mode: 'push' | 'replace' | 'type' | 'none') {
    const params = writeState(state).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}`;
    const same = url === `${location.pathname}${location.search}`;
    if (mode === 'replace' || (mode === 'type' && this.typingEntry)) history.replaceState(null, '', url);
    else if ((mode === 'push' || mode === 'type') && !same) history.pushState(null, '', url);
    if (mode === 'type') this.typingEntry = true;
    if (mode === 'push') this.typingEntry = false;
    const q = state.q.trim();
    document.title = q ? `${q} · 搜索 · ${SITE_NAME}` : `搜索 · ${SITE_NAME}`;
    if (this.clear) {
      this.clear.hidden = !hasFilters(state);
      this.clear.href = `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`;
    }
  }

  private update(delay: number, commit: boolean) {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(this.formState(), commit ? 'push' : 'type'), delay);
  }

  private onClick(event: Event) {
    const target = event.target as Element;
    const clear = target.closest('[data-search-clear]');
    const drop = target.closest<HTMLElement>('[data-drop-place]');
    const suggestion = target.closest<HTMLAnchorElement>('a[data-suggestion]');
    if (clear) {
      event.preventDefault();
      this.fill({ q: this.input.value, filters: {}, has: [] });
      this.update(0, true);
      this.input.focus();
    } else if (drop) {
      const place = this.lastPlan?.places.find((p) => p.text === drop.dataset.dropPlace);
      if (!place) return;
      this.input.value = withoutPlace(this.input.value, place);
      this.update(0, true);
      this.input.focus();
    } else if (suggestion) {
      event.preventDefault();
      this.input.value = suggestion.dataset.suggestion ?? '';
      this.update(0, true);
    }
  }

  // ── searching ──────────────────────────────────────────────────────────────

  private lastPlan: QueryPlan | null = null;

  private filtersFor(state: SearchState, plan: QueryPlan): Filters | null {
    const filters: Filters = {};
    for (const key of SINGLE_FILTERS) if (state.filters[key] && key !== 'region') filters[key] = state.filters[key];
    const regions = effectiveRegions(
      state.filters.region,
      plan.places.map((p) => p.region),
      this.regions,
    );
    if ((state.filters.region || plan.places.length) && !regions.length) return null;
    if (regions.length === 1) filters.region = regions[0];
    else if (regions.length > 1) filters.region = { any: regions };
    if (plan.policies.length) filters.policy = state.filters.policy ?? { any: plan.policies };
    if (state.has.length) filters.has = { all: [...state.has] };
    return filters;
  }

  private async plan(state: SearchState): Promise<QueryPlan> {
    let text = state.q;
    if (mayBeTraditional(text)) text = toSimplified(text, await loadConverter());
    const plan = understand(text, this.ctx);
    plan.raw = state.q.trim();
    return plan;
  }

  private async run(state: SearchState, history: 'push' | 'replace' | 'type' | 'none') {
    const my = ++this.seq;
    this.writeUrl(state, history);
    const started = performance.now();
    if (!state.q.trim()) {
      this.shown = null;
      this.lastPlan = null;
      this.showCounts(null, false);
      this.renderIntro();
      this.setState('idle', '');
      return;
    }
    this.setState('loading', state.q.trim());
    this.status.textContent = '正在搜索…';
    let pf: Pagefind;
    let plan: QueryPlan;
    try {
      [pf, plan] = await Promise.all([loadPagefind(), this.plan(state)]);
    } catch (error) {
      if (my !== this.seq) return;
      this.setState('error', state.q.trim());
      this.status.textContent = '搜索索引加载失败。索引在构建网站时生成（npm run build）；请刷新页面重试。';
      console.error(error);
      return;
    }
    if (my !== this.seq) return;
    this.lastPlan = plan;
    const engine: Engine = {
      search: async (query, filters) => (await pf.search(query, { filters }))?.results ?? [],
    };
    const ctx: RetrieveContext = { ...this.retrieveCtx, engine };
    const filters = this.filtersFor(state, plan);
    const found = filters ? await answer(ctx, plan, filters, (text) => understand(text, this.ctx)) : null;
    const results = found?.results ?? null;
    const corrected = found?.corrected ?? null;
    const typos = found?.typos ?? [];
    const pieces = found?.pieces ?? [];
    if (my !== this.seq) return;
    this.renderUnderstood(plan, state, filters === null);
    this.renderAnswer(plan, results?.list.length ?? 0);
    const counts = results ? await this.facetCounts(ctx, plan, state, results) : null;
    if (my !== this.seq) return;
    this.showCounts(counts?.counts ?? null, counts?.partial ?? false);
    this.box.dataset.searchCandidates = String(results?.candidates ?? 0);
    this.box.dataset.searchChecked = String(results?.checked ?? 0);
    this.box.dataset.searchTotal = String(results?.list.length ?? 0);
    if (!results?.list.length) {
      this.shown = null;
      this.renderNone(state, plan, filters === null, pieces);
      this.more.hidden = true;
      this.status.textContent = '没有找到结果';
    } else {
      const ol = el('ol');
      this.shown = { results, next: 0, ol };
      await this.showMore(my);
      if (my !== this.seq) return;
      const notes = this.notes(results, corrected, typos);
      this.box.replaceChildren(...notes, ol);
      this.status.textContent = this.statusText(results);
    }
    this.box.dataset.searchMs = String(Math.round(performance.now() - started));
    this.setState('done', state.q.trim());
  }

  private async facetCounts(ctx: RetrieveContext, plan: QueryPlan, state: SearchState, main: Results) {
    let partial = !complete(main);
    const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
    for (const key of FILTER_KEYS) {
      const active = key === 'has' ? state.has.length > 0 : Boolean(state.filters[key]);
      if (!active) {
        counts[key] = tally(main, key);
        continue;
      }
      if (records > RECOUNT_LIMIT) continue;
      // A filter in use is counted as if it were not set, so that its other values stay choosable.
      const without: SearchState = { q: state.q, filters: { ...state.filters }, has: key === 'has' ? [] : state.has };
      if (key !== 'has') delete without.filters[key];
      const filters = this.filtersFor(without, plan);
      const other = filters ? await retrieve(ctx, plan, filters) : null;
      if (other) {
        await fetchTexts(ctx, other, other.list);
        partial ||= !complete(other);
        counts[key] = tally(other, key);
      } else counts[key] = {};
    }
    return { counts, partial };
  }

  private async showMore(my: number) {
    if (!this.shown) return;
    const { results, ol } = this.shown;
    // Fetching texts for display runs no index query.
    const ctx: RetrieveContext = { ...this.retrieveCtx, engine: { search: () => Promise.resolve([]) } };
    if (results.list.length - this.shown.next < PAGE_SIZE && results.pending.length) {
      const pf = await loadPagefind();
      await advance(
        { ...ctx, engine: { search: async (q, f) => (await pf.search(q, { filters: f }))?.results ?? [] } },
        results,
        PAGE_SIZE,
      );
    }
    const page = results.list.slice(this.shown.next, this.shown.next + PAGE_SIZE);
    await fetchTexts(ctx, results, page);
    if (my !== this.seq || !this.shown) return;
    for (const hit of page) ol.append(this.resultItem(hit, results));
    this.shown.next += page.length;
    const left = results.list.length - this.shown.next;
    this.more.hidden = left <= 0 && !results.pending.length;
    this.more.textContent = results.pending.length ? '显示更多结果' : `显示更多结果（还有 ${left} 条）`;
    if (this.shown.next > PAGE_SIZE) this.status.textContent = this.statusText(results);
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private setState(state: 'idle' | 'loading' | 'done' | 'error', query: string) {
    this.box.dataset.searchState = state;
    this.box.dataset.searchQuery = query;
    this.box.setAttribute('aria-busy', String(state === 'loading'));
  }

  private statusText(r: Results): string {
    if (r.pending.length)
      return `已找到 ${r.list.length} 个包含全部检索词的条款，另有 ${r.pending.length} 个候选条款待核对（点“显示更多结果”继续）`;
    if (r.citation) return r.list.length > 1 ? `有 ${r.list.length} 个条款使用这一编号` : '条款直达';
    const full = r.list.filter((h) => h.match.exact).length;
    let text = `找到 ${r.list.length} 个条款`;
    if (!full) text += '（没有条款包含全部检索词，以下为部分匹配）';
    else if (full < r.list.length) text += `，其中 ${full} 个包含全部检索词，其余为部分匹配`;
    return text;
  }

  /** What the page understood: places as removable chips, synonyms and conversions as notes. */
  private renderUnderstood(plan: QueryPlan, state: SearchState, conflict: boolean) {
    const parts: Node[] = [];
    for (const place of plan.places) {
      const name = this.regions.find((r) => r.id === place.region)?.name ?? place.text;
      parts.push(
        el(
          'span',
          { class: 'search-chip', 'data-place': place.region },
          `地区：${name}`,
          el('button', { type: 'button', 'data-drop-place': place.text, 'aria-label': `取消地区“${name}”` }, '×'),
        ),
      );
    }
    if (conflict) parts.push(el('span', { class: 'search-chip search-chip--warn' }, '输入的地区与所选地区不符'));
    const synonyms = new Set<string>();
    for (const c of plan.concepts)
      for (const f of c.forms) if (f.origin.kind !== 'typed' && f.origin.writing) synonyms.add(f.origin.writing);
    if (synonyms.size)
      parts.push(
        el(
          'span',
          { class: 'search-chip search-chip--info', 'data-synonyms': '' },
          `同时搜索：${[...synonyms].join('、')}`,
        ),
      );
    if (plan.reference) parts.push(el('span', { class: 'search-chip search-chip--info' }, '按条款编号查找'));
    if (mayBeTraditional(state.q)) parts.push(el('span', { class: 'search-chip search-chip--info' }, '已按简体字搜索'));
    this.understood.replaceChildren(...parts);
    this.understood.hidden = parts.length === 0;
  }

  private suggestionLink(s: Suggestion): HTMLAnchorElement {
    return el(
      'a',
      { href: `/search/?q=${encodeURIComponent(s.term)}`, 'data-suggestion': s.term },
      `${s.term}（${s.count}${s.more ? '+' : ''}）`,
    );
  }

  /** Notes above the results: a correction made, the words a partial list holds, the calculator. */
  private notes(r: Results, corrected: Suggestion | null, typos: Suggestion[]): HTMLElement[] {
    const out: HTMLElement[] = [];
    const box = el('div', { class: 'search-notes', 'data-search-notes': '' });
    if (corrected) {
      box.append(
        el('p', {}, `没有找到包含“${r.plan.raw}”的条款。以下为`, el('strong', {}, corrected.term), '的结果。'),
      );
      if (typos.length > 1) {
        const p = el('p', {}, '您是不是要找：');
        typos.forEach((t, i) => p.append(...(i ? ['、'] : []), this.suggestionLink(t)));
        box.append(p);
      }
    } else if (r.byParts) {
      const words = partCounts(r).filter((s) => !r.plan.concepts.some((c) => c.text === s.term));
      const p = el('p', {}, `没有条款包含“${r.plan.raw}”。以下条款包含其中部分词语`);
      if (words.length) {
        p.append('：');
        words.forEach((w, i) => p.append(...(i ? ['、'] : []), this.suggestionLink(w)));
      }
      box.append(p);
    }
    if (r.plan.money && !r.citation) {
      box.append(el('p', {}, '想知道能拿多少？', el('a', { href: '/finder/' }, '用政策计算器按条件估算'), '。'));
    }
    if (box.childNodes.length) out.push(box);
    return out;
  }

  private resultItem(hit: Hit, r: Results): HTMLLIElement {
    const data = hit.data!;
    const ref = parseClauseUrl(data.raw_url ?? data.url);
    // The policy page marks what this clause holds of the query (src/scripts/search-mark.ts).
    const needles = markNeedles(r.plan, data.content);
    const mark = needles.length ? `?q=${encodeURIComponent(needles.join(' '))}` : '';
    const link = el('a', {
      'data-result': '',
      ...(ref
        ? {
            href: `/policies/${ref.policy}/${mark}#${encodeURIComponent(ref.clause)}`,
            'data-policy': ref.policy,
            'data-clause': ref.clause,
          }
        : {}),
      'data-regions': (data.filters.region ?? []).join(' '),
    });
    link.append(
      el('span', { class: 'search-result__label' }, showMeta(data.meta.label)),
      el('span', { class: 'search-result__policy' }, showMeta(data.meta.policy)),
    );
    const li = el('li', { class: 'search-result' });
    if (data.meta.draft) {
      li.dataset.draft = '';
      link.append(el('span', { class: 'search-badge search-badge--draft', title: '新导入，尚未经人工审核' }, DRAFT));
    }
    if (hit.citation) {
      li.dataset.citation = '';
      link.append(el('span', { class: 'search-badge search-badge--jump' }, '条款直达'));
    } else if (!hit.match.exact) {
      li.dataset.partial = '';
      link.append(el('span', { class: 'search-badge' }, '部分匹配'));
    }
    if (!hit.citation && hit.match.synonyms.length) {
      li.dataset.synonym = hit.match.synonyms.join(' ');
      link.append(
        el('span', { class: 'search-badge search-badge--synonym' }, `同义：${hit.match.synonyms.join('、')}`),
      );
    }
    li.append(link, el('p', { class: 'search-result__cite' }, showMeta(data.meta.citation)));
    const ranges = matchRanges(data.content, needles);
    const p = el('p', { class: 'search-result__excerpt' });
    for (const part of excerpt(data.content, ranges)) p.append(part.mark ? el('mark', {}, part.text) : part.text);
    li.append(p);
    return li;
  }

  /** A question about a document: its fact for each document named, above the clauses stating it (issue 17). */
  private renderAnswer(plan: QueryPlan | null, found: number) {
    const fact = plan?.fact;
    if (!fact) {
      this.answerBox.replaceChildren();
      this.answerBox.hidden = true;
      return;
    }
    const rows = fact.policies.slice(0, 8).flatMap((id) => {
      const option = this.form.querySelector<HTMLOptionElement>(
        `select[data-filter="policy"] option[value="${CSS.escape(id)}"]`,
      );
      if (!option) return [];
      const values = JSON.parse(option.dataset.facts ?? '{}') as Partial<FactValues>;
      return [el('li', {}, el('strong', {}, option.dataset.label ?? id), `：${values[fact.fact] ?? UNSTATED}`)];
    });
    this.answerBox.replaceChildren(
      el('h2', {}, FACT_NAMES[fact.fact]),
      el('ul', {}, ...rows),
      el('p', { class: 'search-answer__source' }, found ? '载明此项的条款见下方结果。' : '文中未见载明此项的条款。'),
    );
    this.answerBox.hidden = false;
  }

  private renderIntro() {
    if (this.intro) {
      this.box.replaceChildren(this.intro);
      this.intro.hidden = false;
    } else this.box.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = '';
    this.understood.replaceChildren();
    this.understood.hidden = true;
    this.renderAnswer(null, 0);
  }

  private renderNone(state: SearchState, plan: QueryPlan, conflict: boolean, pieces: Suggestion[]) {
    const box = el('div', { class: 'search-none' });
    box.append(el('p', {}, `没有找到包含“${plan.raw}”的条款。`), el('p', {}, '建议：'));
    const tips = el('ul');
    if (pieces.length) {
      const li = el('li', { 'data-search-pieces': '' }, '搜索其中的部分词语：');
      pieces.forEach((s, i) => li.append(...(i ? ['、'] : []), this.suggestionLink(s)));
      tips.append(li);
    }
    if (plan.reference) tips.append(el('li', {}, '没有条款使用这一编号；检查编号，或在政策原文的目录中查找。'));
    tips.append(el('li', {}, '检查是否有错别字，或改用更短、更常见的词语（如“器械”而非“医疗器械产品注册”）。'));
    if (conflict || hasFilters(state)) {
      tips.append(
        el(
          'li',
          {},
          el('a', { href: `/search/?q=${encodeURIComponent(plan.raw)}`, 'data-search-clear': '' }, '清除筛选条件'),
          '后重试。',
        ),
      );
    }
    if (plan.money)
      tips.append(el('li', {}, '想知道能拿多少？', el('a', { href: '/finder/' }, '用政策计算器按条件估算'), '。'));
    const examples = [...(this.intro?.querySelectorAll<HTMLAnchorElement>('a[data-example]') ?? [])];
    if (examples.length) {
      const li = el('li', {}, '试试：');
      examples.forEach((a, i) => li.append(...(i ? ['、'] : []), a.cloneNode(true)));
      tips.append(li);
    }
    box.append(tips);
    this.box.replaceChildren(box);
  }

  private showCounts(counts: Partial<Record<FilterKey, Record<string, number>>> | null, partial: boolean) {
    const more = partial ? '+' : '';
    for (const select of this.form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const key = select.dataset.filter as FilterKey;
      // A filter in use on a large index is not recounted (see RECOUNT_LIMIT): plain labels.
      const known = counts?.[key] !== undefined;
      for (const option of select.options) {
        if (!option.value) continue;
        if (counts && !known) {
          option.textContent = option.dataset.label ?? option.value;
          option.disabled = false;
          continue;
        }
        const n = counts?.[key]?.[option.value] ?? 0;
        // While candidates are left unchecked, a value not yet seen has no count to show (not 0).
        if (more && n === 0) {
          option.textContent = option.dataset.label ?? option.value;
          option.disabled = false;
          continue;
        }
        option.textContent = counts
          ? `${option.dataset.label}（${n}${n ? more : ''}）`
          : (option.dataset.label ?? option.value);
        option.disabled = counts !== null && !more && n === 0 && option.value !== select.value;
      }
    }
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]')) {
      const label = box.parentElement?.querySelector<HTMLElement>('[data-label]');
      if (!label) continue;
      const n = counts?.has?.[box.value] ?? 0;
      label.textContent = counts ? `${label.dataset.label}（${n}${n ? more : ''}）` : (label.dataset.label ?? '');
    }
  }

  // ── keyboard ───────────────────────────────────────────────────────────────

  private links(): HTMLAnchorElement[] {
    return [...this.box.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  }

  /** Arrow keys between the results, Home/End, Escape back to the box. */
  private onResultKey(event: KeyboardEvent) {
    const all = this.links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = all[at + 1];
    else if (event.key === 'ArrowUp') target = at === 0 ? this.input : all[at - 1];
    else if (event.key === 'Home') target = all[0];
    else if (event.key === 'End') target = all[all.length - 1];
    else if (event.key === 'Escape') target = this.input;
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (target === this.input) this.input.select();
  }
}

define('suxi-search', SuxiSearch);
