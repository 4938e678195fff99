/**
 * Keyboard only: on every kind of page, pressing Tab from the top reaches every visible control
 * (link, button, field, disclosure) in document order, and each one, when it has focus, shows it
 * — an outline or a box shadow, not hidden, not transparent, on screen.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { pageTypes, type PageType } from '../helpers/page-types.ts';

const baseURL = inject('baseURL');
const types = pageTypes(inject('siteDir'));
const MAX_STEPS = 4000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Numbers the controls a keyboard user must be able to reach; returns how many there are. */
function markControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    let controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) =>
        el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
    );
    // A radio group is one tab stop (its checked radio, else its first); arrow keys move inside it.
    const radios = new Map<string, HTMLInputElement[]>();
    for (const el of controls)
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const key = `${el.form ? [...document.forms].indexOf(el.form) : -1} ${el.name}`;
        radios.set(key, [...(radios.get(key) ?? []), el]);
      }
    const notStops = new Set<HTMLElement>();
    for (const group of radios.values()) {
      const stop = group.find((r) => r.checked) ?? group[0];
      for (const r of group) if (r !== stop) notStops.add(r);
    }
    controls = controls.filter((el) => !notStops.has(el));
    controls.forEach((el, i) => (el.dataset.kb = String(i)));
    return controls.map(
      (el) =>
        `${el.tagName.toLowerCase()} ${el.id ? `#${el.id}` : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`,
    );
  });
}

interface Focused {
  index: number | null;
  what: string;
  problem: string | null;
}

/** What has focus now, and why its focus would not be visible (null when it is). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadowed = style.boxShadow !== 'none';
    let opacity = 1;
    for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    const box = el.getBoundingClientRect();
    const onScreen =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth;
    // Not covered by something else, such as a sticky bar (WCAG 2.4.11).
    const hit = onScreen ? document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) : null;
    const covered = hit !== null && !el.contains(hit) && !hit.contains(el) ? hit : null;
    const problem = !(outlined || shadowed)
      ? `no outline or box-shadow (outline: ${style.outlineStyle} ${style.outlineWidth})`
      : opacity < 0.9
        ? `opacity ${opacity}`
        : !el.checkVisibility({ visibilityProperty: true })
          ? 'not visible'
          : !onScreen
            ? `off screen at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`
            : covered
              ? `covered by ${covered.tagName.toLowerCase()}.${String(covered.className)}`
              : null;
    return { index: el.dataset.kb === undefined ? null : Number(el.dataset.kb), what, problem };
  });
}

async function tabThrough(options: BrowserContextOptions, type: PageType) {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}${type.path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(type.status);
    await type.ready?.(page);
    const controls = await markControls(page);
    const reached = new Set<number>();
    const problems: string[] = [];
    const order: number[] = [];
    for (let step = 0; step < MAX_STEPS; step++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) {
        if (step > 0) break; // focus left the page after the last control
        continue;
      }
      if (now.index !== null) {
        if (reached.has(now.index)) break; // wrapped around
        reached.add(now.index);
        order.push(now.index);
      }
      if (now.problem) problems.push(`${now.what}: ${now.problem}`);
    }
    const missed = controls.filter((_, i) => !reached.has(i));
    expect(missed, 'controls Tab never reached').toEqual([]);
    expect(problems, 'focus not visible').toEqual([]);
    expect(order, 'Tab order follows the document').toEqual([...order].sort((a, b) => a - b));
    expect(controls.length).toBeGreaterThan(3);
  } finally {
    await context.close();
  }
}

describe('keyboard only', () => {
  it.each(types.map((t) => [t.name, t] as const))(
    'desktop %s: Tab reaches every control, focus always visible',
    async (_name, type) => {
      await tabThrough({ viewport: { width: 1280, height: 800 } }, type);
    },
    // A region page has hundreds of controls, one key press each: 27 s on a quiet machine, over a
    // minute with other builds running. Speed is the bench's business, not this test's.
    180_000,
  );

  it.each(types.filter((t) => ['home', 'policy', 'clause'].includes(t.name)).map((t) => [t.name, t] as const))(
    'phone %s: Tab reaches every control, focus always visible',
    async (_name, type) => {
      await tabThrough({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true }, type);
    },
  );
});
