/**
 * The candidate-based ranking (related.ts) against the exhaustive one it replaced
 * (related-exhaustive.ts) on the five policies: for every clause, the same related clauses in the
 * same order with the same scores. Below the candidate cap the two must agree exactly; the scale
 * benchmark reports how often they agree on a large generated corpus, where the cap applies.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';
import { categoriesByClause, relatedIndex } from './related.ts';
import { exhaustiveRelatedIndex } from './related-exhaustive.ts';

const { models } = loadContent(resolve(import.meta.dirname, '../../..'));
const clauses = models.flatMap((m) => m.clauses);
const categories = categoriesByClause(models);
const key = (r: { clause: { policy: string; id: string } }) => `${r.clause.policy}#${r.clause.id}`;

describe('related clauses: candidates against the exhaustive ranking (five policies)', () => {
  const fast = relatedIndex(clauses, categories);
  const exhaustive = exhaustiveRelatedIndex(clauses, categories);

  it('finds related clauses for most clauses (the comparison is not vacuous)', () => {
    expect(clauses.length).toBeGreaterThan(400);
    const withRelated = clauses.filter((c) => exhaustive(c).length > 0).length;
    expect(withRelated).toBeGreaterThan(clauses.length / 2);
  });

  it('gives every clause the same related clauses, in the same order, with the same scores', () => {
    const differences: string[] = [];
    for (const c of clauses) {
      for (const options of [{}, { limit: 8, perPolicy: 3 }]) {
        const a = fast(c, options);
        const b = exhaustive(c, options);
        const same =
          a.length === b.length &&
          a.every(
            (r, i) =>
              key(r) === key(b[i]!) &&
              Math.abs(r.score - b[i]!.score) < 1e-9 &&
              r.sharedTopics.join() === b[i]!.sharedTopics.join() &&
              r.sharedCategories.join() === b[i]!.sharedCategories.join(),
          );
        if (!same) differences.push(`${c.policy}#${c.id}: ${a.map(key).join(' ')} ≠ ${b.map(key).join(' ')}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('with a small candidate cap still finds the clause closest in wording first when topics tie', () => {
    const capped = relatedIndex(clauses, categories, { postingBudget: 60, candidates: 20 });
    let compared = 0;
    let sameFirst = 0;
    for (const c of clauses) {
      const b = exhaustive(c);
      if (!b.length) continue;
      compared++;
      if (key(capped(c)[0] ?? { clause: { policy: '', id: '' } }) === key(b[0]!)) sameFirst++;
    }
    expect(compared).toBeGreaterThan(200);
    // A cap of 20 is far below the five policies' posting lists; the best match still comes first almost always.
    expect(sameFirst / compared).toBeGreaterThan(0.9);
  });
});

describe('related clauses: candidates by topic when no wording is shared', () => {
  // 40 policies × 12 clauses, topics and categories drawn from small sets, texts of distinct
  // characters: no two clauses share a bigram, so only the topic/category groups propose
  // candidates and the ranking is decided by topic rarity, categories and (policy, id) order.
  let next = 0x4e00;
  const text = () => String.fromCodePoint(...Array.from({ length: 10 }, () => next++));
  const topicSets = [['a'], ['b'], ['a', 'b'], ['c'], ['a', 'c'], ['b', 'c', 'd'], ['d']];
  const synthetic = Array.from({ length: 40 }, (_, p) =>
    Array.from({ length: 12 }, (_, k) => ({
      policy: `p${String(p).padStart(2, '0')}`,
      id: `c${k}`,
      kind: 'item',
      topics: topicSets[(p * 5 + k * 3) % topicSets.length]!,
      heading: null,
      ownText: text(),
    })),
  ).flat();
  const cats = new Map(
    synthetic.filter((_, i) => i % 7 === 0).map((c, i) => [`${c.policy}#${c.id}`, new Set([i % 2 ? 'x' : 'y'])]),
  );

  it('gives the same results as scoring every clause', () => {
    const fast = relatedIndex(synthetic, cats, { postingBudget: 5, candidates: 5 });
    const exhaustive = exhaustiveRelatedIndex(synthetic, cats);
    let nonEmpty = 0;
    for (const c of synthetic) {
      const b = exhaustive(c).map(key);
      if (b.length) nonEmpty++;
      expect(fast(c).map(key), `${c.policy}#${c.id}`).toEqual(b);
    }
    expect(nonEmpty).toBe(synthetic.length);
  });
});
