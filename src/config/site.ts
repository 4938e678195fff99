/**
 * Site-wide constants and the wording that depends on the corpus, in one place: pages, feeds and
 * browser scripts import them instead of writing the site name or "五份政策" by hand (wrong the day
 * a sixth policy lands). Nothing here reads the content: pages pass the counts in. The site's public
 * address is a build setting (SITE_URL, src/lib/site-url.ts), not a constant.
 */
import { writeCount } from '../lib/chinese-numerals.ts';

/** The site's name, as the masthead, titles, feed and citations show it. */
export const SITE_NAME = '苏锡生物医药政策库';

/**
 * The field every policy here belongs to, as readers write it beside what they look for (无锡
 * 生物医药 MAH): a word every document is about narrows nothing, and the clause that answers seldom
 * repeats it, so search does not require it beside another topic (plan.ts `understand`).
 */
export const SITE_FIELD = ['生物医药'] as const;

/** The language of every page (Pagefind builds one zh-cn index from it). */
export const SITE_LANG = 'zh-CN';

/**
 * "五份政策", "两份政策", "12 份政策": a count of policies as running text writes it — Chinese
 * numerals up to ten, digits above (`writeCount`).
 */
export function policyCount(n: number, noun = '政策'): string {
  return `${writeCount(n, '份')}${noun}`;
}

/** The description of a page that writes none of its own, for `policies` published policies. */
export function siteDescription(policies: number): string {
  return `${policyCount(policies, '生物医药产业政策')}的全文、条款、发展目标与扶持标准：每一条款可引用，数据可比较、可下载。`;
}
