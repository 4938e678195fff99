/**
 * <suxi-search>: the search page's glue (contract 2). It reads the query from the URL, asks its
 * worker (src/scripts/search-worker.ts, off the main thread) what the query means (plan.ts), which
 * clauses answer it (retrieve.ts, with Pagefind as the index) and in what order (rank.ts), and
 * renders the answer with DOM methods only — the query is user input and never becomes markup.
 * Every decision lives in src/lib/search/; this file wires events, history and elements.
 *
 * [data-search-results] holds the clauses that match every term (src/lib/search/groups.ts);
 * those holding only some are listed apart, folded, in [data-search-partial]. It carries
 * data-search-state (idle | loading | done | error), data-search-query (the query the shown
 * results belong to), and for the benchmark data-search-ms, data-search-total (full matches),
 * data-search-partial-total, data-search-candidates, data-search-checked. The page shows readers
 * no timings. Any failed request of the search ends in 搜索暂时失败 with a retry (state error),
 * never in 没有找到 or an endless 正在搜索….
 */
import { afterPaint, define, el, yieldToMain } from './dom.ts';
import { readStatus, showMeta, type FilterKey } from '../lib/search/index-records.ts';
import { failureText } from '../lib/search/failure.ts';
import { groupsOf, heldTerms, partialSummary, statusLine } from '../lib/search/groups.ts';
import { placeChipText, withoutPlace, type PlaceRegion } from '../lib/search/places.ts';
import type { QueryPlan } from '../lib/search/plan.ts';
import { PAGE_SIZE, type Results, type Suggestion } from '../lib/search/retrieve.ts';
import { hasFilters, readState, writeState, SINGLE_FILTERS, type SearchState } from '../lib/search/state.ts';
import { mayBeTraditional } from '../lib/search/traditional.ts';
import { SITE_NAME } from '../config/site.ts';
import { DRAFT, UNSTATED } from '../config/ui.ts';
import { FACT_NAMES, SEARCH_FACTS_PATH, type FactValues } from '../lib/search/doc-facts.ts';
import { findOutsidePlaces, type OutsidePlace } from '../lib/search/outside-places.ts';
import { loadOutsidePlaces } from './search-outside.ts';
import { clauseLink, parseClauseLink } from '../lib/links.ts';
import { SearchClient, SearchFailure } from './search-client.ts';
import type { Answered, Counted, ShownHit } from './search-protocol.ts';
import { parseFilterOptions, SEARCH_FILTERS_PATH, type FilterOptions } from '../lib/search/filter-options.ts';

const DEBOUNCE_MS = 180;
/**
 * Results built in one task: the first ones with the rest of the answer (they fill the first
 * screen of a phone or a desktop), the others after it has painted, this many per task, so that
 * no long task holds the page (issue 19: building and laying out a page of 20 did).
 */
const RESULTS_PER_TASK = 5;

class SuxiSearch extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private box!: HTMLElement;
  private status!: HTMLElement;
  private understood!: HTMLElement;
  private answerBox!: HTMLElement;
  private more!: HTMLButtonElement;
  private partial!: HTMLDetailsElement;
  private partialSummary!: HTMLElement;
  private partialList!: HTMLOListElement;
  private partialMore!: HTMLButtonElement;
  private filtersPanel!: HTMLElement;
  private filtersToggle!: HTMLButtonElement | null;
  private active!: HTMLElement | null;
  private clear!: HTMLAnchorElement | null;
  private intro!: HTMLElement | null;
  /** The worker that searches (started for the first query, or when the reader focuses the box). */
  private readonly client = new SearchClient(() => ({ type: 'init', lang: document.documentElement.lang }));
  private asOf = '';
  private seq = 0;
  private timer: number | undefined;
  /** Typing made the current history entry: further typing replaces it, a commit adds one. */
  private typingEntry = false;
  /** The answer shown: how many of its full and of its partial matches are rendered. */
  private shown: { results: Results; ol: HTMLOListElement; next: number; partialNext: number } | null = null;

  connectedCallback() {
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel)!;
    this.form = q('[data-search-form]');
    this.input = q('[data-search-input]');
    this.box = q('[data-search-results]');
    this.status = q('[data-search-status]');
    this.understood = q('[data-search-understood]');
    this.answerBox = q('[data-search-answer]');
    this.more = q('[data-search-more]');
    this.partial = q('[data-search-partial]');
    this.partialSummary = q('[data-search-partial-summary]');
    this.partialList = q('[data-search-partial] ol');
    this.partialMore = q('[data-search-partial-more]');
    this.filtersPanel = q('[data-search-filters]');
    this.filtersToggle = this.querySelector('[data-search-filters-toggle]');
    this.active = this.querySelector('[data-search-active]');
    this.clear = this.querySelector('[data-search-clear]');
    this.intro = this.querySelector('[data-search-empty]');
    // The page needs only the regions' names and the as-of date (the worker fetches the search config).
    this.asOf = this.dataset.asOf ?? '';
    this.regions = JSON.parse(this.dataset.regions ?? '[]') as PlaceRegion[];

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update(0, true);
    });
    this.input.addEventListener('input', () => this.update(DEBOUNCE_MS, false));
    // Fetch the config and the index while the reader is still typing the first word.
    this.input.addEventListener('focus', () => void this.client.call({ type: 'load' }).catch(() => {}), {
      once: true,
    });
    this.form.addEventListener('change', (e) => {
      if ((e.target as Element).matches('[data-filter]')) this.update(0, true);
    });
    this.addEventListener('click', (e) => this.onClick(e));
    this.more.addEventListener('click', () => void this.guard(this.seq, () => this.showMore(this.seq)));
    this.partialMore.addEventListener('click', () => void this.guard(this.seq, () => this.showPartial(this.seq)));
    this.filtersToggle?.addEventListener('click', () => this.toggleFilters());
    this.input.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' || e.isComposing) return;
      const first = this.links()[0];
      if (!first) return;
      e.preventDefault();
      first.focus();
    });
    this.box.addEventListener('keydown', (e) => this.onResultKey(e));
    this.partial.addEventListener('keydown', (e) => this.onResultKey(e));
    // The 政策 and 责任部门 choices are loaded when the reader goes to them (see loadOptions):
    // pointing at one, focusing or pressing it, or opening the filters (toggleFilters).
    for (const select of this.loadedSelects()) {
      const load = () => void this.loadOptions();
      for (const type of ['focus', 'pointerdown']) select.addEventListener(type, load);
      select.closest('label')?.addEventListener('pointerenter', load);
    }
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      void this.restore(readState(new URLSearchParams(location.search)), 'none');
    });
    void this.restore(readState(new URLSearchParams(location.search)), 'replace');
  }

  private regions: PlaceRegion[] = [];

  // ── the 政策 and 责任部门 choices, from /search/filters.json ─────────────────

  /**
   * The selects whose options the page does not carry: one per policy and per department grows
   * with the corpus (issue 22), so they come from /search/filters.json (filter-options.ts) when needed.
   */
  private loadedSelects(): HTMLSelectElement[] {
    return [
      ...this.form.querySelectorAll<HTMLSelectElement>(
        'select[data-filter="policy"], select[data-filter="department"]',
      ),
    ];
  }

  private optionsLoad: Promise<boolean> | undefined;
  private optionsLoaded = false;

  /**
   * Fills the 政策 and 责任部门 selects from /search/filters.json, once; resolves with whether they
   * are filled. A file that does not load leaves them offering 全部 only, saying 暂时未能载入 — the
   * search itself goes on — and is asked for again the next time the reader goes to them.
   */
  private loadOptions(): Promise<boolean> {
    this.optionsLoad ??= fetch(SEARCH_FILTERS_PATH)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${SEARCH_FILTERS_PATH}: HTTP ${response.status}`);
        this.fillOptions(parseFilterOptions(await response.text()));
        return true;
      })
      .catch((error: unknown) => {
        console.warn(error);
        this.optionsLoad = undefined;
        this.markOptions(true);
        return false;
      });
    return this.optionsLoad;
  }

  /** Says on each select (its 全部 option and its title) whether its choices failed to load. */
  private markOptions(failed: boolean) {
    for (const select of this.loadedSelects()) {
      const all = select.options[0];
      if (!all) continue;
      all.dataset.all ??= all.textContent ?? '';
      all.textContent = failed ? `${all.dataset.all}（暂时未能载入）` : all.dataset.all;
      if (failed) select.title = '选项暂时未能载入，再次打开时重试';
      else select.removeAttribute('title');
    }
  }

  private fillOptions(options: FilterOptions) {
    const option = (id: string, label: string) => el('option', { value: id, 'data-label': label }, label);
    let dropped = false;
    const fill = (key: 'policy' | 'department', items: Node[]) => {
      const select = this.form.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      if (!select) return;
      // The reader's choice is kept (a value the file does not offer is dropped, as from the URL).
      const value = select.value;
      select.replaceChildren(select.options[0]!, ...items);
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
      dropped ||= select.value !== value;
      this.countSelect(select);
    };
    fill(
      'policy',
      options.policies.map((p) => option(p.id, p.label)),
    );
    fill(
      'department',
      options.departments.map((g) =>
        el('optgroup', { label: g.name }, ...g.departments.map((d) => option(d.id, d.name))),
      ),
    );
    this.optionsLoaded = true;
    this.markOptions(false);
    // A value kept while the file was missing that it does not offer: searched again without it.
    if (dropped) void this.run(this.formState(), 'replace');
    else this.renderActive(this.formState());
  }

  /**
   * Puts a state in the form and runs its search. A state naming a policy or a department has their
   * choices loaded first (the worker starts loading meanwhile), so the value is selected — or
   * dropped when the file does not offer it; if the file does not load, the value is kept as a
   * choice of its own, so the search the address names still runs filtered.
   */
  private async restore(state: SearchState, history: 'replace' | 'none') {
    const my = ++this.restoring;
    if ((state.filters.policy || state.filters.department) && !this.optionsLoaded) {
      if (state.q.trim()) void this.client.call({ type: 'load' }).catch(() => {});
      await this.loadOptions();
      if (my !== this.restoring) return;
    }
    this.fill(state);
    void this.run(this.formState(), history);
  }

  private restoring = 0;

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
      // The choices did not load: the value stays, as itself (see restore).
      if (value && !this.optionsLoaded && select.matches('[data-filter="policy"], [data-filter="department"]'))
        if (![...select.options].some((o) => o.value === value))
          select.append(el('option', { value, 'data-label': value }, value));
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
    this.renderActive(state);
  }

  private update(delay: number, commit: boolean) {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(this.formState(), commit ? 'push' : 'type'), delay);
  }

  private onClick(event: Event) {
    const target = event.target as Element;
    const clear = target.closest('[data-search-clear]');
    const drop = target.closest<HTMLElement>('[data-drop-place]');
    const dropFilter = target.closest<HTMLElement>('[data-drop-filter]');
    const suggestion = target.closest<HTMLAnchorElement>('a[data-suggestion]');
    const retry = target.closest('[data-search-retry]');
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
    } else if (dropFilter) {
      this.dropFilter(dropFilter.dataset.dropFilter ?? '');
    } else if (suggestion) {
      event.preventDefault();
      this.input.value = suggestion.dataset.suggestion ?? '';
      this.update(0, true);
    } else if (retry) {
      void this.run(this.formState(), 'none');
    }
  }

  // ── filters: folded behind a button on small screens, the active ones as chips ─

  private toggleFilters(open = this.filtersToggle?.getAttribute('aria-expanded') !== 'true') {
    if (open) void this.loadOptions();
    this.filtersToggle?.setAttribute('aria-expanded', String(open));
    this.filtersPanel.toggleAttribute('data-open', open);
  }

  /** Filter values in use, each as a chip whose × removes it. */
  private renderActive(state: SearchState) {
    const chips: HTMLElement[] = [];
    for (const key of SINGLE_FILTERS) {
      const value = state.filters[key];
      const select = this.form.querySelector<HTMLSelectElement>(`select[data-filter="${key}"]`);
      const option = value ? [...(select?.options ?? [])].find((o) => o.value === value) : undefined;
      if (!option) continue;
      const name = select?.closest('label')?.dataset.name ?? key;
      const label = (option.dataset.label ?? option.value).trim();
      chips.push(this.filterChip(`${name}：${label}`, key));
    }
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]:checked')) {
      const label = box.parentElement?.querySelector<HTMLElement>('[data-label]')?.dataset.label ?? box.value;
      chips.push(this.filterChip(label, `has:${box.value}`));
    }
    if (this.active) {
      this.active.replaceChildren(...chips);
      this.active.hidden = chips.length === 0;
    }
    // The chips' row keeps its room while filters are in use (set before the first paint too: see the search page).
    this.toggleAttribute('data-filters', chips.length > 0);
    const count = this.filtersToggle?.querySelector('[data-search-filters-count]');
    if (count) count.textContent = chips.length ? `（${chips.length}）` : '';
  }

  private filterChip(text: string, key: string): HTMLElement {
    return el(
      'span',
      { class: 'search-chip', 'data-filter-chip': key },
      text,
      el('button', { type: 'button', 'data-drop-filter': key, 'aria-label': `取消筛选“${text}”` }, '×'),
    );
  }

  private dropFilter(key: string) {
    if (key.startsWith('has:')) {
      const box = this.form.querySelector<HTMLInputElement>(
        `input[data-filter="has"][value="${CSS.escape(key.slice(4))}"]`,
      );
      if (box) box.checked = false;
    } else {
      const select = this.form.querySelector<HTMLSelectElement>(`select[data-filter="${CSS.escape(key)}"]`);
      if (select) select.value = '';
    }
    this.update(0, true);
    this.input.focus();
  }

  // ── searching ──────────────────────────────────────────────────────────────

  private lastPlan: QueryPlan | null = null;

  /**
   * Runs one step of the search (`my` is its sequence number): a rejected request anywhere, or a
   * search file that failed to load while it ran (Pagefind hides some), ends in the error state.
   * Returns whether the step completed without a failure.
   */
  private async guard(my: number, step: () => Promise<void>): Promise<boolean> {
    try {
      await step();
      return true;
    } catch (error) {
      if (my === this.seq) this.renderError(error instanceof SearchFailure ? error.kinds : []);
      if (!(error instanceof SearchFailure)) console.error(error);
    }
    return false;
  }

  private async run(state: SearchState, history: 'push' | 'replace' | 'type' | 'none') {
    const my = ++this.seq;
    this.writeUrl(state, history);
    const started = performance.now();
    const query = state.q.trim();
    // The page's styles reserve the answer's room while there is a query (see the search page).
    this.toggleAttribute('data-query', query !== '');
    if (!query) {
      this.shown = null;
      this.lastPlan = null;
      this.showCounts(null, false);
      this.renderIntro();
      this.setState('idle', '');
      return;
    }
    this.setState('loading', query);
    this.status.textContent = '正在搜索…';
    await this.guard(my, async () => {
      // The worker understands the query, searches, and fetches the first page's texts.
      const found = await this.client.call<Answered | null>({ type: 'search', seq: my, state });
      if (my !== this.seq || !found) return;
      const { plan } = found;
      this.lastPlan = plan;
      const results = found.results;
      let ol: HTMLOListElement | null = null;
      let rest = () => Promise.resolve();
      if (results?.list.length) {
        ol = el('ol');
        this.shown = { results, ol, next: 0, partialNext: 0 };
        this.partialList.replaceChildren();
        rest = this.appendFull(my, results, RESULTS_PER_TASK);
      }
      const groups = results ? groupsOf(results) : { full: [], partial: [] };
      const outside = groups.full.length ? [] : await this.outsidePlacesIn(state.q);
      const facts = plan.fact ? await this.loadFacts() : null;
      if (my !== this.seq) return;
      // Everything the answer shows first is put in the page at once, in one frame: what was
      // painted before (the form, the status line) does not move (no layout shift).
      this.renderUnderstood(plan, state, found.conflict);
      this.renderAnswer(plan, results?.list.length ?? 0, facts, found.labels);
      this.box.dataset.searchCandidates = String(results?.candidates ?? 0);
      this.box.dataset.searchChecked = String(results?.checked ?? 0);
      this.box.dataset.searchTotal = String(groups.full.length);
      this.box.dataset.searchPartialTotal = String(groups.partial.length);
      if (!results?.list.length) {
        this.shown = null;
        this.renderNone(state, plan, found.conflict, found.pieces, outside);
        this.more.hidden = true;
        this.partial.hidden = true;
        this.partialList.replaceChildren();
        this.status.textContent = '没有找到结果';
      } else {
        const notes = this.notes(results, found.corrected, found.typos, found.parts);
        const none = groups.full.length ? [] : [this.noneFull(plan, outside)];
        this.box.replaceChildren(...notes, ...none, ...(groups.full.length ? [ol!] : []));
        this.partial.open = false;
        this.partial.hidden = groups.partial.length === 0;
        this.partialSummary.textContent = partialSummary(groups.partial.length);
        this.partialMore.hidden = true;
        this.status.textContent = this.statusText(results);
        // What can follow the first results does (their paint is not held up by it): the folded
        // group's first page, then the filters' counts. The search is done when both are in.
        await afterPaint();
        if (my !== this.seq) return;
        await rest();
        if (my !== this.seq) return;
        await this.showPartial(my);
        if (my !== this.seq) return;
      }
      const counts = results ? await this.client.call<Counted | null>({ type: 'counts', seq: my }) : null;
      if (my !== this.seq) return;
      this.showCounts(counts?.counts ?? null, counts?.partial ?? false);
      this.box.dataset.searchMs = String(Math.round(performance.now() - started));
      this.setState('done', query);
    });
  }

  /** The next page of full matches (the worker checks more candidates when the list runs short). */
  private async showMore(my: number) {
    if (!this.shown) return;
    const results = await this.client.call<Results | null>({ type: 'full', seq: my, from: this.shown.next });
    if (my !== this.seq || !this.shown || !results) return;
    await this.appendFull(my, results, 0)();
    if (my !== this.seq || !this.shown) return;
    // Checking more candidates may have completed the list: its partial matches are now known.
    await this.showPartial(my);
    this.box.dataset.searchTotal = String(groupsOf(results).full.length);
    this.status.textContent = this.statusText(results);
  }

  /**
   * Renders the next page of full matches from `results` (the worker fetched their texts): `now`
   * of them at once; returns what builds the others, RESULTS_PER_TASK per task.
   */
  private appendFull(my: number, results: Results, now: number): () => Promise<void> {
    if (!this.shown) return () => Promise.resolve();
    this.shown.results = results;
    const { full } = groupsOf(results);
    const page = full.slice(this.shown.next, this.shown.next + PAGE_SIZE);
    const { ol } = this.shown;
    const build = (hits: ShownHit[]) => ol.append(...hits.map((hit) => this.resultItem(hit, results, false)));
    build(page.slice(0, now));
    this.shown.next += page.length;
    const left = full.length - this.shown.next;
    this.more.hidden = left <= 0 && !results.pending.length;
    this.more.textContent = results.pending.length ? '显示更多结果' : `显示更多结果（还有 ${left} 条）`;
    return async () => {
      for (let i = now; i < page.length; i += RESULTS_PER_TASK) {
        if (i > 0) await yieldToMain();
        if (my !== this.seq) return;
        build(page.slice(i, i + RESULTS_PER_TASK));
      }
    };
  }

  /** The folded group of partial matches: its count, and its next page. */
  private async showPartial(my: number) {
    if (!this.shown) return;
    const results = await this.client.call<Results | null>({
      type: 'partial',
      seq: my,
      from: this.shown.partialNext,
    });
    if (my !== this.seq || !this.shown || !results) return;
    this.shown.results = results;
    const { partial } = groupsOf(results);
    const page = partial.slice(this.shown.partialNext, this.shown.partialNext + PAGE_SIZE);
    for (let i = 0; i < page.length; i += RESULTS_PER_TASK) {
      if (i > 0) await yieldToMain();
      if (my !== this.seq || !this.shown) return;
      this.partialList.append(...page.slice(i, i + RESULTS_PER_TASK).map((hit) => this.resultItem(hit, results, true)));
    }
    this.shown.partialNext += page.length;
    this.box.dataset.searchPartialTotal = String(partial.length);
    this.partial.hidden = partial.length === 0;
    this.partialSummary.textContent = partialSummary(partial.length);
    const left = partial.length - this.shown.partialNext;
    this.partialMore.hidden = left <= 0;
    this.partialMore.textContent = `显示更多（还有 ${left} 条）`;
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private setState(state: 'idle' | 'loading' | 'done' | 'error', query: string) {
    this.box.dataset.searchState = state;
    this.box.dataset.searchQuery = query;
    this.box.setAttribute('aria-busy', String(state === 'loading'));
  }

  private statusText(r: Results): string {
    const { full, partial, relaxed, dropped } = groupsOf(r);
    return statusLine({
      full: full.length,
      partial: partial.length,
      pending: r.pending.length,
      byReference: r.byReference,
      named: full.filter((h) => h.reference).length,
      relaxed: relaxed.map((i) => r.plan.concepts[i]!.text),
      dropped: dropped.map((i) => r.plan.concepts[i]!.text),
      field: r.plan.field ?? [],
    });
  }

  /** A failed request: said plainly, with a retry — never shown as an empty answer. */
  private renderError(kinds: Parameters<typeof failureText>[0]) {
    const query = this.input.value.trim();
    // Whatever the failed load left behind is dropped, so that the next search (重试, or a new
    // query) starts afresh: Pagefind (a broken instance keeps its error), the fetched texts (a
    // failed fetch is cached as a rejection) — in the worker.
    this.client.reset();
    this.shown = null;
    this.more.hidden = true;
    this.partial.hidden = true;
    this.partialList.replaceChildren();
    this.box.dataset.searchTotal = '0';
    this.box.dataset.searchPartialTotal = '0';
    this.box.replaceChildren(
      el(
        'div',
        { class: 'search-error', role: 'alert', 'data-search-error': '' },
        el('p', {}, el('strong', {}, '搜索暂时失败'), '。', failureText(kinds, query)),
        el('p', {}, el('button', { type: 'button', 'data-search-retry': '' }, '重试')),
      ),
    );
    this.status.textContent = '搜索暂时失败';
    this.setState('error', query);
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
          // 新吴区 has no policy of its own here: what applies there is its city's.
          placeChipText(place, this.regions),
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
  private notes(r: Results, corrected: Suggestion | null, typos: Suggestion[], parts: Suggestion[]): HTMLElement[] {
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
      const words = parts.filter((s) => !r.plan.concepts.some((c) => c.text === s.term));
      const p = el('p', {}, `没有条款包含“${r.plan.raw}”这一整体。以下为分别包含其中各个词语的条款`);
      if (words.length) {
        p.append('；分别搜索：');
        words.forEach((w, i) => p.append(...(i ? ['、'] : []), this.suggestionLink(w)));
      }
      box.append(p);
    }
    if (r.plan.money && !r.byReference) {
      box.append(el('p', {}, '想知道能拿多少？', el('a', { href: '/finder/' }, '用政策计算器按条件估算'), '。'));
    }
    if (box.childNodes.length) out.push(box);
    return out;
  }

  /** The main list's message when only partial matches were found. */
  private noneFull(plan: QueryPlan, outside: OutsidePlace[]): HTMLElement {
    return el(
      'div',
      { class: 'search-none', 'data-search-none': '' },
      ...this.outsideNote(outside),
      el('p', {}, `没有找到同时包含“${plan.raw}”全部词语的条款。`),
    );
  }

  /** 本站收录的政策不涉及合肥市: said first, before any nearest match (issue 17). */
  private outsideNote(outside: OutsidePlace[]): HTMLElement[] {
    if (!outside.length) return [];
    const names = outside.map((p) => p.name).join('、');
    return [
      el(
        'p',
        { class: 'search-outside', 'data-search-outside': '' },
        `本站收录的政策不涉及${names}。下列只是其他地区条款中最接近的内容，不是${names}的政策。`,
      ),
    ];
  }

  /** The places outside the corpus a query names; the list is fetched once, only for a query with no full match. */
  private async outsidePlacesIn(query: string): Promise<OutsidePlace[]> {
    this.outsideList ??= loadOutsidePlaces().then((list) => list ?? []);
    return findOutsidePlaces(query, await this.outsideList).places;
  }

  private outsideList: Promise<OutsidePlace[]> | null = null;

  /** One result, with its excerpt and held words as the worker worked them out (ShownHit). */
  private resultItem(hit: ShownHit, r: Results, partial: boolean): HTMLLIElement {
    const data = hit.data!;
    const ref = parseClauseLink(data.raw_url ?? data.url);
    // The policy page marks what this clause holds of the query (src/scripts/search-mark.ts).
    const held = hit.shown?.held ?? [];
    const mark = held.length ? `?q=${encodeURIComponent(held.join(' '))}` : '';
    const link = el('a', {
      'data-result': '',
      ...(ref
        ? {
            href: clauseLink(ref.policy, ref.clause, mark),
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
    if (hit.reference) {
      li.dataset.citation = '';
      link.append(el('span', { class: 'search-badge search-badge--jump' }, '条款直达'));
    } else if (hit.parent) {
      li.dataset.context = '';
      link.append(el('span', { class: 'search-badge' }, '所在条款'));
    } else if (partial) {
      li.dataset.partial = '';
      const terms = heldTerms(r.plan.concepts, hit.match);
      link.append(el('span', { class: 'search-badge' }, terms.length ? `只含：${terms.join('、')}` : '部分匹配'));
    }
    if (!hit.reference && hit.match.synonyms.length) {
      li.dataset.synonym = hit.match.synonyms.join(' ');
      link.append(
        el('span', { class: 'search-badge search-badge--synonym' }, `同义：${hit.match.synonyms.join('、')}`),
      );
    }
    const cite = el('p', { class: 'search-result__cite' }, showMeta(data.meta.citation));
    const status = readStatus(data.filters);
    if (status) {
      li.dataset.status = status.code;
      cite.append(
        ' ',
        el(
          'span',
          {
            class: `badge badge--${status.code} search-result__status`,
            'data-status': status.code,
            title: this.asOf ? `效力状态按 ${this.asOf} 计算` : undefined,
          },
          status.label,
        ),
        el('span', { class: 'search-result__basis' }, status.basis),
      );
    }
    li.append(link, cite);
    const p = el('p', { class: 'search-result__excerpt' });
    for (const part of hit.shown?.snippet ?? []) p.append(part.mark ? el('mark', {}, part.text) : part.text);
    li.append(p);
    return li;
  }

  /** Each policy's facts (/search/facts.json), fetched on the first question about a document; null if it failed. */
  private facts: Promise<Record<string, Partial<FactValues>> | null> | undefined;
  private loadFacts(): Promise<Record<string, Partial<FactValues>> | null> {
    this.facts ??= fetch(SEARCH_FACTS_PATH)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, Partial<FactValues>>>) : null))
      .catch(() => null)
      .then((facts) => {
        // Asked again on the next question, not remembered as missing.
        if (!facts) this.facts = undefined;
        return facts;
      });
    return this.facts;
  }

  /**
   * A question about a document: its fact for each document named, above the clauses stating it
   * (issue 17). Facts that did not load are said to be missing, never shown as 未载明.
   */
  private renderAnswer(
    plan: QueryPlan | null,
    found: number,
    facts: Record<string, Partial<FactValues>> | null = null,
    labels: Record<string, string> = {},
  ) {
    const fact = plan?.fact;
    if (!fact) {
      this.answerBox.replaceChildren();
      this.answerBox.hidden = true;
      return;
    }
    // The labels come with the answer: the worker read the question with the policy list.
    const rows = fact.policies.slice(0, 8).map((id) => {
      const value = facts ? (facts[id]?.[fact.fact] ?? UNSTATED) : '暂时未能载入，请稍后重试';
      return el('li', {}, el('strong', {}, labels[id] ?? id), `：${value}`);
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
    this.partial.hidden = true;
    this.partialList.replaceChildren();
    this.status.textContent = '';
    this.understood.replaceChildren();
    this.understood.hidden = true;
    this.renderAnswer(null, 0);
  }

  private renderNone(
    state: SearchState,
    plan: QueryPlan,
    conflict: boolean,
    pieces: Suggestion[],
    outside: OutsidePlace[] = [],
  ) {
    const box = el('div', { class: 'search-none' });
    box.append(...this.outsideNote(outside), el('p', {}, `没有找到包含“${plan.raw}”的条款。`), el('p', {}, '建议：'));
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

  /** The last counts shown: applied to the choices loaded after them too (fillOptions). */
  private counted: { counts: Partial<Record<FilterKey, Record<string, number>>> | null; partial: boolean } = {
    counts: null,
    partial: false,
  };

  private showCounts(counts: Partial<Record<FilterKey, Record<string, number>>> | null, partial: boolean) {
    this.counted = { counts, partial };
    for (const select of this.form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) this.countSelect(select);
    const more = partial ? '+' : '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[data-filter="has"]')) {
      const label = box.parentElement?.querySelector<HTMLElement>('[data-label]');
      if (!label) continue;
      const n = counts?.has?.[box.value] ?? 0;
      label.textContent = counts ? `${label.dataset.label}（${n}${n ? more : ''}）` : (label.dataset.label ?? '');
    }
  }

  /** A select's options with the last counts: `label（n）`, and a value no full match has disabled. */
  private countSelect(select: HTMLSelectElement) {
    const { counts, partial } = this.counted;
    const more = partial ? '+' : '';
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

  // ── keyboard ───────────────────────────────────────────────────────────────

  /** The result links in reading order: the main list, then the partial group when it is open. */
  private links(): HTMLAnchorElement[] {
    const partial = this.partial.open && !this.partial.hidden ? [...this.partialList.querySelectorAll('a')] : [];
    return [...this.box.querySelectorAll<HTMLAnchorElement>('a[data-result]'), ...partial].filter((a) =>
      a.matches('a[data-result]'),
    );
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
