/**
 * How a policy is named on pages. Inside 书名号 only the title as published: a site-made short
 * title goes without them. A title that does not say whose it is (无锡市's 《市政府关于…》) is
 * preceded by the issuing region, as the plain citation does (src/lib/citation/); a text that
 * states no issuer is attributed to its region, marked as such, never left without a 责任者.
 */

/** A region's name without its parenthesised alias: 苏州高新区（虎丘区） → 苏州高新区. */
export const bareRegion = (region: string) => region.replace(/[（(][^）)]*[）)]$/, '');

/** The region to put before a title that does not name it (无锡市 for 市政府关于…), else ''. */
export function titleRegion(title: string, region: string): string {
  const bare = bareRegion(region);
  return bare && !title.includes(bare) ? bare : '';
}

/** 无锡市《市政府关于…》 or 《苏州市…行动计划（2021—2023）》: the published title, in 书名号. */
export const citedTitle = (title: string, region: string) => `${titleRegion(title, region)}《${title}》`;

/**
 * Who answers for the text: its issuers as stated, else its region marked 发文机关未载明
 * (昆山市（发文机关未载明）), so that a reader can still tell whose document it is.
 */
export function issuerText(issuers: string[], region: string): string {
  return issuers.length ? issuers.join('、') : `${bareRegion(region)}（发文机关未载明）`;
}
