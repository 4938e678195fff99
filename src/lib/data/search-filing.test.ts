/**
 * A target stated in several places is one row of the data, but a reader searching with the
 * "has a target" filter expects every clause that states it: the search records file the target
 * under each of its clauses.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClauseLink } from '../links.ts';
import { buildSearchRecords } from '../search/index-records.ts';
import { loadContent } from './load-content.ts';

const content = loadContent(resolve(import.meta.dirname, '../../..'));
const records = buildSearchRecords(content.models, content.regions);
const has = (policy: string, clause: string) =>
  records.find((r) => {
    const at = parseClauseLink(r.url);
    return at?.policy === policy && at.clause === clause;
  })?.filters.has ?? [];

describe('search records of targets stated in body and annex', () => {
  it('files 太仓’s 科技型中小企业和高企数 under 附件1 and under 二、（二）1.', () => {
    const t16 = content.models
      .find((m) => m.id === 'taicang-biomed-cluster-2025')!
      .data.targets.find((t) => t.id === 't16')!;
    expect([t16.clause, ...t16.alsoIn.map((m) => m.clause)]).toEqual(['annex1-row3', 's2-c2-i1']);
    expect(has('taicang-biomed-cluster-2025', 'annex1-row3')).toContain('target');
    expect(has('taicang-biomed-cluster-2025', 's2-c2-i1')).toContain('target');
  });
});
