/**
 * /finder/ in Chromium: realistic projects give, per city, the provisions their clauses name with
 * the figures those clauses yield (expectations computed here from the frontmatter's numbers and
 * checked against the quotes, never copied from the finder's output); the selection round-trips
 * through the address; nothing is requested from anywhere while the reader types; and without
 * JavaScript the page explains itself and lists every provision by stage.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { allSubsidies, city, matchIds, rawSubsidy, shownResults, subsidiesNaming, type ShownCity } from './helpers.ts';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const WUXI = 'wuxi-biomed-policy-opinions';
const SUZHOU = 'suzhou-biomed-chain-2021-2023';
const SND = 'suzhou-snd-meddevice-biomed-2020-2022';
const TAICANG = 'taicang-biomed-cluster-2025';
const KUNSHAN = 'kunshan-nucleic-acid-cluster-worklist';
const squash = (s: string) => s.replace(/\s+/g, '');

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

async function open(query: string): Promise<Opened> {
  const page = await context.newPage();
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

const item = (c: ShownCity, policy: string, id: string) => {
  const found = c.items.find((i) => i.id === `${policy}#${id}`);
  if (!found)
    throw new Error(`${policy}#${id} not shown for ${c.region}; shown: ${c.items.map((i) => i.id).join(', ')}`);
  return found;
};

describe('/finder/: realistic projects', () => {
  it('1类创新药 in II期 clinical trials, 研发投入 3000万元, an enterprise', async () => {
    const { page, errors } = await open('stage=clinical-2&product=innovative-drug&who=enterprise&rd=3000');
    const cities = await shownResults(page);

    // 无锡（三）1.: 不超过研发投入的25%, II期 最高1200万元 → min(3000 × 25%, 1200).
    const s3 = rawSubsidy(WUXI, 'sub3');
    expect(squash(s3.quote)).toContain('不超过研发投入的25%，最高分别为600万元、1200万元和3500万元');
    const ii = s3.tiers!.find((t) => t.label.startsWith('II期'))!;
    const expected = Math.min((3000 * (s3.ratePct as number)) / 100, ii.maxAmountWan!);
    const wuxi = city(cities, 'wuxi');
    const shown = item(wuxi, WUXI, 'sub3');
    expect(shown.amount).toBe(expected);
    expect(shown.amountText).toBe(`最高 ${expected}万元`);
    expect(shown.href).toBe(`/policies/${WUXI}/#${s3.clause}`);
    expect(shown.steps).toContain(`“${ii.label}”档最高 ${ii.maxAmountWan}万元`);
    expect(shown.steps).toContain(`不超过研发投入的 25%：3000万元 × 25% = ${expected}万元`);
    // 改良型新药 (（三）2.) is another product; I期-only or registration provisions are other stages.
    expect(matchIds(wuxi)).not.toContain(`${WUXI}#sub4`);
    expect(wuxi.warnings.join('')).toContain('有效期至 2025年12月31日，已失效');

    // 苏州高新区: 新药开展临床实验 最高250万元.
    const snd = rawSubsidy(SND, 'sub11');
    expect(squash(snd.quote)).toContain('新药开展临床实验和研究，分别予以最高250万元和400万元的资助');
    expect(item(city(cities, 'snd'), SND, 'sub11').amount).toBe(snd.tiers![0]!.maxAmountWan);

    // 太仓: 一类创新药按临床试验I、Ⅱ、Ⅲ期择优支持 — named, no amount in the text.
    const taicang = item(city(cities, 'taicang'), TAICANG, 'sub10');
    expect([taicang.level, taicang.amount, taicang.amountText]).toEqual(['match', null, '未载明金额']);
    expect(matchIds(city(cities, 'taicang'))).not.toContain(`${TAICANG}#sub11`);
    // 苏州市: 在国内开展临床试验的新药 分阶段资助; 昆山市: 对创新药临床试验予以资源倾斜.
    expect(matchIds(city(cities, 'suzhou'))).toContain(`${SUZHOU}#sub7`);
    expect(matchIds(city(cities, 'kunshan'))).toContain(`${KUNSHAN}#sub1`);
    expect(city(cities, 'suzhou').warnings.join('')).toContain('规划期 2021—2023 已结束');

    // Every provision whose clause names II期 and (an umbrella of) 1类创新药 — and no beneficiary other than 企业 — is shown as a match.
    const named = subsidiesNaming('stages', '临床II期').filter(({ s }) => {
      const p = s.eligibility?.products ?? [];
      const b = s.eligibility?.beneficiaries ?? [];
      return (!b.length || b.includes('企业')) && (p.includes('1类创新药') || p.includes('新药') || p.includes('药品'));
    });
    const allMatches = cities.flatMap(matchIds);
    expect(named.length).toBeGreaterThanOrEqual(5);
    for (const { policy, s } of named) expect(allMatches).toContain(`${policy}#${s.id}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a first 三类医疗器械 registration (研发投入 1000万元), then the same as an innovative device (研发投入 3000万元)', async () => {
    const { page } = await open('stage=registration&product=device-3&who=enterprise&rd=1000');
    let cities = await shownResults(page);
    // 无锡（三）4.: 三类 按实际投入研发费用不超过20%，每个品种最高300万元 → min(1000 × 20%, 300) = 200.
    const s6 = rawSubsidy(WUXI, 'sub6');
    const class3 = s6.tiers!.find((t) => t.label === '三类医疗器械')!;
    expect(squash(s6.quote)).toContain('三类医疗器械按实际投入研发费用不超过20%，每个品种最高300万元的资助');
    expect(item(city(cities, 'wuxi'), WUXI, 'sub6').amount).toBe(
      Math.min((1000 * class3.ratePct!) / 100, class3.maxAmountWan!),
    );
    // The raise for innovative devices does not apply to a plain class III device.
    expect(matchIds(city(cities, 'wuxi'))).not.toContain(`${WUXI}#sub7`);
    // 苏州高新区: 新取得医疗器械注册证书的第三类医疗器械产品 最高不超过300万元.
    const snd = rawSubsidy(SND, 'sub10');
    expect(item(city(cities, 'snd'), SND, 'sub10').amount).toBe(
      snd.tiers!.find((t) => t.label.includes('第三类'))!.maxAmountWan,
    );
    // 太仓: 获批二、三类医疗器械注册产品证 给予支持; 苏州: 取得注册证的第二、三类医疗器械 研发费资助.
    expect(matchIds(city(cities, 'taicang'))).toContain(`${TAICANG}#sub12`);
    expect(matchIds(city(cities, 'suzhou'))).toEqual(expect.arrayContaining([`${SUZHOU}#sub8`, `${SUZHOU}#sub2`]));
    expect(matchIds(city(cities, 'suzhou'))).not.toContain(`${SUZHOU}#sub9`);

    // Now an innovative device: “单个品种资助上限再提高100万元” lifts the 300万元 maximum to 400万元.
    await page.check('input[name="product"][value="device-innovative"]');
    await page.fill('input[name="rd"]', '3000');
    await page.click('#finder-form button[type="submit"]');
    cities = await shownResults(page);
    const raise = rawSubsidy(WUXI, 'sub7');
    expect(squash(raise.quote)).toContain('单个品种资助上限再提高100万元');
    const wuxi = city(cities, 'wuxi');
    expect(item(wuxi, WUXI, 'sub6').amount).toBe(
      Math.min((3000 * class3.ratePct!) / 100, class3.maxAmountWan! + raise.raiseByWan!),
    );
    expect(item(wuxi, WUXI, 'sub7').amountText).toBe('上限再提高 100万元');
    // The raise is counted once, inside sub6, and the sum stays under “单个企业每年最高资助600万元”.
    expect(item(wuxi, WUXI, 'sub6').steps).toContain('年度上限（原文“单个企业每年最高资助600万元”）：400万元 未超过');
    // 太仓: 进入国家创新医疗器械特别审查程序且在太仓转化的产品择优给予支持.
    expect(matchIds(city(cities, 'taicang'))).toContain(`${TAICANG}#sub13`);
    await page.close();
  });

  it('a headquarters settling (总部落户), 实收注册资本 2亿元', async () => {
    const { page } = await open('stage=settle&who=enterprise&capital=20000');
    const cities = await shownResults(page);
    // 无锡（十六）: 实收注册资本1亿元（含）~5亿元的，按不超过实收注册资本2%的标准给予落户奖励 → 2亿 × 2% = 400万元.
    const s46 = rawSubsidy(WUXI, 'sub46');
    expect(squash(s46.quote)).toContain('实收注册资本1亿元（含）~5亿元的，按不超过实收注册资本2%的标准给予落户奖励');
    const tier = s46.tiers!.find((t) => t.label.includes('1亿元（含）~5亿元'))!;
    const h = item(city(cities, 'wuxi'), WUXI, 'sub46');
    expect(h.amount).toBe((20000 * tier.ratePct!) / 100);
    expect(h.steps).toContain('档次：“实收注册资本1亿元（含）~5亿元”');
    // 设立总部 in 太仓, 苏州高新区 (全球行业50强、中国20强 设立地区总部) and 苏州市 (设立地区总部或研发中心, 一事一议).
    expect(matchIds(city(cities, 'taicang'))).toContain(`${TAICANG}#sub4`);
    expect(matchIds(city(cities, 'snd'))).toEqual(expect.arrayContaining([`${SND}#sub22`, `${SND}#sub2`]));
    const suzhou = item(city(cities, 'suzhou'), SUZHOU, 'sub1');
    expect([suzhou.amount, suzhou.amountText]).toEqual([null, '一事一议']);
    // Talent programmes are for 人才团队, not an enterprise.
    expect(matchIds(city(cities, 'wuxi'))).not.toContain(`${WUXI}#sub60`);
    await page.close();
  });

  it('a talent team (人才团队): every provision whose clause names talents, largest first', async () => {
    const { page } = await open('who=talent');
    const cities = await shownResults(page);
    const named = subsidiesNaming('beneficiaries', '人才团队');
    const shown = cities.flatMap(matchIds);
    expect(shown.sort()).toEqual(named.map(({ policy, s }) => `${policy}#${s.id}`).sort());
    // 无锡（二十二）: 顶尖人才团队 按“一事一议”给予最高1亿元; 创业领军 1000万元; 创新领军 500万元 — in that order.
    const wuxi = city(cities, 'wuxi').items.filter((i) => i.level === 'match');
    const order = wuxi.map((i) => i.id);
    expect(order.indexOf(`${WUXI}#sub62`)).toBeLessThan(order.indexOf(`${WUXI}#sub60`));
    expect(order.indexOf(`${WUXI}#sub60`)).toBeLessThan(order.indexOf(`${WUXI}#sub61`));
    expect(wuxi.find((i) => i.id === `${WUXI}#sub62`)!.amount).toBe(rawSubsidy(WUXI, 'sub62').maxAmountWan);
    // 太仓: 顶尖人才团队 最高1亿元.
    expect(item(city(cities, 'taicang'), TAICANG, 'sub15').amountText).toBe('最高 1亿元');
    await page.close();
  });
});

describe('/finder/: the address, requests and the page without JavaScript', () => {
  it('the selection made in the form is in the address, and reopening the address restores it and the answer', async () => {
    const { page } = await open('');
    await page.selectOption('select[name="stage"]', 'industrialization');
    await page.check('input[name="product"][value="device-2"]');
    await page.check('input[name="product"][value="device-3"]');
    await page.selectOption('select[name="who"]', 'enterprise');
    await page.fill('input[name="investment"]', '8000');
    await page.fill('input[name="equipment"]', '3000');
    await page.click('#finder-form button[type="submit"]');
    const url = new URL(page.url());
    expect(url.search).toBe(
      '?stage=industrialization&product=device-3&product=device-2&who=enterprise&equipment=3000&investment=8000',
    );
    const before = await shownResults(page);
    // 无锡（十一）: 二、三类医疗器械 总投资5000万元~1亿元 最高不超过500万元 — 8000万元 is in range.
    expect(item(city(before, 'wuxi'), WUXI, 'sub33').amount).toBe(rawSubsidy(WUXI, 'sub33').maxAmountWan);
    expect(matchIds(city(before, 'wuxi'))).not.toContain(`${WUXI}#sub34`);

    const again = await context.newPage();
    await again.goto(url.href, { waitUntil: 'networkidle' });
    expect(await again.inputValue('select[name="stage"]')).toBe('industrialization');
    expect(await again.isChecked('input[name="product"][value="device-2"]')).toBe(true);
    expect(await again.isChecked('input[name="product"][value="device-3"]')).toBe(true);
    expect(await again.inputValue('input[name="investment"]')).toBe('8000');
    expect(await shownResults(again)).toEqual(before);
    await again.close();
    await page.close();
  });

  it('a shared address in another order or with unknown terms opens the same selection, written canonically', async () => {
    const { page } = await open('rd=3000&who=enterprise&x=1&product=innovative-drug&stage=clinical-2&product=nonsense');
    expect(new URL(page.url()).search).toBe('?stage=clinical-2&product=innovative-drug&who=enterprise&rd=3000');
    expect(await page.inputValue('input[name="rd"]')).toBe('3000');
    await page.close();
  });

  it('nothing leaves the page: only this origin is asked for anything, and no request carries what was typed', async () => {
    const { page, requests, errors } = await open('stage=clinical-2&product=innovative-drug');
    const sent: { url: string; referer: string | undefined; method: string; body: string | null }[] = [];
    page.on('request', (r) =>
      sent.push({ url: r.url(), referer: r.headers().referer, method: r.method(), body: r.postData() }),
    );
    expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
    await page.fill('input[name="rd"]', '123456');
    await page.fill('input[name="salary"]', '88');
    await page.selectOption('select[name="who"]', 'talent');
    await page.click('#finder-form button[type="submit"]');
    await page.waitForTimeout(400);
    expect(page.url()).toContain('rd=123456');
    // Chromium refetches the site's own favicon when the address changes; nothing else is asked for, and nothing carries the input.
    expect(sent.filter((r) => new URL(r.url).pathname !== '/favicon.svg')).toEqual([]);
    for (const r of sent) {
      expect(new URL(r.url).origin).toBe(origin);
      expect([r.method, r.body, r.url.includes('123456'), r.referer ?? '']).toEqual(['GET', null, false, '']);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript: the explanation, no form, and every provision listed by stage with its clause link', async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const page = await nojs.newPage();
    await page.goto(`${baseURL}/finder/?stage=clinical-2`);
    expect(await page.isVisible('#finder-form')).toBe(false);
    expect(await page.isVisible('#finder-all')).toBe(true);
    expect(await page.textContent('noscript')).toContain('计算器需要 JavaScript');
    expect(await page.textContent('#how-h')).toBe('怎样计算');
    const listed = await page.evaluate(() => [
      ...new Set(
        [...document.querySelectorAll<HTMLElement>('#finder-all [data-provision]')].map((li) => li.dataset.provision),
      ),
    ]);
    const payers = allSubsidies().filter(
      ({ s }) => !(s.eligibility?.stacking && s.eligibility.stacking.scope !== '本条款'),
    );
    expect(listed.sort()).toEqual(payers.map(({ policy, s }) => `${policy}#${s.id}`).sort());
    // Each lists its clause: /policies/<policy>/#<clause>.
    const { policy, s } = payers.find((x) => x.s.id === 'sub3' && x.policy === WUXI)!;
    expect(await page.getAttribute(`#stage-clinical-2 [data-provision="${policy}#${s.id}"] a`, 'href')).toBe(
      `/policies/${policy}/#${s.clause}`,
    );
    await nojs.close();
  });
});
