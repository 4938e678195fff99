import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../clauses/extract.ts';
import { regionChain, type RegionEntry } from '../model.ts';
import { regionRefs, type DepartmentEntry } from '../responsible-units.ts';
import {
  draftData,
  sentences,
  subsidyFigures,
  supportKind,
  tableTarget,
  textTargets,
  withoutUnitNotes,
} from './drafts.ts';
import { committedBody, POLICIES, ROOT } from './test-support.ts';

describe('amounts', () => {
  it('splits sentences at 。；！？ and line ends', () => {
    expect(sentences('给予最高2亿元奖励；对省重点实验室给予最高2000万元奖励。\n单个企业每年最高2000万元。')).toEqual([
      '给予最高2亿元奖励；',
      '对省重点实验室给予最高2000万元奖励。',
      '单个企业每年最高2000万元。',
    ]);
  });

  it('drops bracketed 责任单位 notes, nested brackets and all', () => {
    expect(withoutUnitNotes('给予奖励。〔责任单位：市科技局，各市（县）区人民政府、无锡经开区管委会〕')).toBe(
      '给予奖励。',
    );
    expect(withoutUnitNotes('给予奖励。(责任单位:市科技局)')).toBe('给予奖励。');
  });
});

describe('subsidyFigures', () => {
  it('reads tiers, the rate and its base, and the per-entity annual cap', () => {
    expect(
      subsidyFigures(
        '按照不同临床试验阶段，分档择优给予不超过研发投入的25%，最高分别为600万元、1200万元和3500万元资金支持，单个企业每年最高资助1亿元。',
      ),
    ).toMatchObject({
      kind: '资助',
      maxAmountWan: 3500,
      amountsWan: [600, 1200, 3500],
      ratePct: 25,
      rateBase: '研发投入',
      annualCapWan: 10000,
    });
  });

  it('reads 每年给予最高 as the amount granted each year, and 单个企业每年最高 as a per-entity cap', () => {
    expect(subsidyFigures('对认定的市级重点实验室，每年给予最高100万元奖励。')).toMatchObject({
      kind: '奖励',
      maxAmountWan: 100,
      amountsWan: [100],
      annualCapWan: null,
    });
    expect(subsidyFigures('单个企业每年最高奖励1000万元。')).toMatchObject({ annualCapWan: 1000, amountsWan: [] });
    expect(subsidyFigures('每家企业每年最高补助200万元。')).toMatchObject({ annualCapWan: 200 });
  });

  it('keeps a raised maximum and an increase apart from the maximum', () => {
    expect(subsidyFigures('分档择优给予单个项目最高500万元研发资助，特别重大的项目可上浮至1000万元。')).toMatchObject({
      maxAmountWan: 500,
      raisedMaxWan: 1000,
      raiseByWan: null,
    });
    expect(
      subsidyFigures('首次获批二类、三类医疗器械注册证并在无锡市进行产业化的，单个品种资助上限再提高100万元。'),
    ).toMatchObject({ maxAmountWan: null, raiseByWan: 100 });
    expect(
      subsidyFigures('单个企业每年享受本市两级财政政策叠加资助，最高额度由原先 8000 万元提高至 2 亿元。'),
    ).toMatchObject({ maxAmountWan: null, raisedMaxWan: 20000 });
  });

  it('leaves investment thresholds and other conditions out', () => {
    expect(subsidyFigures('总投资1亿元~5亿元的，给予最高不超过2000万元资助')).toMatchObject({ amountsWan: [2000] });
    expect(
      subsidyFigures(
        '对技术和设备投资额300万元以上的智能制造示范项目，按不超过其技术和设备投资额的10%择优给予补助，最高1000万元。',
      ),
    ).toMatchObject({
      amountsWan: [1000],
      ratePct: 10,
      rateBase: '其技术和设备投资额',
      kind: '补助',
    });
  });

  it('reads an amount granted without 最高 and a range of rates', () => {
    expect(subsidyFigures('对首次通过评价的科技型中小企业给予20万元奖励，')).toMatchObject({
      amountsWan: [20],
      kind: '奖励',
    });
    expect(subsidyFigures('按其年工资薪金5%~20%的比例给予奖励，每人每年最高奖励200万元')).toMatchObject({
      ratePct: [5, 20],
      annualCapWan: 200,
    });
  });

  it('finds 一事一议 without an amount, and nothing in a sentence that grants nothing', () => {
    expect(subsidyFigures('对在锡布局的国家实验室，按照“一事一议”方式给予支持。')).toMatchObject({
      kind: '一事一议',
      maxAmountWan: null,
    });
    expect(subsidyFigures('到2025年，全市生物医药产业规模突破4500亿元。')).toBeNull();
    expect(subsidyFigures('发挥总规模50亿元的市生物医药产业基金作用。')).toBeNull();
  });

  it('names the kind the sentence names first', () => {
    expect(supportKind('择优给予每个品种最高500万元奖励，单个企业每年最高资助1000万元')).toBe('奖励');
    expect(supportKind('给予最高1000万元资金支持')).toBe('资助');
    expect(supportKind('择优给予支持')).toBe('择优支持');
    expect(supportKind('按规定予以支持')).toBe('扶持');
  });
});

describe('targets', () => {
  it('reads each indicator after a year, with its comparator', () => {
    const targets = textTargets(
      's1-c2',
      '到 2023 年，力争集聚生物医药及健康企业超 4000 家，产业规模突破 3300 亿元，百亿企业 3 家以上、50 亿企业 4 家以上。',
      null,
    );
    expect(targets.map((t) => [t.indicator, t.comparator, t.targetYear, t.targetValue, t.unit])).toEqual([
      ['集聚生物医药及健康企业', '超', 2023, 4000, '家'],
      ['产业规模', '突破', 2023, 3300, '亿元'],
      ['百亿企业', '以上', 2023, 3, '家'],
      ['50 亿企业', '以上', 2023, 4, '家'],
    ]);
  });

  it('takes 三年内 as the end of the planning period, and a range as [min, max]', () => {
    expect(textTargets('c', '力争三年内全区新增孵化载体3个。', 2022)).toEqual([
      expect.objectContaining({ indicator: '全区新增孵化载体', targetYear: 2022, targetValue: 3, unit: '个' }),
    ]);
    expect(textTargets('c', '2025年，建成1-2个省级重点实验室或工程技术中心。', null)).toEqual([
      expect.objectContaining({ indicator: '省级重点实验室或工程技术中心', targetValue: [1, 2], unit: '个' }),
    ]);
    expect(textTargets('c', '力争三年内全区新增孵化载体3个。', null)).toEqual([]);
  });

  it('dates each figure by the year stated last before it, when a sentence names two years', () => {
    const targets = textTargets(
      's1-c1',
      '到2023年，全市生物医药产业规模突破800亿元，到2025年，产业规模达到1000亿元，培育上市企业10家以上。',
      null,
    );
    expect(targets.map((t) => [t.targetYear, t.targetValue, t.unit])).toEqual([
      [2023, 800, '亿元'],
      [2025, 1000, '亿元'],
      [2025, 10, '家'],
    ]);
    // A sentence without a year goes on with the last year before it, in the sentence before.
    const carried = textTargets('c', '到2024年，新增临床试验机构5家。新建公共服务平台3个。', null);
    expect(carried.map((t) => [t.targetYear, t.targetValue])).toEqual([
      [2024, 5],
      [2024, 3],
    ]);
  });

  it.each([
    ['到2025年底，全市生物医药企业超过500家。', 2025, 500],
    ['力争到2026年末，产业规模突破300亿元。', 2026, 300],
    ['全区到2025年实现生物医药产业产值200亿元。', 2025, 200],
    ['至2027年前，新增创新药10个。', 2027, 10],
    ['2025年：生物医药企业达到800家。', 2025, 800],
    ['到２０２５年底，生物医药企业超过５００家。', 2025, 500],
  ])('reads the target year of "%s"', (sentence, year, value) => {
    expect(textTargets('c', sentence, null)).toEqual([
      expect.objectContaining({ targetYear: year, targetValue: value }),
    ]);
  });

  it('opens no target year with a date or a year of account (2024年6月, 2025年度)', () => {
    expect(textTargets('c', '2024年6月起，对新增的企业给予奖励。', null)).toEqual([]);
    expect(textTargets('c', '2025年度新增企业10家。', null)).toEqual([]);
  });

  it('reads a table row under year columns, the group cell present or not', () => {
    const header = ['类  型', '指标（单位）', '2021年', '2025年'];
    const expected = {
      indicator: '生物医药产业营业收入',
      unit: '亿元',
      baselineYear: 2021,
      baselineValue: 200,
      targetYear: 2025,
      targetValue: 500,
    };
    expect(
      tableTarget('annex1-row1', header, ['产业规模', '生物医药产业营业收入（亿元）', '200', '500']),
    ).toMatchObject(expected);
    expect(tableTarget('annex1-row2', header, ['生物医药产业营业收入（亿元）', '200', '500'])).toMatchObject(expected);
    expect(tableTarget('row1', ['序号', '重点工作', '责任单位'], ['1', '攻关', '科技局'])).toBeNull();
  });
});

describe('drafts of the five published policies against their curated data', () => {
  const regions = parse(readFileSync(resolve(ROOT, 'src/content/vocab/regions.yaml'), 'utf8')) as RegionEntry[];
  const departments = parse(
    readFileSync(resolve(ROOT, 'src/content/vocab/departments.yaml'), 'utf8'),
  ) as DepartmentEntry[];
  const all = POLICIES.map((id) => {
    const text = readFileSync(resolve(ROOT, 'src/content/policies', `${id}.mdx`), 'utf8');
    const data = parse(text.match(/^---\n([\s\S]*?)\n---/)![1]!);
    const drafts = draftData(extractClauses(committedBody(id).trim()), {
      regions: regionRefs(regionChain(data.region, regions), regions),
      departments,
      periodEnd: data.period?.end ?? null,
    });
    return { id, data, drafts };
  });

  it('proposes most curated maximum amounts and annual caps on the same clause', () => {
    let curated = 0;
    let found = 0;
    for (const { data, drafts } of all) {
      for (const s of data.subsidies as {
        clause: string;
        maxAmountWan: number | null;
        annualCapWan?: number | null;
      }[]) {
        for (const [field, value] of [
          ['max', s.maxAmountWan],
          ['cap', s.annualCapWan ?? null],
        ] as const) {
          if (value === null) continue;
          curated += 1;
          const hit = drafts.subsidies.some(
            (d) =>
              d.clause === s.clause &&
              (field === 'cap' ? d.annualCapWan === value : d.maxAmountWan === value || d.amountsWan.includes(value)),
          );
          if (hit) found += 1;
        }
      }
    }
    expect(curated).toBeGreaterThan(50);
    expect(found / curated).toBeGreaterThanOrEqual(0.9);
  });

  it('proposes most curated targets on the same clause with the same year and value', () => {
    let curated = 0;
    let found = 0;
    for (const { data, drafts } of all) {
      for (const t of data.targets as { clause: string; targetYear: number | null; targetValue: unknown }[]) {
        if (t.targetYear === null) continue;
        curated += 1;
        if (
          drafts.targets.some(
            (d) =>
              d.clause === t.clause &&
              d.targetYear === t.targetYear &&
              JSON.stringify(d.targetValue) === JSON.stringify(t.targetValue),
          )
        )
          found += 1;
      }
    }
    expect(curated).toBeGreaterThan(50);
    expect(found / curated).toBeGreaterThanOrEqual(0.8);
  });

  it('matches every responsible unit of the five texts to a department', () => {
    expect(all.flatMap((p) => p.drafts.departments)).toEqual([]);
  });
});
