/**
 * The policy calculator in the browser (/finder/). Reads the provisions from the page's JSON
 * island, the selection from the form or the address, and writes the answer per city with the
 * arithmetic and clause of every figure (src/lib/finder/run.ts does the work). Nothing leaves the
 * page: no request is made, the selection is kept only in the query string (history.replaceState)
 * so the address can be shared and reopens the same answer.
 */
import { runFinder, type CapNote, type CityResult, type Item, type PolicyResult } from '../lib/finder/run';
import { readSelection, writeSelection } from '../lib/finder/url-state';
import { amountSummary, endedWarning, periodLine, statusLine } from '../lib/finder/text';
import type { FinderData, Selection } from '../lib/finder/types';
import { isStackingRule } from '../lib/finder/match';
import { formatDate, formatWan } from '../lib/format';

type Child = Node | string | null | undefined | false;

/** A DOM element; text is always set as text (never HTML), so no data can inject markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

const island = document.getElementById('finder-data');
const form = document.querySelector<HTMLFormElement>('#finder-form');
const resultsNode = document.querySelector<HTMLElement>('#finder-results');
const all = document.querySelector<HTMLElement>('#finder-all');

if (island && form && resultsNode) {
  const results: HTMLElement = resultsNode;
  const data = JSON.parse(island.textContent ?? '{}') as FinderData;
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const amountInputs = [...form.querySelectorAll<HTMLInputElement>('.amounts input')];

  /** The form as a query string; a malformed amount is marked invalid and left out. */
  function formParams(): URLSearchParams {
    const params = new URLSearchParams();
    const stage = field<HTMLSelectElement>('stage')?.value;
    if (stage) params.set('stage', stage);
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[name="product"]:checked'))
      params.append('product', box.value);
    const who = field<HTMLSelectElement>('who')?.value;
    if (who) params.set('who', who);
    for (const input of amountInputs) {
      const v = input.value.trim().replace(/[，,]/g, '');
      const ok = v === '' || /^\d+(\.\d+)?$/.test(v);
      input.setAttribute('aria-invalid', ok ? 'false' : 'true');
      if (v !== '' && ok) params.set(input.name, v);
    }
    return params;
  }

  function fillForm(params: URLSearchParams) {
    const stage = field<HTMLSelectElement>('stage');
    if (stage) stage.value = params.get('stage') ?? '';
    const who = field<HTMLSelectElement>('who');
    if (who) who.value = params.get('who') ?? '';
    const products = new Set(params.getAll('product'));
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[name="product"]'))
      box.checked = products.has(box.value);
    for (const input of amountInputs) input.value = params.get(input.name) ?? '';
  }

  const isEmpty = (sel: Selection) =>
    !sel.stage && !sel.products.length && !sel.beneficiary && !Object.keys(sel.amounts).length;

  const badge = (p: PolicyResult['policy']) =>
    el('span', { class: `badge badge--${p.status.code}`, title: p.status.basis }, p.status.label);

  function tags(item: Item, sel: Selection): string {
    const p = item.provision;
    const e = p.eligibility;
    const parts = [p.kind, `对象：${p.beneficiary}`];
    if (e.stages.length) parts.push(`阶段：${e.stages.join('、')}`);
    if (e.products.length) parts.push(`产品：${e.products.join('、')}`);
    if (e.location.length) parts.push(`本地要求：${e.location.join('、')}`);
    if (sel.beneficiary && item.match.beneficiary === 'unknown') parts.push('原文未限定主体类型');
    return parts.join(' · ');
  }

  function itemNode(item: Item, sel: Selection, ended: boolean): HTMLLIElement {
    const p = item.provision;
    const c = item.computation;
    const period = periodLine(p, data.asOf);
    return el(
      'li',
      {
        class: 'finder-item',
        'data-provision': `${p.policy}#${p.id}`,
        'data-amount': c.amountWan === null ? '' : String(c.amountWan),
        'data-level': item.match.level,
        'data-ended': ended || item.periodEnded ? '' : undefined,
      },
      el(
        'div',
        { class: 'finder-item__head' },
        el('span', { class: 'finder-item__amount' }, amountSummary(c, p)),
        el('a', { href: p.href, class: 'finder-item__clause' }, `原文 ${p.label}`),
      ),
      el('p', { class: 'finder-item__what' }, p.what),
      el('p', { class: 'finder-item__tags' }, tags(item, sel)),
      p.conditions ? el('p', { class: 'finder-item__tags' }, `条件：${p.conditions}`) : null,
      period ? el('p', { class: 'finder-item__tags' }, el('strong', {}, period)) : null,
      c.steps.length
        ? el(
            'ol',
            { class: 'finder-steps', 'aria-label': '计算过程' },
            ...c.steps.map((s) => el('li', { 'data-step': s.kind }, s.text)),
          )
        : null,
      el(
        'details',
        {},
        el('summary', {}, '原文摘录'),
        el('blockquote', { class: 'finder-quote', cite: p.href }, p.quote),
      ),
    );
  }

  function capNode(note: CapNote, inherited: boolean) {
    const region = data.regions.find((r) => r.id === note.rule.region)?.name ?? '';
    return el(
      'li',
      { 'data-cap': note.kind },
      inherited ? `${region}文件：` : '',
      note.text,
      ' ',
      el('a', { href: note.rule.href }, `原文 ${note.rule.label}`),
    );
  }

  function policyNode(result: PolicyResult, sel: Selection): Node[] {
    const { policy } = result;
    const warning = endedWarning(policy, data.asOf);
    const scope = data.provisions.filter(
      (p) => p.policy === policy.id && isStackingRule(p.eligibility) && p.eligibility.stacking?.scope === '本文件',
    );
    const nodes: Node[] = [
      el(
        'p',
        { class: 'finder-policy' },
        el('a', { href: policy.href }, `《${policy.title}》`),
        ' ',
        badge(policy),
        ' ',
        el('span', { class: 'muted' }, statusLine(policy)),
      ),
    ];
    if (warning)
      nodes.push(
        el('p', { class: 'finder-warn', role: 'note' }, el('strong', {}, `${policy.status.label}：`), warning),
      );
    for (const rule of scope) nodes.push(el('p', { class: 'finder-scope' }, `适用范围（原文）：${rule.beneficiary}`));
    if (result.matches.length) {
      nodes.push(
        el(
          'ol',
          { class: 'finder-items', 'aria-label': `${policy.shortTitle}：可能适用的条款` },
          ...result.matches.map((i) => itemNode(i, sel, result.ended)),
        ),
      );
    } else {
      nodes.push(el('p', { class: 'muted' }, '所选条件下，本文件没有明确涉及的条款。'));
    }
    if (result.related.length) {
      nodes.push(
        el(
          'details',
          { class: 'finder-related' },
          el('summary', {}, `原文未限定所选阶段或产品、可能同样适用的 ${result.related.length} 项`),
          el('ol', { class: 'finder-items' }, ...result.related.map((i) => itemNode(i, sel, result.ended))),
        ),
      );
    }
    if (result.excludedCount)
      nodes.push(
        el(
          'p',
          { class: 'muted' },
          `另有 ${result.excludedCount} 项的原文条件（对象、产品、阶段或金额门槛）与所选不符，未列出。`,
        ),
      );
    return nodes;
  }

  function cityNode(city: CityResult, sel: Selection): HTMLElement {
    const matches = city.policies.reduce((n, p) => n + p.matches.length, 0);
    const related = city.policies.reduce((n, p) => n + p.related.length, 0);
    const notes = city.policies.flatMap((p) => p.notes);
    const id = `city-${city.region.id}`;
    return el(
      'section',
      { class: 'finder-city', 'data-region': city.region.id, 'aria-labelledby': id },
      el(
        'h2',
        { id },
        city.region.name,
        el('span', { class: 'count' }, `明确涉及 ${matches} 项${related ? `，可能适用 ${related} 项` : ''}`),
      ),
      ...city.policies.flatMap((p) => policyNode(p, sel)),
      notes.length || city.inherited.length
        ? el(
            'div',
            { class: 'finder-caps' },
            el('h3', {}, '叠加与上限（原文）'),
            el('ul', {}, ...notes.map((n) => capNode(n, false)), ...city.inherited.map((n) => capNode(n, true))),
          )
        : null,
    );
  }

  function render(sel: Selection) {
    if (isEmpty(sel)) {
      results.replaceChildren(
        el(
          'p',
          { class: 'finder-summary', role: 'status' },
          '选择阶段、产品类别或主体类型后，这里按城市列出可能适用的条款和金额。',
        ),
      );
      if (all) all.hidden = false;
      return;
    }
    const cities = runFinder(data, sel);
    const matches = cities.reduce((n, c) => n + c.policies.reduce((m, p) => m + p.matches.length, 0), 0);
    const related = cities.reduce((n, c) => n + c.policies.reduce((m, p) => m + p.related.length, 0), 0);
    const chosen = [
      sel.stage,
      sel.products.join('、'),
      sel.beneficiary,
      ...Object.entries(sel.amounts).map(([k, v]) => `${k} ${formatWan(v)}`),
    ]
      .filter(Boolean)
      .join('；');
    results.replaceChildren(
      el(
        'p',
        { class: 'finder-summary', role: 'status', tabindex: '-1' },
        `按所选条件（${chosen}）：${cities.length} 个地区共 ${matches} 项条款明确涉及，另有 ${related} 项原文未限定、可能同样适用。状态截至 ${formatDate(data.asOf)}。`,
      ),
      ...cities.map((c) => cityNode(c, sel)),
    );
    if (all) all.hidden = true;
  }

  function update() {
    const params = formParams();
    const query = params.toString();
    // Canonical address: the same selection always gives the same query string.
    const canonical = writeSelection(readSelection(params)).toString();
    history.replaceState(null, '', `${location.pathname}${canonical ? `?${canonical}` : ''}${location.hash}`);
    render(readSelection(new URLSearchParams(query)));
  }

  form.hidden = false;
  // A shared address in any order, or with terms this build does not know, opens as its canonical form.
  const initial = writeSelection(readSelection(new URLSearchParams(location.search)));
  const search = initial.toString() ? `?${initial}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  fillForm(initial);
  render(readSelection(initial));
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    results.querySelector<HTMLElement>('.finder-summary')?.focus();
  });
  form.addEventListener('reset', () => setTimeout(update, 0));
}
