/**
 * Amounts as people type them into the calculator: 3000, 3,000, ３０００ (an IME's full-width
 * digits), 3000万, 0.3亿, 3千万, 三千万, 一亿二千万, 3000元. The fields are in 万元, so a bare number
 * is 万元; a number that carries its own unit (万, 亿, 元) is converted. Whatever cannot be read is
 * an error with a Chinese message for the field — never a silently dropped value. The reading is
 * `readAmount` of src/lib/amounts.ts; this module adds the field's limit and messages.
 */
import { readAmount } from '../amounts.ts';

export type AmountInput =
  { kind: 'empty' } | { kind: 'ok'; wan: number } | { kind: 'error'; message: string; code: AmountErrorCode };

export type AmountErrorCode = 'negative' | 'range' | 'percent' | 'too-large' | 'unreadable';

/** More than 10万亿元 is a typo of the unit, not an amount a company spends. */
export const MAX_WAN = 1e9;

const HELP = '请填写一个数（单位：万元），如 3000、3,000、3000万、0.3亿、三千万';

export const AMOUNT_MESSAGES: Record<AmountErrorCode, string> = {
  negative: '金额不能为负数',
  range: `请只填一个数，不要填范围。${HELP}`,
  percent: `这里填金额，不是比例。${HELP}`,
  'too-large': '数额过大（超过10万亿元），请检查单位',
  unreadable: `无法识别。${HELP}`,
};

/** Reads one amount field (`readAmount`, src/lib/amounts.ts); the result is in 万元. */
export function parseAmount(raw: string): AmountInput {
  const read = readAmount(raw);
  if (read.kind === 'empty') return read;
  const fail = (code: AmountErrorCode): AmountInput => ({ kind: 'error', code, message: AMOUNT_MESSAGES[code] });
  if (read.kind === 'error') return fail(read.code);
  if (read.wan > MAX_WAN) return fail('too-large');
  return read;
}
