/**
 * Proposes the structured data of a newly imported policy — support amounts, development targets
 * and responsible departments — from the text of its clauses. Every proposal keeps the clause it
 * came from and the sentence it quotes: it is a draft for a maintainer to check, complete and move
 * into `subsidies` / `targets` (see CONTRIBUTING.md), never published as it stands.
 */
import type { ExtractedClause } from '../clauses/extract.ts';
import {
  matchDepartment,
  responsibleUnits,
  tableUnits,
  unitNotes,
  type DepartmentEntry,
  type RegionRef,
} from '../responsible-units.ts';
import { readAmount } from '../amounts.ts';
import { halfWidth } from '../fold.ts';
import type { DepartmentDraft, Drafts, SubsidyDraft, TargetDraft } from '../../schemas/policy.ts';

export type { DepartmentDraft, Drafts, SubsidyDraft, TargetDraft };

/** The clause fields the drafts read; `extractClauses` of the generated body supplies them. */
export type DraftClause = Pick<ExtractedClause, 'id' | 'parent' | 'ownText' | 'heading' | 'tableHeader' | 'cells'>;

export interface DraftOptions {
  /** Region chain innermost first (snd → suzhou → jiangsu); empty when the region is not in the vocabulary yet. */
  regions: RegionRef[];
  departments: DepartmentEntry[];
  /** Last year of the planning period, for 三年内 targets; null when unknown. */
  periodEnd: number | null;
}

/** Splits a clause's text into sentences (。；！？ and line ends), keeping the punctuation. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！？!?])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const SUPPORT = /给予|资助|奖励|补贴|补助|贴息|支持|扶持|予以/;
const KINDS: [RegExp, SubsidyDraft['kind']][] = [
  [/资助/, '资助'],
  [/奖励/, '奖励'],
  [/补贴/, '补贴'],
  [/补助/, '补助'],
  [/贴息/, '贴息'],
  [/扶持/, '扶持'],
];
/** Amounts that describe the beneficiary (investment, capital, salary), not the support. */
const CONDITION = /总投资|投资额|注册资本|委托金额|工资薪金|营业收入|营收|销售额|总规模|规模|超过$/;
const QUALIFIER = /最高|不超过|不高于|上限|最多/;
/** A number as printed: 300, 3.5, or with thousands separators (1,000 / 1，000). */
const NUMBER = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const AMOUNT = new RegExp(`(${NUMBER})\\s*(亿元|万元|元)`, 'g');
/** The value of a printed number (thousands separators dropped). */
const numberOf = (s: string) => Number(s.replace(/[,，]/g, ''));

/** The kind of support a sentence grants, as the schema names it. */
export function supportKind(sentence: string): SubsidyDraft['kind'] {
  if (/一事一议/.test(sentence)) return '一事一议';
  let best: { at: number; kind: SubsidyDraft['kind'] } | null = null;
  for (const [re, kind] of KINDS) {
    const at = sentence.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, kind };
  }
  if (best) return best.kind;
  if (/资金支持/.test(sentence)) return '资助';
  if (/择优/.test(sentence)) return '择优支持';
  if (/优先/.test(sentence)) return '优先支持';
  if (/支持/.test(sentence)) return '扶持';
  return null;
}

/** The stretch of a sentence before `index` back to the previous comma: where an amount's qualifiers stand. */
const segmentBefore = (sentence: string, index: number) =>
  sentence
    .slice(0, index)
    .split(/[，,；;：:]/)
    .pop() ?? '';

/**
 * The support figures one sentence states: amounts qualified by 最高/不超过 or granted outright
 * (给予20万元奖励), the rate and what it applies to, a per-entity annual cap (单个企业每年最高…),
 * a raised maximum (可上浮至) or an increase of it (上限再提高). Null when it states none.
 */
export function subsidyFigures(original: string): Omit<SubsidyDraft, 'clause' | 'quote' | 'departments'> | null {
  const sentence = halfWidth(original);
  const amounts: number[] = [];
  let annualCapWan: number | null = null;
  let raisedMaxWan: number | null = null;
  let raiseByWan: number | null = null;
  for (const m of sentence.matchAll(AMOUNT)) {
    // Read by the one amount reader, so that a draft's figure is the one the calculator would read.
    const read = readAmount(m[0]);
    if (read.kind !== 'ok') continue;
    const wan = read.wan;
    const before = segmentBefore(sentence, m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/(?:原先|原来|由原)\s*$/.test(before)) continue;
    if (/每年/.test(before) && /单个|每个|每家|每人|每年最高/.test(before)) annualCapWan = wan;
    else if (/上浮至|提高至|提高到|提升至/.test(before)) raisedMaxWan = wan;
    else if (/再提高|提高$/.test(before)) raiseByWan = wan;
    // The later amounts of 最高分别为600万元、1200万元 stand after the first one, not after 最高.
    else if (QUALIFIER.test(before) || (/分别(?:为|给予)?[^，。；,;]*$/.test(before) && amounts.length > 0))
      amounts.push(wan);
    else if (CONDITION.test(before) || /^(?:[（(]含[）)])?\s*(?:[~～—\-至]|以上|以下|及以上|的)/.test(after)) continue;
    else if (
      /给予|予以|奖励|资助|补贴|补助/.test(before) ||
      /^[^，。；,;]{0,6}(?:资助|奖励|补贴|补助|支持|扶持)/.test(after)
    )
      amounts.push(wan);
  }
  let ratePct: SubsidyDraft['ratePct'] = null;
  let rateBase: string | null = null;
  const range = sentence.match(/(\d+(?:\.\d+)?)\s*%?\s*[~～—–\-－至到]\s*(\d+(?:\.\d+)?)\s*%/);
  const single = sentence.match(/(\d+(?:\.\d+)?)\s*%/);
  const rateAt = range?.index ?? single?.index;
  if (
    rateAt !== undefined &&
    /不超过|不高于|最高|按|比例/.test(segmentBefore(sentence, rateAt)) &&
    SUPPORT.test(sentence)
  ) {
    ratePct = range ? [Number(range[1]), Number(range[2])] : Number(single![1]);
    rateBase =
      sentence
        .match(/(?:不超过|不高于|按照|按)(?:其)?([^，。；,;%\d]{2,24}?)的\s*\d+(?:\.\d+)?\s*%/)?.[1]
        ?.replace(/^(?:不超过|不高于)/, '') ?? null;
  }
  const kind = supportKind(sentence);
  if (
    !amounts.length &&
    annualCapWan === null &&
    raisedMaxWan === null &&
    raiseByWan === null &&
    ratePct === null &&
    kind !== '一事一议'
  )
    return null;
  if (!SUPPORT.test(sentence) && annualCapWan === null) return null;
  return {
    kind,
    // A sentence that states only a cap (单个企业每年最高2000万元) bounds what its clause grants, as the curated data records it.
    maxAmountWan: amounts.length ? Math.max(...amounts) : annualCapWan,
    amountsWan: amounts,
    ratePct,
    rateBase,
    annualCapWan,
    raisedMaxWan,
    raiseByWan,
  };
}

const UNITS = '亿元|万元|万平方米|平方米|家|个|项|件|人|名|亩|批|款|张|台|套|%|倍';
const FIGURE = new RegExp(`(${NUMBER})(?:\\s*[-—–~～]\\s*(${NUMBER}))?\\s*(${UNITS})(以上|左右)?`);
const COMPARATORS = /(突破|超过|超|达到|达|不少于|不低于|提升至|增至|增长至)\s*$/;
/**
 * A year that opens a statement of targets: 到2025年，/ 2020年：/ 到 2023 年，/ 到2025年底，/
 * 力争到2025年末 / 全市到2025年实现 / 至2026年前 — after 到, 至 or 截至 anywhere, else at the start of a
 * clause and followed by a comma or colon (so that 2025年度 or 2024年6月 opens nothing).
 */
const YEAR =
  /(?:到|至|截至)\s*(20\d{2})\s*年(?:底|末)?前?|(?:^|[。；，,\s])(?:力争)?\s*(20\d{2})\s*年(?:底|末)?前?\s*[，,：:]/g;

/** Pieces of a sentence holding one figure each: split at commas, and at 、 only where the piece before holds a figure ("百亿企业3家以上、50亿企业4家以上" but "二类、三类医疗器械产品300个"). */
function figureSegments(sentence: string): string[] {
  const out: string[] = [];
  // A comma between a digit and three more is a thousands separator (1,000家), not a pause.
  for (const part of sentence.split(/[；;：:]|(?<!\d)[，,]|[，,](?!\d{3}(?!\d))/)) {
    let pending = '';
    for (const piece of part.split('、')) {
      pending = pending ? `${pending}、${piece}` : piece;
      if (FIGURE.test(pending)) {
        out.push(pending);
        pending = '';
      }
    }
    if (pending) out.push(pending);
  }
  return out;
}

/**
 * Targets stated in a clause's text: each "indicator N unit" after a year (到2025年，… 突破500亿元,
 * 企业10家以上) or a 三年内 that the plan's period resolves.
 */
export function textTargets(clause: string, text: string, periodEnd: number | null): TargetDraft[] {
  const out: TargetDraft[] = [];
  let year: number | null = null;
  for (const sentence of sentences(text)) {
    // Read full-width figures (２０２５年，３．５％) as ASCII, but quote the text as it is written.
    const original = sentence.replace(/\s+/g, ' ');
    const flat = halfWidth(original);
    // Each figure takes the year stated last before it: in 到2023年，…突破800亿元，到2025年，…1000亿元
    // the 800亿元 is for 2023. A sentence without a year goes on with the last one before it.
    const marks = [...flat.matchAll(YEAR)].map((m) => ({ at: m.index, year: Number(m[1] ?? m[2]) }));
    const carried = year;
    if (marks.length) year = marks[marks.length - 1]!.year;
    const within = /(?:三|3)\s*年内/.test(flat) && periodEnd ? periodEnd : null;
    let cursor = 0;
    for (const segment of figureSegments(flat)) {
      const at = flat.indexOf(segment, cursor);
      cursor = at + segment.length;
      const written = original.slice(at, at + segment.length);
      const verbatim = (part: string) => {
        const i = segment.indexOf(part);
        return i >= 0 ? written.slice(i, i + part.length) : part;
      };
      if (/给予|资助|奖励|补贴|补助/.test(segment)) continue;
      const m = segment.match(FIGURE);
      if (!m) continue;
      const stated = marks.filter((y) => y.at <= at + m.index!).at(-1)?.year ?? carried;
      const targetYear = within ?? stated;
      if (targetYear === null) continue;
      const before = segment.slice(0, m.index).trim();
      if (/\d$/.test(before) || /年$/.test(before)) continue;
      const comparator = before.match(COMPARATORS)?.[1] ?? m[4] ?? (/力争/.test(segment) ? '力争' : null);
      let indicator = before
        .replace(COMPARATORS, '')
        .replace(/^(?:力争)?\s*(?:到|至|截至)?\s*(?:20\d{2}\s*年(?:底|末)?前?)?/, '')
        .replace(/^(?:力争|其中|累计|共)?\s*(?:(?:三|3|五|5)\s*年内)?/, '')
        .replace(/[（(]?\s*$/, '')
        .trim();
      // "建成1-2个省级重点实验室": the figure comes first and the noun after it names the indicator.
      const after = segment.slice(m.index! + m[0].length).trim();
      if (indicator.length <= 4 && after.length >= 2) indicator = after.replace(/[。；;]$/, '');
      if (indicator.length < 2) continue;
      const value: TargetDraft['targetValue'] = m[2] ? [numberOf(m[1]!), numberOf(m[2])] : numberOf(m[1]!);
      out.push({
        clause,
        quote: verbatim(segment.trim()),
        indicator: verbatim(indicator),
        unit: m[3]!,
        comparator,
        baselineYear: null,
        baselineValue: null,
        targetYear,
        targetValue: value,
      });
    }
  }
  return out;
}

/**
 * A target stated by a table row under year columns (Taicang's 主要指标: 指标（单位）| 2021年 | 2025年):
 * the last year is the target, an earlier one the baseline.
 */
export function tableTarget(clause: string, header: string[] | null, cells: string[]): TargetDraft | null {
  if (!header || !cells.length) return null;
  const years = header
    .map((h, i) => ({ i, year: Number(halfWidth(h.replace(/\s/g, '')).match(/^(20\d{2})年?$/)?.[1]) }))
    .filter((y) => y.year);
  if (!years.length) return null;
  // Group cells span rows and appear on a group's first row only: align cells to the header from the right.
  const cell = (i: number) => cells[cells.length - (header.length - i)]?.trim() ?? '';
  const first = Math.min(...years.map((y) => y.i));
  let named: { indicator: string; unit: string } | null = null;
  for (let i = first - 1; i >= 0 && !named; i--) {
    const m = cell(i).match(/^(.+?)\s*[（(]([^（）()]+)[）)]$/);
    if (m) named = { indicator: m[1]!, unit: m[2]! };
  }
  if (!named) return null;
  const value = (i: number) => {
    const v = halfWidth(cell(i)).replace(/[,，]/g, '');
    return /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null;
  };
  const last = years[years.length - 1]!;
  const target = value(last.i);
  if (target === null) return null;
  const base = years.length > 1 ? years[0]! : null;
  return {
    clause,
    quote: `${cell(first - 1)} ${years.map((y) => cell(y.i)).join(' ')}`.trim(),
    indicator: named.indicator,
    unit: named.unit,
    comparator: null,
    baselineYear: base ? base.year : null,
    baselineValue: base ? value(base.i) : null,
    targetYear: last.year,
    targetValue: target,
  };
}

/** A text without its 责任单位 / 牵头单位 / 配合单位 notes, which belong to no provision's sentence. */
export function withoutUnitNotes(text: string): string {
  let out = '';
  let from = 0;
  for (const note of unitNotes(text)) {
    out += text.slice(from, note.start);
    from = note.end;
  }
  return out + text.slice(from);
}

/** Proposes subsidies, targets and unknown departments for every clause of a policy. */
export function draftData(clauses: DraftClause[], options: DraftOptions): Drafts {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const subsidies: SubsidyDraft[] = [];
  const targets: TargetDraft[] = [];
  const unknown = new Map<string, DepartmentDraft>();
  const own = new Map<string, string[]>();

  for (const c of clauses) {
    const ids: string[] = [];
    for (const unit of [...responsibleUnits(c.ownText), ...tableUnits(c.tableHeader, c.cells)]) {
      const dept = matchDepartment(unit.text, options.regions, options.departments);
      if (dept) {
        if (!ids.includes(dept.id)) ids.push(dept.id);
      } else {
        const known = unknown.get(unit.text);
        if (known) {
          if (!known.clauses.includes(c.id)) known.clauses.push(c.id);
        } else unknown.set(unit.text, { text: unit.text, region: options.regions[0]?.id ?? null, clauses: [c.id] });
      }
    }
    own.set(c.id, ids);
  }
  /** A clause's departments: its own, else its nearest ancestor's (as the site attributes them). */
  const departmentsOf = (id: string): string[] => {
    for (let c = byId.get(id); c; c = c.parent ? byId.get(c.parent) : undefined) {
      const ids = own.get(c.id);
      if (ids?.length) return ids;
    }
    return [];
  };

  for (const c of clauses) {
    const row = tableTarget(c.id, c.tableHeader, c.cells);
    if (row) targets.push(row);
    if (c.tableHeader) continue;
    const text = withoutUnitNotes(c.ownText);
    for (const sentence of sentences(text)) {
      const figures = subsidyFigures(sentence);
      if (figures) subsidies.push({ clause: c.id, quote: sentence, ...figures, departments: departmentsOf(c.id) });
    }
    targets.push(...textTargets(c.id, text, options.periodEnd));
  }
  return { subsidies, targets, departments: [...unknown.values()] };
}
