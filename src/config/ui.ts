/**
 * Wording that repeats across pages, in one place, so that a page, a table cell and the open data
 * say the same thing the same way.
 */

/** What the text does not state: shown instead of a value, never a guess. */
export const UNSTATED = '未载明';

/** A policy imported but not yet reviewed: shown on its pages and in its open-data rows. */
export const DRAFT = '待审核';

/** The site's texts are transcriptions: every page that shows one says so. */
export const UNOFFICIAL = '非官方版本';

/** What the reader should rely on instead. */
export const DEFER_TO_OFFICIAL = '以发文机关正式文本为准';
