/**
 * Writes the plain text of one generated policy, as a government site publishes it and as the
 * importer reads it: a title (sometimes broken over two lines), sometimes a 印发 notice wrapped
 * around it, then one of the structures the texts of this family use —
 *
 *   plan       一、（一）1.（1） with 一是/二是 runs, 专栏 boxes and annex tables (行动计划, 实施方案)
 *   opinions   sections whose items carry the support provisions, often numbered （一）…（二十）
 *              across sections (若干政策, 政策意见)
 *   measures   第一章 … 第X条 articles with （一） items and 1. points (办法, 实施细则)
 *   worklist   a work list: one table of tasks in groups, with a 责任单位 column (工作清单)
 *
 * Every support provision and target is recorded with the exact words it was written in, so the
 * generator can find its clause after the import and write the data a maintainer would.
 */
import type { GenRegion } from './generate-regions.ts';
import {
  BOX_ITEMS,
  BOX_TITLES,
  CLOSING_ITEMS,
  INDICATOR_ROWS,
  ITEM_HEADINGS,
  LOCAL_TASKS,
  PROVISIONS,
  SECTION_HEADINGS,
  TARGETS,
  TASKS,
  type SubsidyData,
  type TargetData,
} from './generate-phrases.ts';
import type { Random } from './generate-random.ts';

export type Style = 'plan' | 'opinions' | 'measures' | 'worklist';

export interface PlantedSubsidy {
  /** The sentence as written; the subsidy's quote. */
  quote: string;
  data: SubsidyData;
  /** Units named as responsible in the same clause (aliases as written). */
  units: string[];
}

export interface PlantedTarget {
  quote: string;
  data: TargetData;
}

export interface GeneratedText {
  style: Style;
  title: string;
  shortTitle: string;
  /** The UTF-8 text as published. */
  source: string;
  /** What the importer should read from it. */
  expected: {
    kind: string;
    docNumber: string | null;
    issuers: string[];
    dateWritten: string | null;
    validUntil: string | null;
    period: { start: number | null; end: number } | null;
  };
  subsidies: PlantedSubsidy[];
  targets: PlantedTarget[];
}

export interface TextContext {
  region: GenRegion;
  /** Department aliases of the region as running text writes them (市科技局) and as tables do (科技局). */
  units: { long: string[]; short: string[] };
  /** Issue year. */
  year: number;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 23 → 二十三. */
export function cn(n: number): string {
  if (n <= 10) return CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}
const RUNS = ['一是', '二是', '三是', '四是', '五是'];

/** A text being written, with the provisions and targets planted in it. */
class Writer {
  lines: string[] = [];
  subsidies: PlantedSubsidy[] = [];
  targets: PlantedTarget[] = [];
  private used = new Set<number>();
  private usedTargets = new Set<number>();
  readonly rng: Random;
  readonly ctx: TextContext;

  constructor(rng: Random, ctx: TextContext) {
    this.rng = rng;
    this.ctx = ctx;
  }

  line(text = '') {
    this.lines.push(text);
  }

  /** A support provision not used yet in this text (the same one twice would read oddly and confuse quotes). */
  provision(units: string[] = []): string {
    const { rng } = this;
    let i = rng.int(0, PROVISIONS.length - 1);
    for (let k = 0; k < PROVISIONS.length && this.used.has(i); k++) i = (i + 1) % PROVISIONS.length;
    this.used.add(i);
    const p = PROVISIONS[i]!(rng, this.ctx.region.here);
    this.subsidies.push({ quote: p.text, data: p.data, units });
    return p.text;
  }

  /** "到2026年，全市生物医药产业规模突破800亿元，规上生物医药企业超100家。" with each indicator planted. */
  targetSentence(year: number): string {
    const { rng } = this;
    // Each indicator once per text: two different figures for one indicator would contradict each other.
    const fresh = TARGETS.filter((_, i) => !this.usedTargets.has(i));
    const picked = rng.sample(fresh, rng.int(1, Math.min(4, fresh.length)));
    for (const make of picked) this.usedTargets.add(TARGETS.indexOf(make));
    const phrases = picked.map((make) => make(rng, this.ctx.region.scope, year, this.ctx.year - 1));
    for (const p of phrases) this.targets.push({ quote: p.text, data: p.data });
    return `${rng.pick(['到', '力争到'])}${year}年，${phrases.map((p) => p.text).join('，')}。`;
  }

  /** `n` task sentences: about half common wording, half naming the region's own parks, companies and products. */
  tasks(n: number): string {
    const place = this.ctx.region.name.replace(/[市县区]$/, '');
    return this.rng
      .sample(TASKS, n)
      .map((common) => (this.rng.chance(0.5) ? this.rng.pick(LOCAL_TASKS)(this.rng, place) : common))
      .join('');
  }

  private headings: string[] = [];
  /** An item heading, not repeated until every heading has been used. */
  heading(): string {
    if (!this.headings.length) this.headings = this.rng.sample(ITEM_HEADINGS, ITEM_HEADINGS.length);
    return this.headings.pop()!;
  }

  /** （责任单位：市科技局、市财政局） in one of the bracket styles the texts use; empty when the clause names none. */
  unitsNote(units: string[]): string {
    if (!units.length) return '';
    const [open, close] = this.rng.pick([
      ['（', '）'],
      ['〔', '〕'],
    ]);
    const label = this.rng.chance(0.2) ? '牵头单位' : '责任单位';
    return `${open}${label}：${units.join('、')}${close}`;
  }

  pickUnits(style: 'long' | 'short', max = 3): string[] {
    const pool = this.ctx.units[style];
    if (!pool.length) throw new Error(`generate: no departments to name in region ${this.ctx.region.id}`);
    return this.rng.sample(pool, this.rng.int(1, Math.min(max, pool.length)));
  }
}

const KIND_TITLES: Record<Style, string[]> = {
  plan: ['三年行动计划', '行动计划', '实施方案', '行动方案'],
  opinions: ['若干政策', '若干政策措施', '政策意见', '若干措施'],
  measures: ['扶持办法', '实施细则', '管理办法'],
  worklist: ['重点工作清单', '工作要点'],
};

const SUBJECTS = [
  '生物医药产业高质量发展',
  '生物医药产业创新集群建设',
  '医疗器械产业创新发展',
  '创新药产业发展',
  '生物医药和健康产业发展',
  '合成生物产业发展',
  '生物医药产业链现代化',
];

function titleOf(
  w: Writer,
  style: Style,
): { title: string; kind: string; period: GeneratedText['expected']['period'] } {
  const { rng, ctx } = w;
  const kindWord = rng.pick(KIND_TITLES[style]);
  const subject = rng.pick(SUBJECTS);
  const name = ctx.region.fullName;
  if (style === 'plan') {
    const start = ctx.year;
    const end = start + 2;
    const title = `${name}${subject.replace(/发展$/, '').replace(/建设$/, '')}${kindWord}（${start}—${end}年）`;
    return { title, kind: kindWord.replace(/^三年/, ''), period: { start, end } };
  }
  if (style === 'opinions') {
    const lead = rng.pick(['关于加快', '关于促进', '关于推动']);
    return { title: `${name}${lead}${subject}的${kindWord}`, kind: kindWord.replace(/措施$/, '措施'), period: null };
  }
  if (style === 'measures')
    return { title: `${name}${subject.replace(/发展$/, '')}${kindWord}`, kind: kindWord, period: null };
  const title = `${name}${subject.replace(/发展$/, '').replace(/建设$/, '')}${ctx.year}年${kindWord}`;
  return { title, kind: kindWord === '重点工作清单' ? '工作清单' : kindWord, period: null };
}

/** The importer's reading of a kind from a title (src/lib/import/metadata.ts findKind). */
function expectedKind(title: string): string {
  for (const k of [
    '行动计划',
    '行动方案',
    '实施方案',
    '政策意见',
    '若干措施',
    '若干政策',
    '工作清单',
    '工作要点',
    '实施细则',
    '管理办法',
    '办法',
  ])
    if (title.includes(k)) return k;
  return '措施';
}

/** 一、 sections of a plan: goals, tasks (items with runs, points, boxes), safeguards; annex tables at the end. */
function writePlan(w: Writer, endYear: number) {
  const { rng, ctx } = w;
  let section = 0;
  const sec = (heading: string) => w.line(`${cn(++section)}、${heading}`);
  w.line(
    `为深入贯彻落实国家和省关于加快生物医药产业发展的决策部署，推动${ctx.region.name}生物医药产业集群化、高端化发展，结合实际，制定本${rng.pick(['计划', '方案'])}。`,
  );
  sec(rng.pick(SECTION_HEADINGS.opening));
  w.line('（一）指导思想');
  w.line(w.tasks(rng.int(3, 5)));
  w.line('（二）发展目标');
  w.line(w.targetSentence(endYear));
  if (rng.chance(0.6)) w.line(w.targetSentence(endYear));
  const taskSections = rng.int(2, 4);
  const annexes: ('tasks' | 'indicators')[] = [];
  if (rng.chance(0.5)) annexes.push('tasks');
  if (rng.chance(0.4)) annexes.push('indicators');
  let box = 0;
  for (let s = 0; s < taskSections; s++) {
    sec(s === 0 ? rng.pick(SECTION_HEADINGS.tasks) : w.heading());
    const items = rng.int(3, 9);
    for (let i = 1; i <= items; i++) {
      const heading = w.heading();
      const units = rng.chance(0.6) ? w.pickUnits('long') : [];
      const shape = rng.weighted([
        ['runs', 3],
        ['points', 3],
        ['plain', 3],
        ['provision', 3],
      ] as const);
      if (shape === 'runs') {
        const n = rng.int(2, 4);
        const runs = Array.from(
          { length: n },
          (_, k) => `${RUNS[k]}${rng.chance(0.3) ? w.provision(units) : w.tasks(1)}`,
        );
        // Runs may continue on the next paragraph of the same item.
        if (n > 2 && rng.chance(0.4)) {
          w.line(`（${cn(i)}）${heading}。${runs.slice(0, 2).join('')}`);
          w.line(`${runs.slice(2).join('')}${w.unitsNote(units)}`);
        } else w.line(`（${cn(i)}）${heading}。${runs.join('')}${w.unitsNote(units)}`);
      } else if (shape === 'points') {
        w.line(`（${cn(i)}）${heading}`);
        const points = rng.int(2, 5);
        for (let p = 1; p <= points; p++) {
          if (rng.chance(0.5)) {
            w.line(`${p}. ${w.heading()}`);
            w.line(rng.chance(0.4) ? w.provision(units) : w.tasks(rng.int(1, 3)));
          } else {
            w.line(`${p}.${w.heading()}。${rng.chance(0.4) ? w.provision(units) : w.tasks(1)}`);
          }
          if (rng.chance(0.15)) {
            w.line(`（1）${w.tasks(1)}`);
            w.line(`（2）${w.tasks(1)}`);
          }
        }
        if (units.length) w.line(w.unitsNote(units));
      } else if (shape === 'provision') {
        w.line(`（${cn(i)}）${heading}。${w.tasks(rng.int(1, 3))}${w.provision(units)}${w.unitsNote(units)}`);
      } else {
        w.line(`（${cn(i)}）${heading}。${w.tasks(rng.int(2, 5))}${w.unitsNote(units)}`);
      }
      if (rng.chance(0.12)) {
        w.line(`专栏${++box} ${rng.pick(BOX_TITLES)}`);
        rng.sample(BOX_ITEMS, rng.int(2, 5)).forEach((item, k) => w.line(`${k + 1}. ${item}`));
      }
    }
  }
  if (annexes.includes('tasks')) w.line(`各项重点任务及责任单位详见附件1。`);
  sec(rng.pick(SECTION_HEADINGS.closing));
  rng.sample(CLOSING_ITEMS, rng.int(2, 4)).forEach((c, k) => w.line(`（${cn(k + 1)}）${c}`));
  let annexNo = 0;
  for (const a of annexes) {
    w.line();
    w.line(`附件${++annexNo}`);
    if (a === 'tasks') taskTable(w, `${ctx.region.name}生物医药产业重点任务分解表`, rng.int(10, 40));
    else indicatorTable(w, ctx.year - 1, endYear);
  }
}

/** Sections whose （n） items each state support; numbering runs on across sections in about half of them. */
function writeOpinions(w: Writer) {
  const { rng, ctx } = w;
  const running = rng.chance(0.5);
  w.line(
    `各${ctx.region.level === 'city' ? '县（市）、区人民政府' : '镇人民政府、街道办事处'}，${ctx.region.here.slice(1)}各有关部门：`,
  );
  w.line(`为加快推动${ctx.region.name}生物医药产业高质量发展，培育壮大产业集群，特制定以下政策措施。`);
  const sections = rng.int(4, 8);
  let item = 0;
  for (let s = 1; s <= sections; s++) {
    w.line(`${cn(s)}、${w.heading()}`);
    const items = rng.int(3, 7);
    if (!running) item = 0;
    for (let i = 0; i < items; i++) {
      item++;
      const units = rng.chance(0.8) ? w.pickUnits('long', 2) : [];
      if (rng.chance(0.2)) {
        w.line(`（${cn(item)}）${w.heading()}。${w.tasks(1)}`);
        const points = rng.int(2, 3);
        for (let p = 1; p <= points; p++) w.line(`${p}.${w.heading()}。${w.provision(units)}`);
        if (units.length) w.line(w.unitsNote(units));
      } else {
        const body = rng.chance(0.7) ? `${w.tasks(rng.int(0, 2))}${w.provision(units)}` : w.tasks(rng.int(2, 4));
        w.line(`（${cn(item)}）${w.heading()}。${body}${w.unitsNote(units)}`);
      }
    }
  }
  if (rng.chance(0.5)) w.line(w.provision());
}

/** 第一章 总则 … 第X条: articles with （一） items and 1. points. */
function writeMeasures(w: Writer, validUntil: string) {
  const { rng, ctx } = w;
  let article = 0;
  const art = (text: string) => w.line(`第${cn(++article)}条 ${text}`);
  w.line('第一章 总则');
  art(`为加快推动${ctx.region.name}生物医药产业发展，根据国家、省有关规定，结合${ctx.region.here}实际，制定本办法。`);
  art(`本办法适用于在${ctx.region.here}登记注册、具有独立法人资格的生物医药企业和机构。`);
  w.line('第二章 支持措施');
  const n = rng.int(8, 20);
  for (let i = 0; i < n; i++) {
    const units = rng.chance(0.6) ? w.pickUnits('long', 2) : [];
    if (rng.chance(0.3)) {
      art(`（${w.heading()}）`);
      const items = rng.int(2, 4);
      for (let k = 1; k <= items; k++) {
        if (rng.chance(0.3)) {
          w.line(`（${cn(k)}）${w.tasks(1).replace(/。$/, '，')}具体包括：`);
          w.line(`1.${w.tasks(1)}`);
          w.line(`2.${w.tasks(1)}`);
        } else w.line(`（${cn(k)}）${w.provision(units)}`);
      }
      if (units.length) w.line(w.unitsNote(units));
    } else if (rng.chance(0.7)) art(`（${w.heading()}）${w.provision(units)}${w.unitsNote(units)}`);
    else art(`（${w.heading()}）${w.tasks(rng.int(2, 4))}${w.unitsNote(units)}`);
  }
  w.line('第三章 附则');
  art(`本办法由${ctx.units.long[0] ?? '有关部门'}负责解释。`);
  const [y, m, d] = validUntil.split('-').map(Number) as [number, number, number];
  art(`本办法自${ctx.year}年${rng.int(1, 12)}月1日起施行，有效期至${y}年${m}月${d}日。`);
}

/** 序号 / 任务类别 / 具体任务 / 责任单位, one cell per line, groups by an empty 任务类别 cell. */
function taskTable(w: Writer, title: string, rows: number) {
  const { rng } = w;
  w.line(title);
  const cell = (text: string) => w.line(`\t${text}`);
  ['序号', '任务类别', '具体任务', '责任单位'].forEach(cell);
  let group = '';
  for (let r = 1; r <= rows; r++) {
    w.line();
    const newGroup = r === 1 || rng.chance(0.3);
    group = newGroup ? `${w.heading()}` : group;
    const units = w.pickUnits('short');
    const lead = rng.chance(0.5) ? `*${units[0]}` : units[0]!;
    cell(String(r));
    cell(newGroup ? group : '');
    cell(rng.chance(0.25) ? w.provision(units) : w.tasks(rng.int(1, 2)));
    cell([lead, ...units.slice(1)].join('、'));
  }
}

/** 指标（单位） / base year / target year, one cell per line: each row a target with its baseline. */
function indicatorTable(w: Writer, baseYear: number, endYear: number) {
  const { rng } = w;
  w.line('主要指标');
  const cell = (text: string) => w.line(`\t${text}`);
  ['指标（单位）', `${baseYear}年`, `${endYear}年`].forEach(cell);
  for (const [indicator, unit, theme, [lo, hi]] of rng.sample(INDICATOR_ROWS, rng.int(3, 7))) {
    const base = rng.int(lo, Math.floor((lo + hi) / 2));
    const target = base + rng.int(1, hi - base);
    w.line();
    cell(`${indicator}（${unit}）`);
    cell(String(base));
    cell(String(target));
    w.targets.push({
      quote: `${indicator}（${unit}）`,
      data: {
        indicator,
        theme,
        unit,
        comparator: null,
        baselineYear: baseYear,
        baselineValue: base,
        targetYear: endYear,
        targetValue: target,
      },
    });
  }
}

/** A work list: the title and one table, no numbered text. */
function writeWorklist(w: Writer) {
  const { rng } = w;
  const cell = (text: string) => w.line(`\t${text}`);
  ['序号', '重点工作', '具体内容', '责任单位'].forEach(cell);
  const rows = rng.int(20, 70);
  let group = '';
  for (let r = 1; r <= rows; r++) {
    w.line();
    const newGroup = r === 1 || rng.chance(0.25);
    if (newGroup) group = w.heading();
    const units = w.pickUnits('short');
    cell(String(r));
    cell(newGroup ? group : '');
    cell(rng.chance(0.3) ? `${w.tasks(1)}${w.provision(units)}` : w.tasks(rng.int(1, 3)));
    cell(units.join('、'));
  }
}

export function generateText(rng: Random, ctx: TextContext): GeneratedText {
  const w = new Writer(rng, ctx);
  const style = rng.weighted<Style>([
    ['plan', 4],
    ['opinions', 3],
    ['measures', 2],
    ['worklist', 1],
  ]);
  const { title, period } = titleOf(w, style);
  const kind = expectedKind(title);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const dateWritten = `${ctx.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const notice = style !== 'worklist' && rng.chance(0.35);
  const docNumber = notice || rng.chance(0.3) ? `${ctx.region.docPrefix}〔${ctx.year}〕${rng.int(1, 120)}号` : null;
  const signed = style !== 'worklist';
  const validUntil = style === 'opinions' || style === 'measures' ? `${ctx.year + rng.int(2, 4)}-12-31` : null;
  const endYear = period?.end ?? ctx.year + 2;

  const out: string[] = [];
  if (notice) {
    out.push(`${ctx.region.issuer}文件`, '', docNumber!, '', `关于印发《${title}》的通知`, '');
    out.push(`各有关部门和单位：`);
    out.push(`现将《${title}》印发给你们，请结合实际认真贯彻执行。`);
    out.push('', ctx.region.issuer, `${ctx.year}年${month}月${day}日`, '');
  }
  if (style === 'worklist') out.push('附件');
  // Converted PDFs often break a long title over two lines, between words of its subject.
  const kindAt = title.indexOf(kind);
  if (title.length > 24 && kindAt > 10 && rng.chance(0.4)) {
    const cut = rng.int(6, kindAt - 2);
    out.push(title.slice(0, cut), title.slice(cut));
  } else out.push(title);
  if (!notice && docNumber) out.push(docNumber);
  // A work list's table follows its title directly (as Kunshan's does).
  if (style !== 'worklist') out.push('');

  if (style === 'plan') writePlan(w, endYear);
  else if (style === 'opinions') {
    writeOpinions(w);
    w.line(`本政策自${ctx.year}年${month}月${day}日起施行，有效期至${validUntil!.slice(0, 4)}年12月31日。`);
  } else if (style === 'measures') writeMeasures(w, validUntil!);
  else writeWorklist(w);
  out.push(...w.lines);
  if (signed && !notice) out.push('', ctx.region.issuer, `${ctx.year}年${month}月${day}日`);

  return {
    style,
    title,
    shortTitle: shortTitleOf(ctx.region, kind, ctx.year, period),
    source: `${out.join('\n')}\n`,
    expected: {
      kind,
      docNumber,
      issuers: signed ? [ctx.region.issuer] : [],
      dateWritten: signed ? dateWritten : null,
      validUntil,
      period,
    },
    subsidies: w.subsidies,
    targets: w.targets,
  };
}

function shortTitleOf(region: GenRegion, kind: string, year: number, period: GeneratedText['expected']['period']) {
  const when = period ? `${period.start}—${period.end}` : String(year);
  return `${region.name}生物医药${kind}（${when}）`;
}
