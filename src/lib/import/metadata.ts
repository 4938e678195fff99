/**
 * Drafts the metadata a text states about itself (文号, issuing bodies, dates, validity, planning
 * period, title). Anything the text does not state stays null, to be shown as 未载明. Full-width
 * digits and ASCII punctuation are read like their usual forms; values quoted from the text
 * (文号, title) keep its characters.
 */
import { halfWidth } from '../fold.ts';
import { readChineseNumeral } from '../chinese-numerals.ts';

export interface DraftMetadata {
  title: string | null;
  docNumber: string | null;
  /** Issuing bodies as the signature (or the notice's heading) names them. */
  issuers: string[];
  dateWritten: string | null;
  /** 印发日期 from a "…办公室  2020年5月27日印发" line. */
  datePublished: string | null;
  validUntil: string | null;
  period: { start: number | null; end: number } | null;
  kind: string | null;
}

const pad = (n: string) => n.padStart(2, '0');

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,8}[〔[［(（【]\d{4}[〕\]］)）】]\d{1,4}号/g;

/**
 * The document's own 文号 such as 苏委办发〔2021〕14号: one standing on its own line or in the
 * heading, not one cited in brackets after the title of another document (《…》（锡政发〔2023〕18号）).
 */
export function findDocNumber(text: string): string | null {
  // Matched on the half-width form, cut from the text as written (the mapping keeps every index).
  for (const m of halfWidth(text).matchAll(DOC_NUMBER)) {
    const before = text.slice(0, m.index).trimEnd();
    if (!/[（(]$/.test(before)) return text.slice(m.index, m.index + m[0].length);
  }
  return null;
}

/**
 * A line that is only a date — 2021年4月17日, ２０２１年４月１７日, 2021 年 4 月 17 日 or
 * 二〇二一年四月十七日 — as YYYY-MM-DD; null for any other line.
 */
export function dateLine(line: string): string | null {
  const text = halfWidth(line.trim());
  const m = text.match(/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/);
  if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  const cn = text.match(
    /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/,
  );
  if (!cn) return null;
  // The year digit by digit (二〇二一); month and day as numbered (十七), strictly.
  const year = String(readChineseNumeral(cn[1]!, 'lenient')).padStart(4, '0');
  const month = readChineseNumeral(cn[2]!, 'strict');
  const day = readChineseNumeral(cn[3]!, 'strict');
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${pad(String(month))}-${pad(String(day))}`;
}

/** The signing date: a line that is only a date (2021年4月17日, 二〇二一年四月十七日). */
export function findDateWritten(lines: string[]): string | null {
  for (const line of lines) {
    const date = dateLine(line);
    if (date) return date;
  }
  return null;
}

/** 有效期至2025年12月31日 / 有效期到2025-12-31 / 有效期至2025.12.31. */
export function findValidUntil(text: string): string | null {
  const m = halfWidth(text).match(
    /有效期(?:至|到|截至)\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))/,
  );
  return m ? `${m[1]}-${pad(m[2] ?? m[4]!)}-${pad(m[3] ?? m[5]!)}` : null;
}

/** A planning period in the title: （2021—2023）, （2020-2022年）, or only its end: 2025行动计划. */
export function findPeriod(written: string): { start: number | null; end: number } | null {
  const title = halfWidth(written);
  const m = title.match(/(\d{4})\s*[—–\-－~～至]\s*(\d{4})\s*年?/);
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    return end >= start ? { start, end } : null;
  }
  const single = title.match(/(20\d{2})\s*年?\s*(?:行动计划|行动方案|实施方案|计划|方案)/);
  return single ? { start: null, end: Number(single[1]) } : null;
}

const KINDS = [
  '行动计划',
  '行动方案',
  '实施方案',
  '政策意见',
  '若干意见',
  '若干措施',
  '政策措施',
  '若干政策',
  '实施意见',
  '工作清单',
  '工作要点',
  '实施细则',
  '管理办法',
  '办法',
  '政策',
  '规定',
  '规划',
  '意见',
  '措施',
  '清单',
  '方案',
  '计划',
  '要点',
];

/** The kind a title gives itself (行动计划, 政策意见, 工作清单 …). */
export function findKind(title: string): string | null {
  const kind = KINDS.find((k) => title.includes(k)) ?? null;
  if (kind === '若干意见' || kind === '意见') return title.includes('政策意见') ? '政策意见' : '意见';
  return kind === '清单' ? '工作清单' : kind;
}

/**
 * The kind a text gives itself in its own provisions when its title does not say: 本措施自印发之日起
 * 施行 → 措施, 本办法由市科技局负责解释 → 办法. Null when it never names itself.
 */
export function findSelfKind(text: string): string | null {
  const m = text.match(
    /本(行动计划|行动方案|实施方案|实施意见|实施细则|若干措施|若干政策|政策措施|管理办法|办法|意见|方案|计划|措施|政策|规定|细则)(?:自|由|适用|所称|有效|中|执行|施行|从|未尽|与)/,
  );
  return m ? m[1]! : null;
}

/**
 * A title carried by the text's file name when the text has no title line: 常州市促进生物医药产业
 * 发展若干政策.txt. Only a name that reads like a title (Chinese, naming its kind) counts.
 */
export function titleFromFileName(fileName: string): string | null {
  const name = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .trim();
  const han = name.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
  return han >= 6 && han / name.length > 0.6 && findKind(name) ? name.replace(/\s+/g, '') : null;
}

/** A line that is only a bracketed planning period: （2024—2026年）, (2024-2026). */
const PERIOD_LINE = /^\s*[（(]\s*\d{4}\s*[—–\-－~～至]\s*\d{4}\s*年?\s*[）)]\s*$/;

/** The document's own title: the longest early line naming a plan, opinion or list (not the notice). */
export function findTitle(lines: string[]): string | null {
  const early = lines.slice(0, 20).map((l) => l.trim());
  const isTitle = (l: string) =>
    l.length >= 8 && l.length <= 80 && !/[。：:，,；;]$/.test(l) && !/通知$/.test(l) && Boolean(findKind(l));
  for (let i = 0; i < early.length; i++) {
    const line = early[i]!;
    if (!isTitle(line)) continue;
    // A title broken over two lines: "太仓市推进…发展" / "2025行动计划".
    const before = early[i - 1];
    let joined =
      before &&
      !/[。：:，,；;）)]$/.test(before) &&
      !findKind(before) &&
      !/^\d{4}年/.test(before) &&
      !/^附件/.test(before)
        ? before + line
        : line;
    // Its planning period on a line of its own: "…三年行动方案" / "(2024-2026年)".
    const after = early[i + 1];
    if (after && PERIOD_LINE.test(halfWidth(after))) joined += after;
    return joined.replace(/\s+/g, '');
  }
  return null;
}

/** 印发日期: "苏州高新区（虎丘区）党政办公室  2020年5月27日印发". */
export function findDatePublished(lines: string[]): string | null {
  for (const line of lines) {
    const m = halfWidth(line).match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*印发\s*$/);
    if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  }
  return null;
}

/** A line that is only the name of a government body: 苏州市人民政府, 中共苏州市委办公室. */
const BODY =
  /^[\u4e00-\u9fa5（）()]{3,30}(?:人民政府|政府|委员会|管委会|办公室|办公厅|党委|市委|区委|县委|局|厅|委|部|中心)$/;

/**
 * The issuing bodies: the lines naming bodies just above the signing date, else the bodies the
 * text is signed with at its end (Wuxi: 无锡市人民政府 without a date).
 */
export function findIssuers(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim()).filter(Boolean);
  const dateAt = trimmed.findIndex((l) => dateLine(l) !== null);
  const above = (end: number) => {
    const found: string[] = [];
    for (let i = end - 1; i >= 0 && BODY.test(trimmed[i]!); i--) found.unshift(trimmed[i]!);
    return found;
  };
  if (dateAt > 0) {
    const found = above(dateAt);
    if (found.length) return found;
  }
  return above(trimmed.length);
}

export function draftMetadata(source: string): DraftMetadata {
  const lines = source.split(/\r?\n/).filter((l) => l.trim());
  const title = findTitle(lines);
  return {
    title,
    docNumber: findDocNumber(lines.slice(0, 10).join('\n')),
    issuers: findIssuers(lines),
    dateWritten: findDateWritten(lines.slice(0, 25)) ?? findDateWritten(lines.slice(-5)),
    datePublished: findDatePublished(lines.slice(0, 25)),
    validUntil: findValidUntil(source),
    period: title ? findPeriod(title) : null,
    kind: (title ? findKind(title) : null) ?? findSelfKind(source),
  };
}
