/**
 * How readers name a document before a clause reference (issue 17): by its place and its kind
 * (无锡的意见, 苏州三年行动计划, 昆山清单, 高新区分工表), by a distinctive word of its title (强链补链,
 * 核酸, 医疗器械和生物医药), or by its full or short title, in any order and with 的, 《》 or spaces.
 * `documentsNamed` says which documents a designation fits, or null when the text is not one.
 */
import { normalize } from './normalize.ts';
import type { Place } from './places.ts';

export interface DocumentInfo {
  id: string;
  title: string;
  shortTitle: string;
  /** Region of the policy and the regions above it (苏州高新区 → snd, suzhou). */
  regions: string[];
  /** The policy's kind as the data names it (政策意见, 行动计划, 工作清单 …). */
  kind: string;
  /** Its 发文字号 when the text states one (苏委办发〔2021〕14号): readers name a document by it. */
  number?: string;
}

/** A 文号 in any brackets or none (苏委办发[2021]14号, 苏委办发2021 14号): the characters that tell it apart. */
/** A 文号's issuing-office code, the Han characters before its year (苏委办发〔2021〕14号 → 苏委办发), if of three or more. */
export function numberCode(number: string): string | null {
  const code = numberKey(number).match(/^(\p{Script=Han}{3,})\d{4}/u)?.[1];
  return code ?? null;
}

export const numberKey = (s: string): string => normalize(s).replace(/[[\]〔〕【】()（）［］〈〉<>\s]/gu, '');

/**
 * Words readers use for a kind of document, and the kinds each may mean. 分工表 and 任务清单 name a
 * work list, or a plan's task table (苏州 and 苏州高新区 publish theirs as an annex); 政策 and 文件
 * name any document.
 */
const KIND_WORDS: [string, string[] | null][] = (
  [
    ['若干政策意见', ['政策意见', '意见']],
    ['政策意见', ['政策意见', '意见']],
    ['若干意见', ['政策意见', '意见']],
    ['实施意见', ['政策意见', '意见']],
    ['若干政策', ['政策意见', '意见', '若干政策']],
    ['意见', ['政策意见', '意见']],
    ['三年行动计划', ['行动计划']],
    ['三年计划', ['行动计划']],
    ['三年行动', ['行动计划']],
    ['行动计划', ['行动计划']],
    ['行动方案', ['行动计划', '实施方案']],
    ['实施方案', ['行动计划', '实施方案']],
    ['计划', ['行动计划']],
    ['方案', ['行动计划', '实施方案']],
    ['规划', ['行动计划', '规划']],
    ['重点工作清单', ['工作清单']],
    ['工作清单', ['工作清单']],
    ['任务清单', ['工作清单', '行动计划']],
    ['清单', ['工作清单']],
    ['任务分工表', ['工作清单', '行动计划']],
    ['责任分工表', ['工作清单', '行动计划']],
    ['责任分工', ['工作清单', '行动计划']],
    ['任务分解表', ['工作清单', '行动计划']],
    ['重点任务表', ['工作清单', '行动计划']],
    ['十大工程', ['行动计划']],
    ['任务分工', ['工作清单', '行动计划']],
    ['分工表', ['工作清单', '行动计划']],
    ['分工', ['工作清单', '行动计划']],
    ['任务表', ['工作清单', '行动计划']],
    // A plan's table of indicators (太仓 附件1 主要指标表).
    ['主要指标表', ['行动计划', '工作清单']],
    ['指标表', ['行动计划', '工作清单']],
    ['政策', null],
    ['文件', null],
    ['措施', null],
    ['通知', null],
  ] as [string, string[] | null][]
).sort((a, b) => b[0].length - a[0].length);

/** Characters that join words in titles and that readers swap (医疗器械和生物医药 / 医疗器械及生物医药). */
const JOINERS = /[和及与、]/gu;
/** Marks around or inside a designation that carry no meaning here. */
const NOISE = /[《》〈〉<>「」『』“”"'‘’·\s]|的|[那这哪]一?[个份篇项]/gu;

const squash = (s: string) => normalize(s).replace(NOISE, '').replace(JOINERS, '');

/**
 * Whether a part of a designation is found in a title: whole; cut into pieces of two characters or
 * more that the title holds in order (核酸产业集群重点工作 in 小核酸及生物医药产业创新集群建设重点工作:
 * readers leave words of a long title out); or (3+ characters) by most of its pairs.
 */
function inTitle(part: string, title: string): boolean {
  if (title.includes(part)) return true;
  if ([...part].length < 3) return false;
  if (inOrder([...part], title)) return true;
  const pairs: string[] = [];
  const chars = [...part];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs.filter((p) => title.includes(p)).length / pairs.length >= 0.75;
}

/**
 * Whether `chars` cut into pieces of 2+ characters are found in `title` in order (the longest piece
 * first). Each (piece start, title position) is tried once, so the work is bounded by their product.
 */
function inOrder(chars: string[], title: string): boolean {
  const failed = new Set<string>();
  const from = (start: number, at: number): boolean => {
    if (start === chars.length) return true;
    const key = `${start}:${at}`;
    if (failed.has(key)) return false;
    for (let end = chars.length; end >= start + 2; end--) {
      if (end !== chars.length && chars.length - end < 2) continue;
      const found = title.indexOf(chars.slice(start, end).join(''), at);
      if (found !== -1 && from(end, found + (end - start))) return true;
    }
    failed.add(key);
    return false;
  };
  return from(0, 0);
}

export interface DocumentDesignation {
  /** Documents the designation fits; several when it does not tell them apart. */
  ids: string[];
  /** Regions it named (a place word). */
  regions: string[];
  /**
   * It named the document unmistakably: a word for its kind (清单, 行动计划), or its place and words of
   * its title that at most half the documents share (苏州强链补链) — not title words alone (医疗器械 of
   * 医疗器械注册证 is text), nor words most titles hold (无锡 生物医药).
   */
  byName: boolean;
}

/**
 * Which documents a designation names, or null when it names none (then it is not a designation:
 * the query is searched as text). A place alone names its documents (无锡 第二十条); a place names
 * its own documents before those of the regions inside it (苏州三年行动计划 is 苏州市's, not 苏州高新区's).
 */
export function documentsNamed(text: string, docs: DocumentInfo[], places: Place[]): DocumentDesignation | null {
  let rest = squash(text);
  if (!rest) return null;
  const key = numberKey(text);
  const numbered = docs.filter((d) => d.number && key.includes(numberKey(d.number)));
  if (numbered.length) return { ids: numbered.map((d) => d.id), regions: [], byName: true };
  // 苏委办发 专栏3, 苏委办发2021: the issuing office's code of a 文号 (before its year) names the
  // documents numbered with it.
  const coded = docs.filter((d) => {
    const code = d.number ? numberCode(d.number) : null;
    if (code === null || !numberKey(d.number!).startsWith(key)) return false;
    return key === code || /^\d{4}$/u.test(key.slice(code.length));
  });
  if (coded.length) return { ids: coded.map((d) => d.id), regions: [], byName: true };
  const regions: string[] = [];
  const kinds: (string[] | null)[] = [];
  const parts: string[] = [];
  // Take places and kind words out wherever they are; what is left must be in the title.
  const lexicon = [
    ...places.map((p) => ({ text: squash(p.text), place: p.region, kinds: undefined })),
    ...KIND_WORDS.map(([w, k]) => ({ text: w, place: undefined, kinds: k })),
  ]
    .filter((w) => w.text)
    .sort((a, b) => b.text.length - a.text.length);
  let chunk = '';
  while (rest) {
    const hit = lexicon.find((w) => rest.startsWith(w.text));
    if (hit) {
      if (chunk) parts.push(chunk);
      chunk = '';
      if (hit.place) regions.push(hit.place);
      else kinds.push(hit.kinds ?? null);
      rest = rest.slice(hit.text.length);
    } else {
      const ch = String.fromCodePoint(rest.codePointAt(0)!);
      chunk += ch;
      rest = rest.slice(ch.length);
    }
  }
  if (chunk) parts.push(chunk);
  // A single character left over names nothing (无 of 无锡…): the split was in the wrong place.
  if (parts.some((p) => [...p].length < 2)) return null;
  // Title words alone must be distinctive (强链补链, 小核酸清单): 创新 or 推动 is in many titles and
  // begins many headings (创新平台工程第5项).
  if (!regions.length && !kinds.length && [...parts.join('')].length < 4) return null;

  const titled = docs.filter((d) => {
    const titles = [squash(d.title), squash(d.shortTitle)];
    return parts.every((p) => titles.some((t) => inTitle(p, t)));
  });
  const fits = titled.filter((d) => {
    const titles = [squash(d.title), squash(d.shortTitle)];
    if (!regions.every((r) => d.regions.includes(r))) return false;
    return kinds.every((k) => k === null || k.includes(d.kind) || titles.some((t) => k.some((x) => t.includes(x))));
  });
  if (!fits.length) return null;
  // 苏州 names 苏州市's own documents first; those of its districts only when it has none that fit.
  const own = fits.filter((d) => regions.every((r) => d.regions[0] === r));
  return {
    ids: (own.length ? own : fits).map((d) => d.id),
    regions,
    // Title words most documents share (生物医药, 医药产业) do not tell one apart: after a place they
    // are what the reader looks for there (梁溪区 生物医药 人才引进), not a name.
    byName: kinds.length > 0 || (regions.length > 0 && parts.length > 0 && titled.length * 2 <= docs.length),
  };
}

/** Whether a text holds a word for a kind of document with a meaning (清单, 行动计划, 意见 — not 政策 or 文件). */
export function hasKindWord(text: string): boolean {
  const t = squash(text);
  return KIND_WORDS.some(([w, kinds]) => kinds !== null && t.includes(w));
}

/** A 文号 or its year in brackets (〔2021〕, 14号): what `documentsNamed` matches a 发文字号 by. */
const NUMBER_LIKE = /\d\s*号|[〔[【(]\s*\d{4}\s*[〕\]】)]/u;

/** Whether a term is typed as a 文号 or its year in brackets (苏委办发〔2021〕14号): it may name a document. */
export const isNumberLike = (term: string): boolean => NUMBER_LIKE.test(normalize(term));

/**
 * Whether a text holds what lets `documentsNamed` name a document by more than words of its title
 * (`byName`): a word for a kind of document (政策 and 文件 included), a place followed by more text,
 * or a 文号. Text without any of them names a document only by title words, which alone never
 * decide how a query is read (plan.ts `mayNameDocument`).
 */
export function mayDesignate(text: string, places: readonly Place[]): boolean {
  const t = squash(text);
  if (KIND_WORDS.some(([w]) => t.includes(w))) return true;
  if (NUMBER_LIKE.test(normalize(text))) return true;
  return places.some((p) => {
    const w = squash(p.text);
    return w !== '' && t.length > w.length && t.includes(w);
  });
}

/** Whether a text ends with a word for a kind of document, 政策 and 文件 included (苏州这个生物医药政策). */
export function endsWithKindWord(text: string): boolean {
  const t = squash(text);
  return KIND_WORDS.some(([w]) => t.endsWith(w));
}

/** Whether a text is only words for a kind of document (清单, 三年行动计划, 政策意见): a designation, never a heading. */
export function isKindWords(text: string): boolean {
  let rest = squash(text);
  if (!rest) return false;
  while (rest) {
    const hit = KIND_WORDS.find(([w]) => rest.startsWith(w));
    if (!hit) return false;
    rest = rest.slice(hit[0].length);
  }
  return true;
}
