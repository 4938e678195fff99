/**
 * The search page's worker: Pagefind (its WebAssembly, its index and fragment requests, the text
 * packs), the query understanding (plan.ts), retrieval and judging (retrieve.ts) and the filters'
 * counts all run here, off the page's main thread, so that the page stays free to paint and to
 * answer the reader while a search runs (issue 19: the page's long tasks were this work). The
 * page (src/scripts/search.ts) only renders what this sends back: plain data, the results with
 * Pagefind's functions left out (search-protocol.ts).
 *
 * Requests are made from here, so they are watched here (search-net.ts, search-packs.ts wrap this
 * worker's `fetch`): every reply for a search says which of its requests failed since it began,
 * and the page ends such a search in 搜索暂时失败 with a retry, as before.
 */
import { batchedSearch } from '../lib/search/engine.ts';
import { heldNeedles, snippet, snippetNeedles } from '../lib/search/highlight.ts';
import { FILTER_KEYS, type FilterKey } from '../lib/search/index-records.ts';
import { innerLexicon } from '../lib/search/inner-places.ts';
import { findOutsidePlaces, type OutsidePlace } from '../lib/search/outside-places.ts';
import { placeLexicon } from '../lib/search/places.ts';
import { mayNameDocument, understand, type PlanContext, type PolicyTitle, type QueryPlan } from '../lib/search/plan.ts';
import { buildLexicon, intlSegment } from '../lib/search/question.ts';
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
  type EngineResult,
  type Hit,
  type Results,
  type Replan,
  type RetrieveContext,
} from '../lib/search/retrieve.ts';
import { normalize } from '../lib/search/normalize.ts';
import { parseSoundWords, parseSounds, SEARCH_SOUNDS_PATH, type Sounds } from '../lib/search/sounds.ts';
import { loadOnce } from '../lib/retry-load.ts';
import { pagefindFilters, type SearchState } from '../lib/search/state.ts';
import { mayBeTraditional, toSimplified, type Converter } from '../lib/search/traditional.ts';
import { buildVocabulary, vocabularyFromWire, vocabularyWords } from '../lib/search/vocabulary.ts';
import { failureCount, failuresSince, watchSearchRequests } from './search-net.ts';
import { preparePacks } from './search-packs.ts';
import { groupsOf } from '../lib/search/groups.ts';
import { loadOutsidePlaces } from './search-outside.ts';
import { fetchShared, forgetPrefetched, prefetch } from './search-prefetch.ts';
import { startupFiles, type PagefindEntry } from '../lib/search/prefetch.ts';
import { mergedBundles, parseSearchConfig, SEARCH_CONFIG_PATH, type SearchConfig } from '../lib/search/config.ts';
import { BUNDLE_ROOT } from '../lib/search/shards.ts';
import { parseFilterOptions, policyTitles, SEARCH_FILTERS_PATH } from '../lib/search/filter-options.ts';
import type { Answered, Counted, Envelope, Reply, Request, ShownHit } from './search-protocol.ts';

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<ClauseData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  search(term: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(path: string, options?: object): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
}

/**
 * Above this many records, a filter in use is not recounted as if it were not set: that is a
 * second search as costly as the first (measured at several seconds on the benchmark's
 * 80,000-record corpus), so its values are listed without counts.
 */
const RECOUNT_LIMIT = 20_000;

/** The search config (/search/config.json, src/lib/search/config.ts), once it has arrived. */
let config: SearchConfig = { vocabulary: [], regions: [], lexicon: [] };
/** The policies' names (/search/filters.json), once a query that may name a document had them fetched. */
let policies: PolicyTitle[] = [];
/** Each policy's short title, for the fact card's labels. */
let labels = new Map<string, string>();
let records = 0;
/** The search language (the page's `<html lang>`, as Pagefind reads it). */
let language = 'unknown';

/**
 * Pagefind reads the search language from `document` (the page's `<html lang>`), which a worker
 * has not: it is given the page's, or it would search as language `unknown` (unsegmented).
 */
function lendLanguage(lang: string) {
  const g = globalThis as { document?: unknown };
  g.document ??= {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null),
  };
}

/**
 * The search config, fetched once through the watched `fetch` (search-net.ts): a config that does
 * not load fails the search like any of its files (kind `config`), and is fetched again by the next
 * search. It is revalidated rather than taken from the HTTP cache unchecked: it names the bundles,
 * which must be the ones the site holds now (Pagefind skips the cache for its entry file likewise).
 */
const loadConfig = loadOnce(async (): Promise<SearchConfig> => {
  watchSearchRequests();
  const response = await fetch(SEARCH_CONFIG_PATH, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${SEARCH_CONFIG_PATH}: HTTP ${response.status}`);
  config = parseSearchConfig(await response.text());
  planContext = undefined;
  return config;
});

/**
 * The policies' names, fetched once, only for a query whose plan may depend on them (plan.ts
 * `mayNameDocument`: 苏州 行动计划 第三条, 无锡政策什么时候发布的), so that other queries never
 * download a list that grows with the corpus (issue 22). Through the watched `fetch`: a list that
 * does not load fails the search like any of its files (kind `documents`, 重试), rather than
 * reading 无锡意见第十二条 as if no document had that name; it is fetched again by the next such query.
 */
const loadPolicies = loadOnce(async (): Promise<void> => {
  watchSearchRequests();
  const response = await fetch(SEARCH_FILTERS_PATH);
  if (!response.ok) throw new Error(`${SEARCH_FILTERS_PATH}: HTTP ${response.status}`);
  const options = parseFilterOptions(await response.text());
  policies = policyTitles(options);
  labels = new Map(options.policies.map((p) => [p.id, p.label]));
  if (planContext) planContext.policies = policies;
});

/** Understands a text (simplified already), with the policies' names when it may name a document. */
async function understood(text: string): Promise<QueryPlan> {
  if (mayNameDocument(text, context().places)) await loadPolicies();
  return understand(text, context());
}

let pagefind: Promise<Pagefind> | undefined;
/** Retries so far: a retry imports the script under a new URL, as a failed module import stays failed. */
let attempt = 0;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    watchSearchRequests();
    // The primary bundle is always at BUNDLE_ROOT (src/lib/search/shards.ts), so its files are
    // requested at once, beside the config; the other shards' bundles, which the config lists, as
    // soon as it has arrived — still while Pagefind's script and WebAssembly load.
    const merged = loadConfig().then(mergedBundles);
    const script = new URL(`${BUNDLE_ROOT}pagefind.js`, location.href);
    if (attempt) script.searchParams.set('retry', String(attempt));
    const entryOf = async (b: string) => {
      const r = await fetchShared(`${b}pagefind-entry.json`);
      if (!r.ok) throw new Error(`pagefind-entry.json: HTTP ${r.status}`);
      const entry = (await r.json()) as PagefindEntry;
      // Pagefind's metadata and WebAssembly, requested now rather than once its script has run
      // and fetched this entry again (search-prefetch.ts); merged bundles use the primary's WebAssembly.
      for (const file of startupFiles(entry, language))
        if (b === BUNDLE_ROOT || file.endsWith('.pf_meta')) prefetch(`${b}${file}`);
      return entry;
    };
    const [pf, primaryEntry, others] = await Promise.all([
      import(/* @vite-ignore */ script.href) as Promise<Pagefind>,
      entryOf(BUNDLE_ROOT),
      merged.then((bundles) => Promise.all(bundles.map(entryOf))),
      // Clause texts come in packs (search-packs.ts): their manifests load beside Pagefind's files.
      preparePacks([BUNDLE_ROOT]),
      merged.then(preparePacks),
    ]);
    const entries = [primaryEntry, ...others];
    records = entries.reduce((n, e) => n + Object.values(e.languages).reduce((m, l) => m + l.page_count, 0), 0);
    // On this worker's thread, so that its requests pass through the watched fetch (search-net.ts).
    await pf.options({ basePath: BUNDLE_ROOT, noWorker: true });
    await pf.init();
    // The other shards' bundles, searched as one with the primary (results merged by score).
    await Promise.all((await merged).map((b) => pf.mergeIndex(b)));
    return pf;
  })();
  return pagefind;
}

let converter: Promise<Converter> | undefined;
/** The converter once loaded: a query read again (a correction, its words) is converted as it was first. */
let converted: Converter | null = null;
const loadConverter = () =>
  (converter ??= import('./search-convert.ts').then((m) => {
    converted = m.convert;
    return m.convert;
  }));

// The word segmenter is made on first use (question.ts `intlSegment`): making one loads the browser's Chinese dictionary.
const segment = intlSegment;

// Places outside the corpus (/search/places.json), fetched once, only when a long question holds a
// word no clause does: such a word may go unrequired only if it names no place (合肥). A list that
// does not load answers "may be a place", so nothing goes unrequired.
let outsideList: Promise<OutsidePlace[] | null> | undefined;
const namesOutsidePlace = async (word: string): Promise<boolean> => {
  outsideList ??= loadOutsidePlaces();
  const list = await outsideList;
  return list === null || findOutsidePlaces(word, list).places.length > 0;
};

/**
 * How characters sound (/search/sounds.json), fetched once, only for a term no clause holds, through
 * the watched `fetch`: a file that does not load fails the search (kind `sounds`, 重试) rather than
 * answering 没有找到 for a homophone the texts hold; the next such term fetches it again.
 */
const loadSounds = loadOnce(async (): Promise<Sounds> => {
  watchSearchRequests();
  const response = await fetch(SEARCH_SOUNDS_PATH);
  if (!response.ok) throw new Error(`${SEARCH_SOUNDS_PATH}: HTTP ${response.status}`);
  // Pinyin and slips are read against the words the search knows (its word list, the thesaurus's
  // writings and the places' names: 高薪区 → 高新区), then the texts' most used words.
  const json: unknown = await response.json();
  const { lexicon, places } = context();
  return {
    readings: parseSounds(json),
    words: [...new Set([...lexicon, ...places.map((p) => p.text), ...parseSoundWords(json)])],
  };
});

/** The words the search knows (the word list and the thesaurus's writings), for slips' corrections. */
let knownWords: Set<string> | undefined;
const retrieveCtx: Omit<RetrieveContext, 'engine'> = {
  cache: new Map(),
  oneWord: (w) => segment !== null && segment(w).length === 1,
  outside: namesOutsidePlace,
  isWord: (w) => (knownWords ??= new Set(context().lexicon)).has(normalize(w)),
  sounds: loadSounds,
};

/** The thesaurus, places, policies and word list a query is understood with: built once, on the first query. */
let planContext: PlanContext | undefined;
function context(): PlanContext {
  if (!planContext) {
    const wire = vocabularyFromWire(config.vocabulary ?? []);
    // Longest first across both, so 苏州工业园区 is not read as 苏州 + 工业园区.
    const places = [...placeLexicon(config.regions ?? []), ...innerLexicon(config.inner ?? [])].sort(
      (a, b) => b.text.length - a.text.length,
    );
    planContext = {
      vocabulary: buildVocabulary(wire),
      places,
      policies,
      lexicon: buildLexicon([...(config.lexicon ?? []), ...vocabularyWords(wire)]),
      field: config.field ?? [],
      segment,
    };
  }
  return planContext;
}

async function plan(state: SearchState): Promise<QueryPlan> {
  await loadConfig();
  let text = state.q;
  if (mayBeTraditional(text)) text = toSimplified(text, await loadConverter());
  const p = await understood(text);
  p.raw = state.q.trim();
  return p;
}

/** A text understood again (retrieve.ts `answer`: a correction, a smaller part), converted as the query was. */
const replan: Replan = (text) => understood(converted && mayBeTraditional(text) ? toSimplified(text, converted) : text);

const filtersFor = (state: SearchState, p: QueryPlan) =>
  pagefindFilters(
    state,
    {
      places: p.places.filter((x) => !x.via).map((x) => x.region),
      inner: p.places.filter((x) => x.via).map((x) => x.region),
      policies: p.policies,
    },
    config.regions ?? [],
  );

/**
 * The search being answered (`seq`: the page's number for it): what `full`, `partial` and `counts`
 * continue; `full` and `partial`: how many of each group the page has been sent to show.
 */
let current: {
  seq: number;
  state: SearchState;
  results: Results | null;
  engine: RetrieveContext['engine'];
  full: number;
  partial: number;
} | null = null;
/** The page's number for the latest search asked for: an older one still running is not made current. */
let latest = 0;
/** Failures counted when the current search began: any later one fails it. */
let failuresAtStart = 0;

/**
 * A hit as sent to the page: without Pagefind's result object (it holds functions, which cannot be
 * sent) and without its text unless the page shows it — then with what it shows of it worked
 * out here (the excerpt and what the clause holds of the query), so the page only builds elements.
 */
function plain(h: Hit, needles: ReturnType<typeof snippetNeedles> | null): ShownHit {
  const { data, ...rest } = h;
  const result = { id: h.result.id, score: h.result.score, words: h.result.words } as EngineResult;
  if (!needles || !data) return { ...rest, result };
  return {
    ...rest,
    result,
    data,
    shown: { held: heldNeedles(data.content, needles), snippet: snippet(data.content, needles) },
  };
}

/** The current results as plain data for the page: every hit, the texts of those it shows. */
function snapshot(r: Results | null): Results | null {
  if (!r || !current) return null;
  const { full, partial } = groupsOf(r);
  const shown = new Set([...full.slice(0, current.full), ...partial.slice(0, current.partial)]);
  const needles = snippetNeedles(r.plan, r.df, r.partDf);
  const bare = (h: Hit) => plain(h, null);
  return {
    ...r,
    list: r.list.map((h) => plain(h, shown.has(h) ? needles : null)),
    held: r.held.map(bare),
    pending: r.pending.map(bare),
  };
}

async function search(seq: number, state: SearchState): Promise<Answered | null> {
  failuresAtStart = failureCount();
  latest = seq;
  current = null;
  // Pagefind's files and the config are requested first; the query is understood (once the config
  // is in) while the index loads.
  const loading = loadPagefind();
  // Awaited below; marked handled now, as a failed config rejects it before it is awaited.
  loading.catch(() => {});
  const p = await plan(state);
  const pf = await loading;
  // Queries issued together load their chunks together first (src/lib/search/engine.ts).
  const engine = { search: batchedSearch<PagefindResult>(pf) };
  const decision = filtersFor(state, p);
  // A conflict: no clause can match, so nothing is searched.
  const filtersOf = (q: QueryPlan) => {
    const d = filtersFor(state, q);
    return d.kind === 'filters' ? d.filters : null;
  };
  const ctx: RetrieveContext = { ...retrieveCtx, engine, filtersOf };
  const found = decision.kind === 'filters' ? await answer(ctx, p, decision.filters, replan, filtersOf) : null;
  const results = found?.results ?? null;
  // A newer search was asked for meanwhile: the page drops this answer.
  if (seq !== latest) return null;
  current = { seq, state, results, engine, full: 0, partial: 0 };
  // The first page of full matches is fetched before anything is shown.
  if (results?.list.length) await fullPage(seq, 0);
  return {
    plan: p,
    conflict: decision.kind === 'conflict',
    results: snapshot(results),
    // For a list found by words: how many listed clauses hold each (read from every listed text).
    parts: results?.byParts ? partCounts(results) : [],
    corrected: found?.corrected ?? null,
    typos: found?.typos ?? [],
    pieces: found?.pieces ?? [],
    labels: Object.fromEntries((p.fact?.policies ?? []).map((id) => [id, labels.get(id) ?? id])),
  };
}

/** Fetching texts for display runs no index query. */
const textCtx = (): RetrieveContext => ({ ...retrieveCtx, engine: { search: () => Promise.resolve([]) } });

/** The current search's results, or null when `seq` is no longer the current search. */
const resultsOf = (seq: number) => (current?.seq === seq ? current.results : null);

async function fullPage(seq: number, from: number): Promise<Results | null> {
  const results = resultsOf(seq);
  if (!results) return null;
  if (groupsOf(results).full.length - from < PAGE_SIZE && results.pending.length)
    await advance({ ...retrieveCtx, engine: current!.engine }, results, PAGE_SIZE);
  const page = groupsOf(results).full.slice(from, from + PAGE_SIZE);
  await fetchTexts(textCtx(), results, page);
  if (current?.seq === seq) current.full = Math.max(current.full, from + page.length);
  return snapshot(results);
}

async function partialPage(seq: number, from: number): Promise<Results | null> {
  const results = resultsOf(seq);
  if (!results) return null;
  const page = groupsOf(results).partial.slice(from, from + PAGE_SIZE);
  await fetchTexts(textCtx(), results, page);
  if (current?.seq === seq) current.partial = Math.max(current.partial, from + page.length);
  return snapshot(results);
}

async function counts(seq: number): Promise<Counted | null> {
  if (!current?.results || current.seq !== seq) return null;
  const { state, results: main, engine } = current;
  const ctx: RetrieveContext = { ...retrieveCtx, engine };
  let partial = !complete(main);
  const out: Partial<Record<FilterKey, Record<string, number>>> = {};
  // A value's count is what choosing it lists in [data-search-results]: the full matches.
  const full = (r: Results): Results => ({ ...r, list: groupsOf(r).full, held: [] });
  for (const key of FILTER_KEYS) {
    const active = key === 'has' ? state.has.length > 0 : Boolean(state.filters[key]);
    if (!active) {
      out[key] = tally(full(main), key);
      continue;
    }
    if (records > RECOUNT_LIMIT) continue;
    // A filter in use is counted as if it were not set, so that its other values stay choosable.
    const without: SearchState = { q: state.q, filters: { ...state.filters }, has: key === 'has' ? [] : state.has };
    if (key !== 'has') delete without.filters[key];
    const decision = filtersFor(without, main.plan);
    const other = decision.kind === 'filters' ? await retrieve(ctx, main.plan, decision.filters) : null;
    if (other) {
      await fetchTexts(ctx, other, other.list);
      partial ||= !complete(other);
      out[key] = tally(full(other), key);
    } else out[key] = {};
  }
  return { counts: out, partial };
}

/** After a failure: Pagefind afresh (a broken instance keeps its error), no cached texts (a failed fetch is cached as a rejection). */
function reset() {
  const old = pagefind;
  pagefind = undefined;
  converter = undefined;
  converted = null;
  attempt++;
  retrieveCtx.cache.clear();
  forgetPrefetched();
  current = null;
  void old?.then((pf) => pf.destroy()).catch(() => {});
}

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'init':
      lendLanguage(request.lang);
      language = request.lang.toLowerCase() || 'unknown';
      return null;
    case 'load':
      // The config first in line, then Pagefind's files (loadPagefind starts both).
      await loadPagefind();
      return null;
    case 'search':
      return search(request.seq, request.state);
    case 'full':
      return fullPage(request.seq, request.from);
    case 'partial':
      return partialPage(request.seq, request.from);
    case 'counts':
      return counts(request.seq);
    case 'reset':
      reset();
      return null;
  }
}

/**
 * Pagefind starts loading its index in a constructor whose promise nobody holds, so a failed
 * WASM or metadata request also surfaces as an unhandled rejection. The search reports that
 * failure itself (state error, 重试), so those rejections are marked handled here.
 */
self.addEventListener('unhandledrejection', (e) => {
  const message = e.reason instanceof Error ? e.reason.message : String(e.reason);
  if (/Pagefind|pf_meta|pf_index|pf_fragment|pf_filter/u.test(message)) e.preventDefault();
});

self.addEventListener('message', (event: MessageEvent<Envelope>) => {
  const { id, request } = event.data;
  const post = (reply: Reply) => (self as unknown as Worker).postMessage(reply);
  const searching = request.type !== 'init' && request.type !== 'load' && request.type !== 'reset';
  handle(request).then(
    (value) => {
      // A search file that failed while it ran (Pagefind hides some) fails the search.
      const failed = searching ? failuresSince(failuresAtStart) : [];
      if (failed.length) post({ id, ok: false, failed, message: 'a search request failed' });
      else post({ id, ok: true, value });
    },
    (error: unknown) => {
      console.error(error);
      post({
        id,
        ok: false,
        failed: searching ? failuresSince(failuresAtStart) : [],
        message: error instanceof Error ? error.message : String(error),
      });
    },
  );
});
