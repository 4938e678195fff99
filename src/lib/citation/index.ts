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
 * The 主要责任者 of a citation: the issuers the text names; when it names none (太仓, 昆山), the
 * issuing region (太仓市), which is the government the document comes from. Never a guessed
 * office.
 */
export function creators(s: Pick<CitationSource, 'issuers' | 'region'>): string[] {
  if (s.issuers.length) return s.issuers;
  const region = bareRegion(s.region);
  return region ? [region] : [];
}

/**
 * The title of the cited unit in the formats made for other tools (GB/T 7714, BibTeX, CSL):
 * the document's title, a space, the clause label. Reference managers and styles print the
 * title everywhere, and a style prints no field meant for a clause (CSL `section` is printed by
 * neither the GB/T 7714-2015 style nor pandoc's default), so the label goes where it is read.
 */
export const citedTitle = (s: Pick<CitationSource, 'title' | 'label'>) => `${s.title} ${s.label}`;

/**
 * GB/T 7714-2015 for an online government document, in the form of the standard's own example
 * of one (北京市人民政府办公厅. 关于转发…的通知: 京政办发〔2005〕37号[A/OL]. (2005-07-12)[2011-07-12].
 * URL.): 主要责任者. 题名: 其他题名信息[A/OL]. (更新或修改日期)[引用日期]. 获取和访问路径. The
 * 文号 is the 其他题名信息 (only when stated), [A/OL] the type the standard gives such documents
 * (A, with OL for online), the document's date goes in parentheses (left out when the text
 * states none: no year is guessed). This is exactly what citeproc-js makes of cslJson() with the
 * GB/T 7714-2015 CSL style (tests/citation-clients.test.ts checks every clause).
 */
export function gbt7714(s: CitationSource): string {
  const who = creators(s);
  const creator = who.length ? `${who.join(', ')}. ` : '';
  const title = `${citedTitle(s)}${s.docNumber ? `: ${s.docNumber}` : ''}[A/OL]`;
  const date = s.date ? `(${s.date})` : '';
  return `${creator}${title}. ${date}[${s.accessed}]. ${s.url}.`;
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
 * A biblatex @legislation entry: the type that the GB/T 7714-2015 biblatex style
 * (biblatex-gb7714-2015) and pandoc (BibTeX → CSL `legislation`) both cite as [A], like the
 * CSL-JSON. Corporate authors are double-braced so that BibTeX does not split them into given
 * and family names; `number` is the 文号, `langid` the language biblatex and pandoc read.
 */
export function bibtex(s: CitationSource): string {
  const fields: [string, string][] = [];
  const who = creators(s);
  if (who.length) fields.push(['author', who.map((i) => `{${tex(i)}}`).join(' and ')]);
  fields.push(['title', `{${tex(citedTitle(s))}}`]);
  if (s.docNumber) fields.push(['number', tex(s.docNumber)]);
  if (s.date) fields.push(['date', s.date]);
  fields.push(['url', s.url], ['urldate', s.accessed], ['langid', 'chinese']);
  return `@legislation{${citationKey(s)},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * CSL-JSON (the format of Zotero, Mendeley and citeproc): one item of type `legislation` (GB/T
 * 7714 [A]), its title the document's title and the clause label, the issuers (else the issuing
 * region) as literal (institutional) authors, the 文号 as `number`.
 */
export function cslJson(s: CitationSource): string {
  const item: Record<string, unknown> = { id: citationKey(s), type: 'legislation', title: citedTitle(s) };
  const who = creators(s);
  if (who.length) item.author = who.map((literal) => ({ literal }));
  if (s.docNumber) item.number = s.docNumber;
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
