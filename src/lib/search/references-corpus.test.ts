/**
 * References over the whole published corpus (issue 17): every clause is found from the ways
 * readers name it — its site label, after any of the names readers give its document (place and
 * kind, a distinctive title word, the short title), and, for a table row, a 专栏 item or a
 * section's part, its heading's name and its number. The query side (understand) and the index
 * side (buildSearchRecords' reference words) must meet on at least one key and the document.
 */
import { describe, expect, it } from 'vitest';
import { onDisk } from '../finder/testing.ts';
import { regionTree } from '../regions.ts';
import { refWord } from './reference.ts';
import { parseClauseLink } from '../links.ts';
import { buildSearchRecords, headingNames } from './index-records.ts';
import { placeLexicon } from './places.ts';
import { understand, type PlanContext } from './plan.ts';
import { intlSegment } from './question.ts';
import { buildVocabulary } from './vocabulary.ts';

const { models, regions } = onDisk();
const tree = regionTree(regions);
const ctx: PlanContext = {
  vocabulary: buildVocabulary([]),
  places: placeLexicon(regions.map((r) => ({ id: r.id, name: r.name, parent: r.parent, level: r.level }))),
  policies: models.map((m) => ({
    id: m.id,
    titles: [m.data.shortTitle, m.data.title],
    kind: m.data.kind ?? '',
    regions: tree.chain(m.data.region),
  })),
  lexicon: [],
  segment: intlSegment,
};
const records = buildSearchRecords(
  models.map((m) => ({ id: m.id, data: m.data, clauses: m.clauses })),
  regions,
);
/** policy#clause → its reference words. */
const refsOf = new Map(
  records.map((r) => {
    const { policy, clause } = parseClauseLink(r.url)!;
    return [`${policy}#${clause}`, new Set(r.meta.refs.split(' ').filter(Boolean))];
  }),
);

/** Whether a query names the clause: a key of its reference words, and its document when one is named. */
function finds(query: string, policy: string, clause: string): boolean {
  const plan = understand(query, ctx);
  if (!plan.reference) return false;
  if (plan.policies.length && !plan.policies.includes(policy)) return false;
  const words = refsOf.get(`${policy}#${clause}`);
  return Boolean(words && plan.reference.keys.some((k) => words.has(refWord(k))));
}

/** The names readers give each document: its place with its kind, a distinctive title word, its short title. */
const DESIGNATIONS: Record<string, string[]> = {
  'wuxi-biomed-policy-opinions': [
    '无锡的意见',
    '无锡政策意见',
    '无锡市若干政策意见',
    '《无锡市生物医药产业高质量发展若干政策意见》',
  ],
  'suzhou-biomed-chain-2021-2023': ['苏州三年行动计划', '苏州市行动计划', '强链补链', '苏州强链补链计划'],
  'suzhou-snd-meddevice-biomed-2020-2022': [
    '高新区三年行动计划',
    '苏州高新区行动计划',
    '医疗器械和生物医药三年行动计划',
  ],
  'taicang-biomed-cluster-2025': ['太仓行动计划', '太仓2025行动计划', '太仓市创新集群行动计划'],
  'kunshan-nucleic-acid-cluster-worklist': ['昆山清单', '昆山工作清单', '小核酸清单', '昆山市重点工作清单'],
};

/** Clauses a reader cites by number: everything with a label that is a reference (not 第N段 paragraphs). */
const cited = models.flatMap((m) =>
  m.clauses
    .filter((c) => refsOf.has(`${m.id}#${c.id}`) && c.kind !== 'paragraph' && c.kind !== 'group')
    .map((c) => ({ policy: m.id, clause: c, model: m })),
);

describe('every clause from the ways readers name it', () => {
  it('covers every document and most of the corpus', () => {
    expect(Object.keys(DESIGNATIONS).sort()).toEqual(models.map((m) => m.id).sort());
    expect(cited.length).toBeGreaterThan(300);
  });

  it('text that only begins with words of a title stays text (医疗器械注册证 is no heading of 医疗器械…行动计划)', () => {
    for (const q of ['医疗器械注册证', '生物医药产业园', '强链补链工程', '医疗器械 临床试验'])
      expect([q, understand(q, ctx).reference]).toEqual([q, null]);
  });

  it('each document name fits its document alone', () => {
    for (const [policy, names] of Object.entries(DESIGNATIONS))
      for (const name of names) {
        const plan = understand(`${name}第1项`, ctx);
        expect([name, plan.policies]).toEqual([name, [policy]]);
      }
  });

  it.each(Object.entries(DESIGNATIONS))('%s: its label after each name of its document', (policy, names) => {
    const misses = cited
      .filter((c) => c.policy === policy)
      .flatMap(({ clause }) =>
        names
          .map((name) => `${name} ${clause.label}`)
          .filter((q) => !finds(q, policy, clause.id))
          .map((q) => `${clause.id}: ${q}`),
      );
    expect(misses).toEqual([]);
  });

  it('a table row, a 专栏 item or a section part by its heading’s name and its number', () => {
    const misses: string[] = [];
    let tried = 0;
    for (const m of models) {
      const byId = new Map(m.clauses.map((c) => [c.id, c]));
      const siblings = new Map<string, string[]>();
      for (const c of m.clauses) if (c.parent) siblings.set(c.parent, [...(siblings.get(c.parent) ?? []), c.id]);
      for (const c of m.clauses) {
        const parent = c.parent ? byId.get(c.parent) : undefined;
        if (!parent || !refsOf.has(`${m.id}#${c.id}`)) continue;
        if (!['group', 'box', 'section'].includes(parent.kind)) continue;
        const n =
          siblings
            .get(parent.id)!
            .filter((id) => byId.get(id)!.kind === c.kind)
            .indexOf(c.id) + 1;
        const numberOf = c.kind === 'row' ? n : Number(c.id.match(/(\d+)$/u)?.[1]);
        for (const name of headingNames(parent)) {
          const bare = name.replace(/^(?:专栏\s*\d+|[一二三四五六七八九十]+、)\s*/u, '');
          const q = `${bare}第${numberOf}项`;
          tried++;
          if (!finds(q, m.id, c.id)) misses.push(`${m.id}#${c.id}: ${q}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
});
