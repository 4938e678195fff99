/**
 * /finder/ as a new user meets it on a phone (390 × 844, touch) in Chromium: the form in the order
 * people decide (location, type, products, stages, then the role and amounts that matter for
 * them, the rest folded), help that a tap opens, the answer's headline on screen and focused after
 * 计算, the status of the counted policies in the headline itself, and no raw parameter IDs in
 * the text a reader sees. Expectations come from the frontmatter and the vocabularies, not from
 * the calculator's output.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AMOUNT_BASES,
  BENEFICIARY_TYPES,
  LIFECYCLE_STAGES,
  PRODUCT_KINDS,
} from '../../src/schemas/eligibility-vocab.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { AS_OF } from '../helpers/paths.ts';
import { contentFiles } from '../helpers/site.ts';
import { shownAnswers } from './helpers.ts';

const baseURL = inject('baseURL');
const PHONE = { width: 390, height: 844 };
const files = contentFiles();

let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
});
afterAll(async () => {
  await phone?.close();
  await browser?.close();
});

async function open(query: string, ctx = phone): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseURL}/finder/${query ? `?${query}` : ''}`, { waitUntil: 'networkidle' });
  await page.locator('#finder-form').waitFor({ state: 'visible' });
  return { page, errors };
}

/** The amount fields a reader sees without unfolding anything. */
const visibleAmounts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.amount input')]
      .filter((i) => i.checkVisibility())
      .map((i) => i.name),
  );

describe('the form in the order people decide', () => {
  it('location, type, products, stages come first, then the role, then amounts — on screen top to bottom and in tab order', async () => {
    // 无锡（十二） pays the 委托方 of outsourced manufacturing of 药品: the role is asked for this profile.
    const { page, errors } = await open('loc=wuxi&who=enterprise&product=innovative-drug&stage=industrialization');
    const order = await page.evaluate(() => {
      const first = [
        'select[name="loc"]',
        'select[name="who"]',
        'input[name="product"]',
        'input[name="stage"]',
        'input[name="role"]',
        '.amount:not([hidden]) input',
        'button[type="submit"]',
      ].map((s) => document.querySelector<HTMLElement>(`#finder-form ${s}`)!);
      const all = [...document.querySelectorAll('#finder-form select, #finder-form input, #finder-form button')];
      return first.map((e) => ({
        name: e.getAttribute('name') ?? e.textContent,
        top: e.getBoundingClientRect().top,
        index: all.indexOf(e),
        visible: e.checkVisibility(),
      }));
    });
    expect(order.map((o) => o.visible)).toEqual(order.map(() => true));
    for (let i = 1; i < order.length; i++) {
      expect(order[i]!.top, `${order[i]!.name} below ${order[i - 1]!.name}`).toBeGreaterThan(order[i - 1]!.top);
      expect(order[i]!.index, `${order[i]!.name} after ${order[i - 1]!.name} in tab order`).toBeGreaterThan(
        order[i - 1]!.index,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a new user is asked no amount up front; the amounts follow the choices, the rest folded under 其他金额', async () => {
    const { page, errors } = await open('');
    expect(await visibleAmounts(page)).toEqual([]);
    // All twelve are reachable, folded.
    expect(await page.textContent('[data-amounts-more] > summary')).toBe('其他金额（可选）');
    await page.tap('[data-amounts-more] > summary');
    expect((await visibleAmounts(page)).sort()).toEqual(AMOUNT_BASES.map((b) => b.id).sort());
    await page.tap('[data-amounts-more] > summary');

    // A 1类创新药 in Phase II: 无锡（三）1. computes from that phase's R&D.
    await page.selectOption('select[name="loc"]', 'wuxi');
    await page.selectOption('select[name="who"]', 'enterprise');
    await page.tap('input[name="product"][value="innovative-drug"]');
    await page.tap('input[name="stage"][value="clinical-2"]');
    await page.locator('input[name="rd.clinical-2"]').waitFor({ state: 'visible' });
    const shown = await visibleAmounts(page);
    expect(shown).toEqual(expect.arrayContaining(['rd', 'rd.clinical-2']));
    // Phase I was not picked; registered capital (落户设立), salary (人才), 委托 amounts (产业化) do not apply.
    for (const name of ['rd.clinical-1', 'capital', 'salary', 'transaction']) expect(shown).not.toContain(name);
    expect(shown.length).toBeLessThanOrEqual(6);
    // No role in clinical trials here.
    expect(await page.isVisible('[data-part="role"]')).toBe(false);

    // Industrialization brings the 委托方/受托方 choice (无锡（十二） 给予委托方) and the 委托 amount.
    await page.tap('input[name="stage"][value="industrialization"]');
    await page.locator('[data-part="role"]').waitFor({ state: 'visible' });
    expect(await visibleAmounts(page)).toContain('transaction');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a talent team or an investor has no product and stage pickers; a stage in the address stays, shown and ticked', async () => {
    const { page } = await open('loc=wuxi');
    await page.selectOption('select[name="who"]', 'talent');
    await page.locator('[data-part="products"]').waitFor({ state: 'hidden' });
    expect(await page.isVisible('[data-part="stages"]')).toBe(false);
    // 无锡（二十三） computes from the annual salary.
    expect(await visibleAmounts(page)).toContain('salary');
    await page.selectOption('select[name="who"]', 'investor');
    await page.locator('input[name="invested"]').waitFor({ state: 'visible' });
    expect(await visibleAmounts(page)).not.toContain('salary');
    await page.close();

    const settled = await open('loc=taicang&who=talent&stage=settle');
    expect(await settled.page.isVisible('[data-part="products"]')).toBe(false);
    expect(await settled.page.isVisible('[data-part="stages"]')).toBe(true);
    expect(await settled.page.isChecked('input[name="stage"][value="settle"]')).toBe(true);
    expect(new URL(settled.page.url()).searchParams.getAll('stage')).toEqual(['settle']);
    await settled.page.close();
  });

  it('an amount in the address is always shown, even one no provision of the profile reads', async () => {
    const { page } = await open('loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-2&salary=50');
    expect(await visibleAmounts(page)).toContain('salary');
    expect(await page.inputValue('input[name="salary"]')).toBe('50');
    await page.close();
  });
});

describe('help that a tap opens', () => {
  it('each amount has its help as text under it; the type picker says what the chosen type covers', async () => {
    const { page } = await open('loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-2');
    const rd = AMOUNT_BASES.find((b) => b.id === 'rd')!;
    expect(await page.isVisible('#f-amt-rd-help')).toBe(true);
    expect(await page.textContent('#f-amt-rd-help')).toBe(rd.note);
    expect(await page.getAttribute('input[name="rd"]', 'aria-describedby')).toContain('f-amt-rd-help');
    const talent = BENEFICIARY_TYPES.find((b) => b.id === 'talent')!;
    await page.selectOption('select[name="who"]', 'talent');
    await expect.poll(() => page.textContent('#f-who-help')).toBe(`${talent.name}：${talent.note}`);
    // No help lives only in a hover tooltip.
    expect(await page.locator('#finder-form [title]').count()).toBe(0);
    await page.close();
  });

  it('the notes of the stages and products open with a tap, and with the keyboard', async () => {
    const { page } = await open('');
    const growth = LIFECYCLE_STAGES.find((s) => s.id === 'growth')!;
    const note = page.locator('#f-stage-growth-note');
    const toggle = page.locator('[data-part="stages"] .help-toggle');
    expect(await note.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.tap();
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(growth.note);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.tap();
    expect(await note.isVisible()).toBe(false);

    const productToggle = page.locator('[data-part="products"] .help-toggle');
    await productToggle.focus();
    await page.keyboard.press('Enter');
    const device = PRODUCT_KINDS.find((p) => p.id === 'device-innovative')!;
    expect(await page.isVisible('#f-product-device-innovative-note')).toBe(true);
    expect(await page.textContent('#f-product-device-innovative-note')).toBe(device.note);
    await page.close();
  });
});

describe('the answer in view, its status in the headline', () => {
  it('on a phone, after 计算 the first headline is on screen and has the focus', async () => {
    const { page, errors } = await open('');
    await page.selectOption('select[name="loc"]', 'wuxi');
    await page.selectOption('select[name="who"]', 'enterprise');
    await page.tap('input[name="product"][value="innovative-drug"]');
    await page.tap('input[name="stage"][value="clinical-2"]');
    await page.locator('input[name="rd.clinical-2"]').waitFor({ state: 'visible' });
    await page.locator('input[name="rd.clinical-2"]').tap();
    await page.keyboard.type('3000');
    await page.locator('#finder-form button[type="submit"]').scrollIntoViewIfNeeded();
    // The button is well below the answer's place on a phone: before 计算 the headline is off screen.
    await page.tap('#finder-form button[type="submit"]');
    await page.waitForURL(/rd\.clinical-2=3000/);
    const seen = await page.evaluate(() => {
      const h = document.querySelector<HTMLElement>('[data-finder-total] h2')!;
      const box = h.getBoundingClientRect();
      return {
        top: box.top,
        bottom: box.bottom,
        height: window.innerHeight,
        focused: document.activeElement === h,
        text: h.textContent,
      };
    });
    expect(seen.height).toBe(PHONE.height);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(PHONE.height);
    // At the top, with the answer under it — not at the bottom edge, where focus() alone leaves it (top ≈ 788 here).
    expect(seen.top).toBeLessThan(PHONE.height / 4);
    expect(seen.focused).toBe(true);
    expect(seen.text).toContain('最高可申请约');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counted provisions from lapsed policies: the headline itself says 按已失效政策推算，仅供参考; contract 5 unchanged', async () => {
    const wuxi = files.find((f) => f.frontmatter.region === 'wuxi')!;
    // The test build is as of AS_OF; 无锡's text states its own end date before it.
    expect(String(wuxi.frontmatter.validUntil) < AS_OF).toBe(true);
    const { page } = await open('loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-2&rd.clinical-2=3000');
    const [a] = await shownAnswers(page);
    expect(a!.region).toBe('wuxi');
    expect(a!.total).toBeGreaterThan(0);
    expect(a!.heading).toContain('按已失效政策推算，仅供参考');
    // The total is still the sum of the counted items (contract 5), whatever the headline says.
    const sum = a!.items.filter((i) => i.counted).reduce((t, i) => t + i.amount!, 0);
    expect(Math.round(sum * 100) / 100).toBe(a!.total);
    expect(await page.getAttribute('[data-finder-total]', 'data-amount-wan')).toBe(String(a!.total));
    // The one line above the form says it too.
    expect(await page.textContent('[data-finder-status]')).toContain('（按已失效政策推算，仅供参考）');
    await page.close();
  });

  it('a total with nothing counted carries no status, and the status of 昆山’s undated list is not called lapsed', async () => {
    const kunshan = files.find((f) => f.frontmatter.region === 'kunshan')!;
    expect(kunshan.frontmatter.validUntil ?? null).toBeNull();
    const { page } = await open('who=enterprise&stage=industrialization');
    const answers = await shownAnswers(page);
    for (const a of answers) {
      if (a.total === 0) expect(a.heading, a.region).not.toContain('仅供参考');
      else expect(a.heading, a.region).toMatch(/按(已失效|未载明有效期的|已失效或未载明有效期的)政策推算，仅供参考$/);
    }
    await page.close();
  });
});

describe('Chinese everywhere a reader looks', () => {
  it('no parameter ID (rd, rd.clinical-1, clinical-2 …) in the visible text of the form, notices and answer', async () => {
    const { page } = await open(
      'loc=wuxi&who=enterprise&product=innovative-drug&stage=clinical-1&stage=clinical-2&rd.clinical-1=abc&rd.clinical-2=3000',
    );
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.help-toggle').forEach((b) => b.click()));
    const text = await page.evaluate(() => document.querySelector<HTMLElement>('suxi-finder')!.innerText);
    const ids = [...AMOUNT_BASES.map((b) => b.id), ...LIFECYCLE_STAGES.map((s) => s.id)];
    const raw = new RegExp(`(?<![\\w/.-])(${ids.join('|')})(\\.[a-z0-9-]+)?(?![\\w-])`, 'g');
    expect(text.match(raw) ?? []).toEqual([]);
    // The amount that could not be read is named by its label.
    expect(await page.textContent('[data-finder-notices]')).toContain('研发投入（临床I期）“abc”');
    await page.close();
  });
});
