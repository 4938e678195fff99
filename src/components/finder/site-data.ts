/**
 * The finder's data and the stage pages' targets from the site data of this build (server
 * side): provisions with their policy and clause, regions in display order, the as-of date.
 */
import { getSiteData } from '../../data/policies';
import { comparable } from '../../lib/content/review';
import { regionTree } from '../../lib/regions';
import { finderData } from '../../lib/finder/island';
import { targetStages } from '../../lib/finder/stages';
import type { FinderData } from '../../lib/finder/types';
import type { Target } from '../../schemas/policy';
import type { LifecycleStage } from '../../schemas/eligibility-vocab';
import { clauseLink } from '../../lib/links.ts';

export interface StageTarget {
  policy: string;
  region: string;
  target: Target;
  label: string;
  href: string;
  stages: LifecycleStage[];
}

let cached: Promise<{ data: FinderData; targets: StageTarget[] }> | undefined;

export function getFinderSite() {
  cached ??= getSiteData().then(({ policies: all, regions, categories, asOf }) => {
    // The finder adds amounts up across policies: an unreviewed import's figures never enter it.
    const policies = comparable(all);
    const data = finderData({
      policies,
      regions: [...regionTree(regions).regions],
      categories,
      asOf,
    });
    const targets = policies.flatMap((p) =>
      p.data.targets.map((t) => ({
        policy: p.id,
        region: p.data.region,
        target: t,
        label: p.byId.get(t.clause)?.label ?? t.clause,
        href: clauseLink(p.id, t.clause),
        stages: targetStages(t),
      })),
    );
    return { data, targets };
  });
  return cached;
}
