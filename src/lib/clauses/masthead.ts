/**
 * How the lines around a text's body are set: the 红头 (issuing office's 文件 line, 文号, the
 * notice's and the plan's titles) centred as the original prints them, the signatures and dates
 * flush to the end. Only lines that are not sentences (hasControl: nobody cites them) are set
 * apart; the decision is made from the words, so a sentence of the body is never centred.
 */
import { hasControl } from './controls.ts';

export type LineAlign = 'masthead' | 'title' | 'signature';

export interface MastheadMeta {
  title: string;
  docNumber: string | null;
  issuers: string[];
}

const squash = (s: string) => s.replace(/\s+/g, '');
const DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;
const DOC_NUMBER = /^\S{1,12}〔\d{4}〕\d+号$/;

/**
 * `masthead`: the issuing office's 文件 line or the 文号; `title`: a line of the notice's or the
 * policy's title; `signature`: an issuer's name or the date under the text; null: anything else
 * (addressees, 附件, 印发 lines, every sentence).
 */
export function lineAlign(c: { kind: string; text: string }, meta: MastheadMeta): LineAlign | null {
  if (c.kind !== 'paragraph' || hasControl(c)) return null;
  const t = squash(c.text);
  if (!t || /[：:]$/.test(t)) return null;
  if (/文件$/.test(t) || DOC_NUMBER.test(t) || (meta.docNumber !== null && t === squash(meta.docNumber)))
    return 'masthead';
  if (/关于.+的(?:通知|意见|决定|批复)$/.test(t)) return 'title';
  if (t.length >= 4 && squash(meta.title).includes(t)) return 'title';
  if (DATE.test(t) || meta.issuers.some((i) => squash(i) === t)) return 'signature';
  return null;
}
