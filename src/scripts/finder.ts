/**
 * <suxi-finder>: the policy calculator in the browser (/finder/). Thin glue: it reads the profile
 * from the address or the form (src/lib/finder/url-state.ts, one parser for both), asks
 * src/lib/finder/answer.ts for the answer and writes it with the wording of answer-text.ts and
 * explain.ts, marked up as contract 5 says (docs/finder.md). The page embeds an index of the
 * regions; the provisions of the location asked (and of the regions above it) are fetched from
 * this site's /finder/regions/<id>.json when the profile first needs them (island.ts decides
 * which). Nothing the reader types leaves the page: the requests name regions only, and the
 * profile is kept only in the query string (history.replaceState) so the address can be shared
 * and reopens the same answer.
 */
import { answer, asksAnything, type ItemResult, type LocationAnswer } from '../lib/finder/answer';
import {
  answerText,
  asOfText,
  assumptionTexts,
  excludedText,
  headline,
  headlineStatus,
  itemAmount,
  itemNotes,
  itemStatus,
  omittedText,
  profileText,
  ruleText,
  scheduleLines,
  statusText,
  summaryText,
  totalText,
} from '../lib/finder/answer-text';
import { stepText } from '../lib/finder/explain';
import { formPlan } from '../lib/finder/form-fields';
import { parseAmount } from '../lib/finder/input';
import { KEYS, readProfile, writeProfile } from '../lib/finder/url-state';
import {
  assemble,
  finderRegionHref,
  indexLocations,
  regionsToLoad,
  type FinderIndex,
  type FinderRegionFile,
} from '../lib/finder/island';
import type { FinderData, Profile } from '../lib/finder/types';
import { SITE_NAME } from '../config/site';
import { define, el } from './dom';

class SuxiFinder extends HTMLElement {
  private index!: FinderIndex;
  /** The finder's data from the region files loaded so far. */
  private data!: FinderData;
  private files = new Map<string, Promise<FinderRegionFile>>();
  private loaded = new Map<string, FinderRegionFile>();
  /** Each update's number: an answer whose files arrive after a newer update is dropped. */
  private seq = 0;
  private form!: HTMLFormElement;
  private results!: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: { answers: LocationAnswer[]; profile: Profile } | null = null;

  connectedCallback() {
    const island = this.querySelector('#finder-data');
    const form = this.querySelector<HTMLFormElement>('#finder-form');
    const results = this.querySelector<HTMLElement>('[data-finder-results]');
    if (!island || !form || !results) return;
    this.index = JSON.parse(island.textContent ?? '{}') as FinderIndex;
    this.data = assemble(this.index, []);
    this.form = form;
    this.results = results;

    const params = new URLSearchParams(location.search);
    this.fill(params);
    void this.update(params, false, new Set(params.keys()));

    form.addEventListener('input', (event) => {
      clearTimeout(this.timer);
      const target = event.target as HTMLInputElement;
      // Typing an amount waits for a pause and leaves the form as it is (a field never moves
      // under the cursor); a click on a box or a choice answers at once and lays the form out again.
      const typing = target.matches('input[type="text"]');
      this.timer = setTimeout(
        () => void this.update(this.formParams(), true, typing ? null : this.present(target.name)),
        typing ? 300 : 0,
      );
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.update(this.formParams(), true, this.present()).then((done) => {
        if (done) this.showAnswer();
      });
    });
    form.addEventListener('reset', () => setTimeout(() => void this.update(new URLSearchParams(), true, new Set()), 0));
    // Help that a tap or a key opens, not a hover: the notes of each product kind and stage.
    for (const toggle of form.querySelectorAll<HTMLButtonElement>('.help-toggle'))
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.closest('fieldset')?.classList.toggle('show-notes', open);
      });
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.copy());
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
    // On paper every part of the answer is open, then closed again as it was.
    let reopened: HTMLDetailsElement[] = [];
    window.addEventListener('beforeprint', () => {
      reopened = [...this.results.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      reopened.forEach((d) => (d.open = true));
    });
    window.addEventListener('afterprint', () => reopened.forEach((d) => (d.open = false)));
  }

  private get locationIds() {
    return indexLocations(this.index).map((l) => l.id);
  }

  /** The region files `ids` (each fetched once), then the data of every file loaded so far. */
  private async load(ids: string[]): Promise<FinderData> {
    for (const id of ids)
      if (!this.files.has(id)) {
        const file = fetch(finderRegionHref(id)).then((r) => {
          if (!r.ok) throw new Error(`${finderRegionHref(id)}: HTTP ${r.status}`);
          return r.json() as Promise<FinderRegionFile>;
        });
        this.files.set(id, file);
        // A failed request is asked again on the next update, not remembered.
        file.then(
          (f) => this.loaded.set(id, f),
          () => this.files.delete(id),
        );
      }
    await Promise.all(ids.flatMap((id) => this.files.get(id) ?? []));
    return assemble(this.index, this.loaded.values());
  }

  /** The form as a query string (empty fields left out). */
  private formParams(): URLSearchParams {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(this.form))
      if (typeof v === 'string' && v.trim() !== '') params.append(k, v.trim());
    return params;
  }

  /** The form as the address says, amounts as typed (a mistake stays in its field). */
  private fill(params: URLSearchParams) {
    for (const field of this.form.elements) {
      if (field instanceof HTMLSelectElement) field.value = params.get(field.name) ?? '';
      else if (field instanceof HTMLInputElement) {
        if (field.type === 'checkbox') field.checked = params.getAll(field.name).includes(field.value);
        else if (field.type === 'radio') field.checked = (params.get(field.name) ?? '') === field.value;
        else if (field.type === 'text') field.value = params.get(field.name) ?? '';
      }
    }
  }

  /**
   * `relayout`: the keys given so far (they stay shown), to lay the form out again for the new
   * profile; null while an amount is typed, when the form stays as it is.
   */
  private async update(params: URLSearchParams, fromForm: boolean, relayout: ReadonlySet<string> | null) {
    const seq = ++this.seq;
    const read = readProfile(params, this.locationIds);
    const typed = Object.fromEntries(Object.entries(read.errors).map(([k, v]) => [k, v.raw]));
    const canonical = writeProfile(read.profile, typed).toString();
    const search = canonical ? `?${canonical}` : '';
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
    // The provisions of the location asked (every location when none is): fetched the first time.
    if (asksAnything(read.profile)) {
      // Said in its own element: [data-finder-status] holds only the answer's summary.
      const loading = this.querySelector<HTMLElement>('[data-finder-loading]');
      const need = regionsToLoad(this.index, read.profile.loc);
      if (loading) {
        loading.textContent = '正在载入所选地区的政策条款……';
        loading.hidden = need.every((id) => this.loaded.has(id));
      }
      this.results.setAttribute('aria-busy', 'true');
      try {
        const data = await this.load(need);
        if (seq !== this.seq) return false;
        this.data = data;
        if (loading) loading.hidden = true;
      } catch {
        if (seq !== this.seq) return false;
        if (loading) {
          loading.textContent = '未能载入政策条款，请检查网络后刷新本页重试。';
          loading.hidden = false;
        }
        return false;
      } finally {
        if (seq === this.seq) this.results.removeAttribute('aria-busy');
      }
    }
    if (relayout) this.layout(read.profile, relayout);
    this.showWhoHelp();
    this.showFieldMessages(read.errors);
    this.showNotices(read.ignored, read.errors, fromForm);
    this.render(read.profile);
    return true;
  }

  /** The keys of the form that hold a value, and the picker being used (it stays while its last box is unticked). */
  private present(using?: string): Set<string> {
    const keys = new Set(this.formParams().keys());
    if (using === KEYS.product || using === KEYS.stage || using === KEYS.role) keys.add(using);
    return keys;
  }

  /**
   * The form in the order people decide, for the profile so far (src/lib/finder/form-fields.ts):
   * the pickers that apply, the role only where a text pays one party, the amounts the open
   * provisions read, the rest folded under 其他金额.
   */
  private layout(profile: Profile, present: ReadonlySet<string>) {
    const plan = formPlan(this.data, profile, present);
    const part = (name: string) => this.form.querySelector<HTMLElement>(`[data-part="${name}"]`);
    const show = (el: HTMLElement | null, on: boolean) => {
      if (el) el.hidden = !on;
    };
    show(part('products'), plan.products);
    show(part('stages'), plan.stages);
    show(part('role'), plan.role);
    const shown = this.form.querySelector<HTMLElement>('[data-amounts-shown]');
    const folded = this.form.querySelector<HTMLElement>('[data-amounts-folded]');
    if (!shown || !folded) return;
    const box = (key: string) => this.form.querySelector<HTMLElement>(`.amount[data-amount="${key}"]`);
    const placed = new Set<string>();
    for (const f of plan.amounts) {
      const b = box(f.key);
      if (!b) continue;
      b.hidden = false;
      shown.append(b);
      placed.add(f.key);
    }
    for (const f of plan.folded) {
      const b = box(f.key);
      if (!b) continue;
      b.hidden = false;
      folded.append(b);
      placed.add(f.key);
    }
    // Per-stage fields of stages not picked: not offered (and not sent, being empty).
    for (const b of this.form.querySelectorAll<HTMLElement>('.amount'))
      if (!placed.has(b.dataset.amount ?? '')) b.hidden = true;
    show(this.form.querySelector('[data-amounts-empty]'), plan.amounts.length === 0);
    show(
      this.form.querySelector('[data-stage-hint]'),
      plan.amounts.some((f) => f.stage !== null),
    );
    show(this.form.querySelector('[data-amounts-more]'), plan.folded.length > 0);
  }

  /** What the chosen type covers, under its picker. */
  private showWhoHelp() {
    const select = this.form.querySelector<HTMLSelectElement>('select[name="who"]');
    const help = this.form.querySelector<HTMLElement>('[data-who-help]');
    if (!select || !help) return;
    help.textContent = select.selectedOptions[0]?.dataset.note ?? help.dataset.default ?? '';
  }

  /** After 计算: the first answer's headline at the top of the screen, and focus on it (a phone shows it at once). */
  private showAnswer() {
    const headline = this.querySelector<HTMLElement>('[data-finder-total] h2');
    if (!headline) return;
    headline.scrollIntoView({ block: 'start' });
    headline.focus({ preventScroll: true });
  }

  /** The message by each amount field: what could not be read, or what was read (= 3000 万元). */
  private showFieldMessages(errors: Record<string, { message: string }>) {
    for (const input of this.form.querySelectorAll<HTMLInputElement>('.amount input')) {
      const msg = this.querySelector<HTMLElement>(`#${input.id}-msg`);
      const error = errors[input.name];
      input.setAttribute('aria-invalid', error ? 'true' : 'false');
      if (!msg) continue;
      msg.classList.toggle('amount-msg--error', Boolean(error));
      const read = parseAmount(input.value);
      msg.textContent = error
        ? error.message
        : read.kind === 'ok' && input.value.trim() !== String(read.wan)
          ? `= ${totalText(read.wan)}`
          : '';
    }
  }

  private showNotices(ignored: string[], errors: Record<string, { raw: string; message: string }>, fromForm: boolean) {
    const box = this.querySelector<HTMLElement>('[data-finder-notices]');
    if (!box) return;
    const notes: Node[] = [];
    const wrong = Object.entries(errors);
    if (wrong.length) {
      const label = (key: string) =>
        this.form.querySelector(`label[for="f-amt-${key.replace('.', '-')}"]`)?.textContent ?? key;
      notes.push(
        el(
          'p',
          { class: 'finder-warn', role: 'alert' },
          el('strong', {}, '有金额无法识别，未计入：'),
          wrong.map(([k, v]) => `${label(k)}“${v.raw}”（${v.message}）`).join('；'),
        ),
      );
    }
    if (ignored.length && !fromForm)
      notes.push(
        el('p', { class: 'finder-warn' }, el('strong', {}, '网址中有无法识别的参数，已忽略：'), ignored.join('，')),
      );
    box.replaceChildren(...notes);
  }

  private render(profile: Profile) {
    const status = this.querySelector<HTMLElement>('[data-finder-status]');
    const actions = this.querySelector<HTMLElement>('[data-finder-actions]');
    const all = this.querySelector<HTMLElement>('#finder-all');
    if (!asksAnything(profile)) {
      this.current = null;
      this.results.replaceChildren();
      if (status) status.textContent = '选择主体类型、产品或阶段（可再填金额），这里回答在各地最高可申请多少。';
      if (actions) actions.hidden = true;
      if (all) all.hidden = false;
      return;
    }
    const answers = answer(this.data, profile);
    this.current = { answers, profile };
    this.results.replaceChildren(...answers.map((a) => this.answerNode(a, answers.length > 1)));
    if (status) status.textContent = summaryText(answers, this.data.asOf);
    if (actions) actions.hidden = false;
    if (all) all.hidden = true;
    // On paper: what was asked, the date the statuses hold for, and the address that reopens it.
    const names = new Map(indexLocations(this.index).map((l) => [l.id, l.name]));
    const printed: [string, string][] = [
      ['[data-print-profile]', `条件：${profileText(profile, (id) => names.get(id) ?? id)}`],
      ['[data-print-asof]', asOfText(this.data.asOf)],
      ['[data-print-url]', location.href],
    ];
    for (const [selector, text] of printed) {
      const node = this.querySelector<HTMLElement>(selector);
      if (node) node.textContent = text;
    }
  }

  private answerNode(a: LocationAnswer, several: boolean): HTMLElement {
    const id = `answer-${a.location.id}`;
    const counted = a.items.filter((i) => i.group === 'counted');
    const unstated = a.items.filter((i) => i.group === 'unstated');
    const related = a.items.filter((i) => i.group === 'related');
    const schedule = scheduleLines(a);
    const notes = [omittedText(a.omitted), excludedText(a), ...assumptionTexts(a).map((t) => `假定：${t}`)];
    return el(
      'section',
      {
        class: 'finder-answer',
        'data-finder-total': '',
        'data-region': a.location.id,
        'data-amount-wan': String(a.totalWan),
        'aria-labelledby': id,
      },
      el(
        'h2',
        { id, tabindex: '-1' },
        el('span', { class: 'finder-answer__place' }, a.location.name),
        ' ',
        el('span', { class: 'finder-answer__total' }, headline(a)),
        ...this.headlineStatusNodes(a),
      ),
      el('p', { class: a.historical ? 'finder-warn finder-status' : 'finder-status' }, statusText(a, this.data.asOf)),
      schedule.length ? el('ul', { class: 'finder-schedule' }, ...schedule.map((s) => el('li', {}, s))) : null,
      counted.length
        ? el(
            'ol',
            { class: 'finder-items', 'aria-label': `${a.location.name}：计入的条款` },
            ...counted.map((i) => this.itemNode(i, a, !several)),
          )
        : el('p', { class: 'muted' }, '所填条件下，这里没有载明金额、可计入总额的条款。'),
      unstated.length
        ? el(
            'details',
            { class: 'finder-group finder-group--unstated' },
            el('summary', {}, `未载明金额的 ${unstated.length} 项（一事一议、未载明），不计入总额`),
            el('ul', { class: 'finder-items' }, ...unstated.map((i) => this.itemNode(i, a, false))),
          )
        : null,
      related.length
        ? el(
            'details',
            { class: 'finder-group finder-group--related' },
            el('summary', {}, `可能同样适用的 ${related.length} 项（原文未限定所填阶段、产品或对象），不计入总额`),
            el('ul', { class: 'finder-items' }, ...related.map((i) => this.itemNode(i, a, false))),
          )
        : null,
      a.rules.length
        ? el(
            'div',
            { class: 'finder-caps' },
            el('h3', {}, '原文的上限与叠加规则'),
            el(
              'ul',
              {},
              ...a.rules.map((r) =>
                el(
                  'li',
                  {
                    'data-finder-rule': r.kind,
                    'data-clause': `${r.rule.policy}#${r.rule.clause}`,
                    'data-binding': String(r.binding),
                  },
                  ruleText(r, a),
                  ' ',
                  el('a', { href: r.rule.href }, `原文 ${r.rule.label}`),
                ),
              ),
            ),
          )
        : null,
      el('ul', { class: 'finder-notes' }, ...notes.filter((n): n is string => Boolean(n)).map((n) => el('li', {}, n))),
    );
  }

  /** The status the total rests on, inside the headline itself: 按已失效政策推算，仅供参考. */
  private headlineStatusNodes(a: LocationAnswer): (Node | string)[] {
    const status = headlineStatus(a);
    return status ? [' ', el('span', { class: 'finder-answer__lapsed', 'data-finder-lapsed': '' }, status)] : [];
  }

  private itemNode(i: ItemResult, a: LocationAnswer, openSteps: boolean): HTMLLIElement {
    const p = i.provision;
    const c = i.computation;
    return el(
      'li',
      {
        class: 'finder-item',
        'data-finder-item': '',
        'data-clause': `${p.policy}#${p.clause}`,
        'data-provision': `${p.policy}#${p.id}`,
        'data-amount-wan': i.countedWan === null || i.notCounted?.kind === 'raise' ? '' : String(i.countedWan),
        'data-counted': String(i.counted),
        'data-group': i.group,
        'data-current': String(i.current),
      },
      el(
        'div',
        { class: 'finder-item__head' },
        el('span', { class: 'finder-item__amount' }, itemAmount(i)),
        el('a', { href: p.href, class: 'finder-item__clause' }, `${i.policy.shortTitle} ${p.label}`),
      ),
      el('p', { class: 'finder-item__what' }, p.what),
      el('p', { class: 'finder-item__status' }, itemStatus(i, a)),
      p.conditions ? el('p', { class: 'finder-item__tags' }, `条件：${p.conditions}`) : null,
      ...itemNotes(i, this.data.asOf).map((n) => el('p', { class: 'finder-item__tags' }, n)),
      el(
        'details',
        { open: openSteps && i.counted ? true : undefined },
        el('summary', {}, '计算过程与原文'),
        c.steps.length
          ? el(
              'ol',
              { class: 'finder-steps', 'aria-label': '计算过程' },
              ...c.steps.map((s) => el('li', { 'data-step': s.kind }, stepText(s, c))),
            )
          : null,
        el('blockquote', { class: 'finder-quote', cite: p.href }, p.quote),
      ),
    );
  }

  private async copy() {
    const out = this.querySelector<HTMLElement>('[data-copied]');
    if (!this.current) return;
    const names = new Map(indexLocations(this.index).map((l) => [l.id, l.name]));
    const text = answerText(this.current.answers, this.current.profile, {
      siteName: SITE_NAME,
      origin: location.origin,
      url: location.href,
      asOf: this.data.asOf,
      locationName: (id) => names.get(id) ?? id,
    });
    try {
      await navigator.clipboard.writeText(text);
      if (out) out.textContent = '已复制：结果、计算过程和每项的原文出处。';
    } catch {
      // No clipboard (an insecure origin, a refused permission): the text to copy by hand.
      const area = el('textarea', { class: 'finder-copy-text', readonly: true, 'aria-label': '结果文本' });
      area.value = text;
      out?.replaceChildren('无法写入剪贴板，请手动复制：', area);
      area.select();
    }
  }
}

define('suxi-finder', SuxiFinder);
