/**
 * Citation formats of a clause: the plain Chinese citation with its issuing region, GB/T
 * 7714-2015 (the standard Chinese papers follow), a Markdown link, BibTeX and CSL-JSON for
 * reference managers. Pure functions of the clause's metadata, shared by the pages (build time)
 * and the per-clause menu (browser); docs/citations.md says which rules each follows.
 */

export interface CitationSource {
  /** Policy ID (ASCII), for reference-manager keys. */
  policy: string;
  /** Full title as the document gives it. */
  title: string;
  /** Name of the issuing region (无锡市), added to the plain citation when the title does not say it. */
  region: string;
  /** Issuing bodies as the text names them; empty when the text does not state them. */
  issuers: string[];
  /** 文号, null when the text does not state one. */
  docNumber: string | null;
  /** The document's date (published, else written), YYYY-MM-DD; null when the text does not state one. */
  date: string | null;
  /** Clause ID and its citation label (第（十二）条, 三、（一）二是, 附件“三、创新平台工程”第5项). */
  clause: string;
  label: string;
  /** Absolute URL of the clause, as the reader found it. */
  url: string;
  /** The day the reader cites it, YYYY-MM-DD (GB/T 7714 引用日期, BibTeX urldate, CSL accessed). */
  accessed: string;
}

export type CitationFormat = 'plain' | 'gbt7714' | 'markdown' | 'bibtex' | 'csl';

/** A region's name without its parenthesised alias: 苏州高新区（虎丘区） → 苏州高新区. */
const bareRegion = (region: string) => region.replace(/[（(][^）)]*[）)]$/, '');

/**
 * 《title》label, preceded by the issuing region when the title does not name it: Wuxi's
 * 《市政府关于…》 says 市政府 but not which city, so it is cited 无锡市《市政府关于…》第（十二）条.
 */
export function plainCitation(s: Pick<CitationSource, 'title' | 'region' | 'label'>): string {
  const region = bareRegion(s.region);
  const prefix = region && !s.title.includes(region) ? region : '';
  return `${prefix}《${s.title}》${s.label}`;
}

/**
 * GB/T 7714-2015 §4.8 (电子资源): 主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. 出版年:
 * 引文页码[引用日期]. 获取和访问路径. The issuers are the 主要责任者 (left out when the text states
 * none, rather than guessed), the 文号 is the 其他题名信息 (only when stated), [EB/OL] marks an
 * online document, the document's date stands for 出版年 (left out when unknown) and the clause
 * label for the 引文页码 — the place cited.
 */
export function gbt7714(s: CitationSource): string {
  const creator = s.issuers.length ? `${s.issuers.join(', ')}. ` : '';
  const title = `${s.title}${s.docNumber ? `: ${s.docNumber}` : ''}[EB/OL]`;
  const where = s.date ? `${s.date}: ${s.label}` : s.label;
  return `${creator}${title}. ${where}[${s.accessed}]. ${s.url}.`;
}

/** [无锡市《…》第（十二）条](url), with Markdown's link brackets escaped. */
export function markdownLink(s: CitationSource): string {
  const text = plainCitation(s).replace(/[\\[\]]/g, (c) => `\\${c}`);
  const url = s.url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${url})`;
}

/** TeX's special characters, escaped inside a braced BibTeX value. */
const tex = (s: string) =>
  s.replace(/[\\{}%&#$_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );

/** A reference-manager key: policy and clause IDs, both ASCII. */
export const citationKey = (s: Pick<CitationSource, 'policy' | 'clause'>) => `${s.policy}:${s.clause}`;

/**
 * A BibTeX @misc entry (every BibTeX style knows @misc). Corporate authors are double-braced so
 * that BibTeX does not split them into given and family names; the clause goes into `note`.
 */
export function bibtex(s: CitationSource): string {
  const fields: [string, string][] = [];
  if (s.issuers.length) fields.push(['author', s.issuers.map((i) => `{${tex(i)}}`).join(' and ')]);
  fields.push(['title', `{${tex(s.title)}}`]);
  if (s.docNumber) fields.push(['number', tex(s.docNumber)]);
  fields.push(['note', tex(s.label)]);
  if (s.date) fields.push(['date', s.date], ['year', s.date.slice(0, 4)]);
  fields.push(['url', s.url], ['urldate', s.accessed], ['language', 'chinese']);
  return `@misc{${citationKey(s)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * CSL-JSON (the format of Zotero, Mendeley and citeproc): one item of type `legislation`, the
 * clause as its `section`, the issuers as literal (institutional) authors.
 */
export function cslJson(s: CitationSource): string {
  const item: Record<string, unknown> = { id: citationKey(s), type: 'legislation', title: s.title };
  if (s.issuers.length) item.author = s.issuers.map((literal) => ({ literal }));
  if (s.docNumber) item.number = s.docNumber;
  item.section = s.label;
  if (s.date) item.issued = dateParts(s.date);
  item.accessed = dateParts(s.accessed);
  item.URL = s.url;
  item.language = 'zh-CN';
  return JSON.stringify([item], null, 2);
}

/** The citation of a clause in one format; `plain` is followed by the URL, as a reader pastes it. */
export function formatCitation(format: CitationFormat, s: CitationSource): string {
  switch (format) {
    case 'plain':
      return `${plainCitation(s)}，${s.url}`;
    case 'gbt7714':
      return gbt7714(s);
    case 'markdown':
      return markdownLink(s);
    case 'bibtex':
      return bibtex(s);
    case 'csl':
      return cslJson(s);
  }
}

/** A date as YYYY-MM-DD in the reader's own time zone (the day they cite on). */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface PolicyCitationData {
  id: string;
  title: string;
  region: string;
  issuers: string[];
  docNumber: string | null;
  datePublished: string | null;
  dateWritten: string | null;
}

/**
 * What the per-clause menu needs to cite any clause of a policy, as data-* attributes of its
 * <suxi-clause-tools> element (once per page, not per clause). The date is the publication date,
 * else the date written.
 */
export function citationAttributes(p: PolicyCitationData): Record<string, string> {
  return {
    'data-policy': p.id,
    'data-title': p.title,
    'data-region': p.region,
    'data-issuers': JSON.stringify(p.issuers),
    'data-doc-number': p.docNumber ?? '',
    'data-date': p.datePublished ?? p.dateWritten ?? '',
  };
}
