/**
 * /finder/ in Chromium: a realistic profile gives, per location, the provisions its clauses name
 * with the figures those clauses yield (expectations computed here from the frontmatter's numbers
 * and checked against the quotes, never copied from the calculator's output); amounts typed as
 * people type them; the profile round-trips through the address; the answer copies as text with
 * citations and prints cleanly; nothing is requested from anywhere; and without JavaScript the
 * page explains itself and lists every provision by stage.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visibleBeforeScripts } from '../helpers/browser.ts';
import { AS_OF, ROOT } from '../helpers/paths.ts';
import { contentFiles } from '../helpers/site.ts';
import { allSubsidies, answerAt, countedIds, rawSubsidy, shownAnswers, subsidiesNaming } from './helpers.ts';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const WUXI = 'wuxi-biomed-policy-opinions';
const SND = 'suzhou-snd-meddevice-biomed-2020-2022';
const TAICANG = 'taicang-biomed-cluster-2025';
const squash = (s: string) => s.replace(/\s+/g, '');
const files = contentFiles();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(query: string, ctx = context): Promise<Opened> {
  const page = await ctx.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${baseURL}/finder/${query ? `?${query}` : ''}`, { waitUntil: 'networkidle' });
  await page.locator('#finder-form').waitFor({ state: 'visible' });
  return { page, requests, errors };
}

const query = (page: Page) => new URL(page.url()).search.slice(1);

describe('/finder/: a realistic profile', () => {
  it('1类创新药 in II期 clinical trials, 研发投入 3000万元, an enterprise, anywhere: the answer per location, best first', async () => {
    const { page, errors } = await open('who=enterprise&product=innovative-drug&stage=clinical-2&rd=3000');
    const answers = await shownAnswers(page);
    expect(answers.map((a) => a.region).sort()).toEqual(['kunshan', 'snd', 'suzhou', 'taicang', 'wuxi']);
    expect(answers.map((a) => a.total)).toEqual([...answers.map((a) => a.total)].sort((a, b) => b - a));

    // 无锡（三）1.: 不超过研发投入的25%, II期 最高1200万元 → min(3000 × 25%, 1200).
    const s3 = rawSubsidy(WUXI, 'sub3');
    expect(squash(s3.quote)).toContain('不超过研发投入的25%，最高分别为600万元、1200万元和3500万元');
    const ii = s3.tiers!.find((t) => t.label.startsWith('II期'))!;
    const expected = Math.min((3000 * (s3.ratePct as number)) / 100, ii.maxAmountWan!);
    const wuxi = answerAt(answers, 'wuxi');
    expect(answers[0]!.region).toBe('wuxi');
    expect(wuxi.total).toBe(expected);
    // 无锡's text was valid until 2025-12-31 and the test build is as of 2026-11-23: the headline itself says so.
    expect(String(files.find((f) => f.id === WUXI)!.frontmatter.validUntil) < AS_OF).toBe(true);
    expect(wuxi.heading).toBe(`无锡市 最高可申请约 ${expected} 万元 按已失效政策推算，仅供参考`);
    expect(wuxi.status).toContain('历史政策，仅供参考');
    expect(wuxi.status).toContain('已失效');
    const shown = wuxi.items.find((i) => i.provision === `${WUXI}#sub3`)!;
    expect([shown.amount, shown.counted, shown.amountText]).toEqual([expected, true, `最高 ${expected}万元`]);
    expect(shown.clause).toBe(`${WUXI}#${s3.clause}`);
    expect(shown.href).toBe(`/policies/${WUXI}/#${s3.clause}`);
    expect(shown.steps).toContain(`“${ii.label}”档最高 ${ii.maxAmountWan}万元`);
    expect(shown.steps).toContain(`不超过研发投入的 25%：3000万元 × 25% = ${expected}万元`);
    // 改良型新药 (（三）2.) is another product: not shown at all.
    expect(wuxi.items.map((i) => i.provision)).not.toContain(`${WUXI}#sub4`);

    // 苏州高新区: 新药开展临床实验 最高250万元.
    const snd = rawSubsidy(SND, 'sub11');
    expect(squash(snd.quote)).toContain('新药开展临床实验和研究，分别予以最高250万元和400万元的资助');
    expect(answerAt(answers, 'snd').items.find((i) => i.provision === `${SND}#sub11`)!.amount).toBe(
      snd.tiers![0]!.maxAmountWan,
    );
    // 太仓: 一类创新药按临床试验I、Ⅱ、Ⅲ期择优支持 — named, no amount in the text: in the folded group, not the total.
    const taicang = answerAt(answers, 'taicang').items.find((i) => i.provision === `${TAICANG}#sub10`)!;
    expect([taicang.group, taicang.amount, taicang.counted, taicang.amountText]).toEqual([
      'unstated',
      null,
      false,
      '未载明金额',
    ]);

    // Every provision whose clause names II期 and (an umbrella of) 1类创新药 — and no beneficiary other than 企业 —
    // is shown as counted or without an amount in every location its policy covers.
    const named = subsidiesNaming('stages', '临床II期').filter(({ s }) => {
      const p = s.eligibility?.products ?? [];
      const b = s.eligibility?.beneficiaries ?? [];
      return (!b.length || b.includes('企业')) && (p.includes('1类创新药') || p.includes('新药') || p.includes('药品'));
    });
    expect(named.length).toBeGreaterThanOrEqual(5);
    const covers: Record<string, string[]> = {
      wuxi: ['wuxi'],
      suzhou: ['suzhou', 'taicang', 'kunshan', 'snd'],
      taicang: ['taicang'],
      kunshan: ['kunshan'],
      snd: ['snd'],
    };
    for (const { policy, region, s } of named)
      for (const at of covers[region]!) {
        const item = answerAt(answers, at).items.find((i) => i.provision === `${policy}#${s.id}`);
        expect(item?.group, `${policy}#${s.id} in ${at}`).toMatch(/^(counted|unstated)$/);
      }
    // The one-line answer sits above the form.
    expect(await page.textContent('[data-finder-status]')).toContain(`无锡市最高可申请约 ${expected} 万元`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/finder/: amounts as people type them', () => {
  it('３０００, 3,000, 3000万, 0.3亿, 3千万, 三千万 are 3000万元; -5 and “abc” get a message by the field, and are not used', async () => {
    const { page, errors } = await open('loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-3');
    const total = async () => (await shownAnswers(page))[0]!.total;
    const msg = () => page.textContent('#f-amt-rd-msg');
    // III期: 3000 × 25% = 750万元 (under 3500).
    for (const typed of ['３０００', '3,000', '3000万', '0.3亿', '3千万', '三千万']) {
      await page.fill('input[name="rd"]', typed);
      await page.waitForURL(/rd=3000$/);
      expect(await msg(), typed).toBe('= 3000 万元');
      expect(await total(), typed).toBe(750);
      expect(await page.getAttribute('input[name="rd"]', 'aria-invalid')).toBe('false');
      await page.fill('input[name="rd"]', '');
      await page.waitForURL((u) => !u.search.includes('rd='));
    }
    await page.fill('input[name="rd"]', '3000');
    await page.waitForURL(/rd=3000$/);
    expect(await msg()).toBe('');

    for (const [typed, message] of [
      ['-5', '金额不能为负数'],
      ['abc', '无法识别'],
    ] as const) {
      await page.fill('input[name="rd"]', typed);
      await page.waitForURL((u) => u.searchParams.get('rd') === typed);
      expect(await msg()).toContain(message);
      expect(await page.getAttribute('input[name="rd"]', 'aria-invalid')).toBe('true');
      // Not dropped silently: the answer says which amount it could not use, and works without it
      // (the III期 award waits for 研发投入: nothing counted at its maximum, issue 18).
      expect(await page.textContent('[data-finder-notices]')).toContain(`研发投入“${typed}”`);
      expect(await total()).toBe(0);
    }
    // Reopening the address keeps the mistake in its field, with its message.
    const again = await open(query(page));
    expect(await again.page.inputValue('input[name="rd"]')).toBe('abc');
    expect(await again.page.textContent('#f-amt-rd-msg')).toContain('无法识别');
    await again.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('R&D per phase: the field of a phase appears with the phase, and its amount is that phase’s base', async () => {
    const { page } = await open('loc=wuxi&who=enterprise&product=innovative-drug');
    expect(await page.isVisible('input[name="rd.clinical-2"]')).toBe(false);
    await page.check('input[name="stage"][value="clinical-2"]');
    await page.locator('input[name="rd.clinical-2"]').waitFor({ state: 'visible' });
    expect(await page.isVisible('input[name="rd.clinical-1"]')).toBe(false);
    await page.fill('input[name="rd.clinical-2"]', '3000');
    await page.waitForURL(/rd\.clinical-2=3000/);
    expect((await shownAnswers(page))[0]!.total).toBe(750);
    await page.close();
  });
});

describe('/finder/: the address, requests, copy, print and the page without JavaScript', () => {
  it('the profile made in the form is in the address, and reopening the address restores it and the answer', async () => {
    const { page } = await open('');
    await page.selectOption('select[name="loc"]', 'wuxi');
    await page.selectOption('select[name="who"]', 'enterprise');
    await page.check('input[name="product"][value="device-2"]');
    await page.check('input[name="product"][value="device-3"]');
    await page.check('input[name="stage"][value="industrialization"]');
    await page.check('input[name="role"][value="client"]');
    await page.fill('input[name="investment"]', '8000');
    await page.fill('input[name="equipment"]', '3,000');
    await page.click('#finder-form button[type="submit"]');
    expect(query(page)).toBe(
      'loc=wuxi&who=enterprise&product=device-3&product=device-2&stage=industrialization&role=client&equipment=3000&investment=8000',
    );
    const before = await shownAnswers(page);
    // 无锡（十一）: 二、三类医疗器械 总投资5000万元~1亿元 最高不超过500万元 — 8000万元 is in range.
    const wuxi = answerAt(before, 'wuxi');
    expect(wuxi.items.find((i) => i.provision === `${WUXI}#sub33`)?.amount).toBe(
      rawSubsidy(WUXI, 'sub33').maxAmountWan,
    );
    expect(countedIds(wuxi)).not.toContain(`${WUXI}#sub34`);

    const again = await context.newPage();
    await again.goto(page.url(), { waitUntil: 'networkidle' });
    expect(await again.inputValue('select[name="loc"]')).toBe('wuxi');
    expect(await again.isChecked('input[name="product"][value="device-2"]')).toBe(true);
    expect(await again.isChecked('input[name="stage"][value="industrialization"]')).toBe(true);
    expect(await again.isChecked('input[name="role"][value="client"]')).toBe(true);
    expect(await again.inputValue('input[name="investment"]')).toBe('8000');
    expect(await shownAnswers(again)).toEqual(before);
    await again.close();
    await page.close();
  });

  it('a shared address in another order opens the same profile, written canonically; unknown terms are named, not dropped silently', async () => {
    const { page } = await open('rd=3000&who=enterprise&x=1&product=innovative-drug&stage=clinical-2&product=nonsense');
    expect(query(page)).toBe('who=enterprise&product=innovative-drug&stage=clinical-2&rd=3000');
    expect(await page.inputValue('input[name="rd"]')).toBe('3000');
    const notice = await page.textContent('[data-finder-notices]');
    expect(notice).toContain('x=1');
    expect(notice).toContain('product=nonsense');
    await page.close();
  });

  it('nothing leaves the page: only this origin is asked for anything, and no request carries what was typed', async () => {
    const { page, requests, errors } = await open('who=enterprise&product=innovative-drug&stage=clinical-2');
    const sent: { url: string; referer: string | undefined; method: string; body: string | null }[] = [];
    page.on('request', (r) =>
      sent.push({ url: r.url(), referer: r.headers().referer, method: r.method(), body: r.postData() }),
    );
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
    await page.fill('input[name="rd"]', '123456');
    // 年工资薪金 is no amount an enterprise's clinical trial is computed from: it waits under 其他金额.
    expect(await page.isVisible('input[name="salary"]')).toBe(false);
    await page.click('[data-amounts-more] > summary');
    await page.fill('input[name="salary"]', '88');
    await page.selectOption('select[name="who"]', 'talent');
    await page.click('#finder-form button[type="submit"]');
    await page.waitForURL(/salary=88/);
    expect(page.url()).toContain('rd=123456');
    await page.click('[data-copy]').catch(() => undefined);
    // Chromium refetches the site's own favicon when the address changes; nothing else is asked for, and nothing carries the input.
    expect(sent.filter((r) => new URL(r.url).pathname !== '/favicon.svg')).toEqual([]);
    for (const r of sent) {
      expect(new URL(r.url).origin).toBe(origin);
      expect([r.method, r.body, r.url.includes('123456'), r.referer ?? '']).toEqual(['GET', null, false, '']);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the answer as text, with the arithmetic and a citation and link for every clause', async () => {
    const ctx = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const q =
      'loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-1&stage=clinical-2&stage=clinical-3&rd.clinical-1=1000&rd.clinical-2=3000&rd.clinical-3=4000';
    const { page } = await open(q, ctx);
    await page.click('[data-copy]');
    await page.locator('[data-copied]:not(:empty)').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const s3 = rawSubsidy(WUXI, 'sub3');
    expect(text).toContain('苏锡生物医药政策库 · 政策计算器');
    // The profile in words, the date the statuses hold for and the address, before the answer.
    const head = text.split('\n').slice(0, 4);
    expect(head[1]).toBe(
      '条件：注册地：无锡市；主体：企业；产品：1类创新药；阶段：临床I期、临床II期、临床III期；金额：研发投入（临床I期）1000万元、研发投入（临床II期）3000万元、研发投入（临床III期）4000万元',
    );
    expect(head[2]).toBe(
      `政策状态截至：${Number(AS_OF.slice(0, 4))}年${Number(AS_OF.slice(5, 7))}月${Number(AS_OF.slice(8))}日`,
    );
    expect(head[3]).toBe(`网址：${page.url()}`);
    expect(text).toContain('【无锡市】最高可申请约 2000 万元（按已失效政策推算，仅供参考）');
    expect(text).toContain('历史政策，仅供参考');
    expect(text).toContain('I期临床试验：不超过临床I期研发投入的 25%：1000万元 × 25% = 250万元');
    expect(text).toContain(
      `出处：《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（三）条第1项 ${origin}/policies/${WUXI}/#${s3.clause}`,
    );
    expect(text).toContain(`网址：${page.url()}`);
    await ctx.close();
  });

  it('prints the answer: no form or buttons, every folded part open, the address of the answer on paper', async () => {
    const ctx = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
    const { page } = await open('loc=snd&who=enterprise&product=innovative-drug&stage=rd&stage=clinical-2', ctx);
    expect(await page.isVisible('#finder-form')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const visible = (s: string) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility()).length;
      return {
        form: visible('#finder-form'),
        buttons: visible('button'),
        nav: visible('.site-header'),
        all: visible('#finder-all'),
        totals: visible('[data-finder-total]'),
        folded: document.querySelectorAll('.finder-group--unstated [data-finder-item]').length,
        foldedShown: visible('.finder-group--unstated [data-finder-item]'),
        steps: document.querySelectorAll('.finder-steps li').length,
        stepsShown: visible('.finder-steps li'),
        profile: document.querySelector('[data-print-profile]')?.checkVisibility()
          ? document.querySelector('[data-print-profile]')!.textContent
          : null,
        asOf: document.querySelector('[data-print-asof]')?.checkVisibility()
          ? document.querySelector('[data-print-asof]')!.textContent
          : null,
        address: document.querySelector('[data-print-url]')?.checkVisibility()
          ? document.querySelector('[data-print-url]')!.textContent
          : null,
        color: getComputedStyle(document.querySelector('[data-finder-total]')!).color,
      };
    });
    expect(state).toMatchObject({ form: 0, buttons: 0, nav: 0, all: 0, totals: 1 });
    expect(state.folded).toBeGreaterThan(0);
    expect(state.foldedShown).toBe(state.folded);
    expect(state.steps).toBeGreaterThan(0);
    expect(state.stepsShown).toBe(state.steps);
    expect(state.address).toBe(page.url());
    // On paper also the profile in words and the date the statuses hold for.
    expect(state.profile).toMatch(/^条件：注册地：苏州高新区/);
    expect(state.profile).toContain('；主体：企业；产品：1类创新药；阶段：研发、临床II期；金额：未填写');
    expect(state.asOf).toBe(
      `政策状态截至：${Number(AS_OF.slice(0, 4))}年${Number(AS_OF.slice(5, 7))}月${Number(AS_OF.slice(8))}日`,
    );
    expect(state.color).toBe('rgb(0, 0, 0)');
    const out = resolve(ROOT, 'test-output/screenshots');
    mkdirSync(out, { recursive: true });
    await page.pdf({ path: resolve(out, 'print-finder.pdf'), format: 'A4' });
    await ctx.close();
  });

  it('paints the form before its script runs, so nothing moves when it does', async () => {
    expect(await visibleBeforeScripts(browser, `${baseURL}/finder/`, '#finder-form')).toBe(true);
  });

  it('without JavaScript: the explanation, no form, and every provision reachable by stage with its clause link', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const page = await nojs.newPage();
    await page.goto(`${baseURL}/finder/?stage=clinical-2`);
    expect(await page.isVisible('#finder-form')).toBe(false);
    expect(await page.isVisible('#finder-all')).toBe(true);
    expect(await page.textContent('noscript')).toContain('计算器需要 JavaScript');
    expect(await page.textContent('#how-h')).toBe('怎样计算');
    // The page links each stage's page and the 不分阶段 page; together they list every provision that pays.
    const stagePages = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('#finder-all a')].map((a) => a.getAttribute('href')),
    );
    expect(stagePages).toContain('/stages/clinical-2/');
    expect(stagePages).toContain('/stages/none/');
    const listed = new Set<string>();
    for (const href of stagePages) {
      await page.goto(`${baseURL}${href}`);
      for (const id of await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-provision]')].map((li) => li.dataset.provision ?? ''),
      ))
        listed.add(id);
    }
    const payers = allSubsidies().filter(
      ({ s }) => !(s.eligibility?.stacking && s.eligibility.stacking.scope !== '本条款'),
    );
    expect([...listed].sort()).toEqual(payers.map(({ policy, s }) => `${policy}#${s.id}`).sort());
    const { policy, s } = payers.find((x) => x.s.id === 'sub3' && x.policy === WUXI)!;
    await page.goto(`${baseURL}/stages/clinical-2/`);
    expect(await page.getAttribute(`[data-provision="${policy}#${s.id}"] a`, 'href')).toBe(
      `/policies/${policy}/#${s.clause}`,
    );
    await nojs.close();
  });

  it('states its count of provisions and why it differs from the comparison page', async () => {
    const { page } = await open('');
    const all = allSubsidies();
    const rules = all.filter(({ s }) => s.eligibility?.stacking && s.eligibility.stacking.scope !== '本条款');
    const how = await page.textContent('.finder-how');
    expect(how).toContain(`各地共 ${all.length} 项扶持条款`);
    expect(how).toContain(`其中 ${rules.length} 项是叠加或就高规则`);
    expect(how).toContain(`其余 ${all.length - rules.length} 项参与计算`);
    await page.close();
  });
});
