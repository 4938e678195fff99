/**
 * What an unreviewed import (待审核) takes part in. A draft policy's text is published at once and
 * marked as such; its figures (targets, subsidies) appear on its own pages, marked, and in the
 * open data with `draft: true`, but never in a comparison across policies — /subsidies/,
 * /targets/, the overview, region, topic and department tables, the finder's totals — until a
 * maintainer has checked them and removed the mark.
 */

export interface Reviewable {
  data: { draft?: boolean | undefined };
}

/** Whether a policy is an unreviewed import. */
export const isDraft = (policy: Reviewable): boolean => policy.data.draft === true;

/** The policies whose figures may be compared across policies: the reviewed ones, in the given order. */
export function comparable<T extends Reviewable>(policies: T[]): T[] {
  return policies.filter((p) => !isDraft(p));
}

/** The unreviewed policies, in the given order: their figures are shown on their own pages only. */
export function drafted<T extends Reviewable>(policies: T[]): T[] {
  return policies.filter(isDraft);
}

/** The title a new policy gets when neither its text nor its file name gives one: it says so, and names the policy. */
export const standInTitle = (id: string) => `标题未载明（${id}）`;

/** Whether a title is the importer's stand-in, to be replaced by the published document's title. */
export const isStandInTitle = (title: string) => /^标题未载明（[a-z0-9-]+）$/.test(title);
