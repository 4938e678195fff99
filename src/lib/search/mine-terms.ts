/**
 * Mines candidate thesaurus entries from a policy text: the places where a text itself says that
 * two writings name one thing. The candidates are for review (`npm run vocab:mine`), never used by
 * the search directly: a pattern finds a pair, only a person can say whether the pair is a true
 * equivalent (docs/search.md, "The thesaurus").
 *
 * Patterns, with full-width and ASCII brackets alike:
 *   - hereinafter   国家药品监督管理局（以下简称“国家药监局”）, …，以下简称“…”
 *   - short-for     中国（江苏）自由贸易试验区苏州片区（简称苏州自贸片区）
 *   - acronym-after 合同研究组织（CRO）, 人工智能（AI）: a Latin acronym in brackets after a name
 *   - acronym-first CRO（合同研究组织）, FDA（美国食品药品监督局）: a name in brackets after an acronym
 *   - bracketed     药品监督管理局（药监局）, “长三角联盟”（长三角生物医药产业联盟）: a Han name in
 *                   brackets whose characters the other name holds in order (an abbreviation)
 */
import { normalize } from './normalize.ts';

export type MinePattern = 'hereinafter' | 'short-for' | 'acronym-after' | 'acronym-first' | 'bracketed';

export interface TermCandidate {
  /** The full name, as the text writes it. */
  full: string;
  /** The short name or acronym, as the text writes it. */
  short: string;
  pattern: MinePattern;
  /** Offset of the bracket (or 以下简称) in the text, UTF-16 units. */
  index: number;
  /** The sentence the pair was found in. */
  sentence: string;
}

const OPEN = '（(';
const CLOSE = '）)';
/** Latin letters and digits, full-width too (ＣＲＯ). */
const ALNUM = 'A-Za-z0-9Ａ-Ｚａ-ｚ０-９';
/** An acronym: starts with a letter, holds a capital, no spaces (CRO, mRNA, CAR-T, CMO/CDMO, REITs). */
const ACRONYM = new RegExp(`^[A-Za-zＡ-Ｚａ-ｚ][${ALNUM}]*(?:[-+&/·][${ALNUM}]+)*$`, 'u');
const HAS_CAPITAL = /[A-ZＡ-Ｚ]/u;
/** What ends the name before a bracket: punctuation of a sentence or of a list. */
const NAME_BREAK = /[，,。；;：:、！？!?\n“”"《》〈〉【】]/u;
/** Verbs and function words a name written before a bracket often follows (支持合同研究组织（CRO）). */
const LEADING_WORDS = [
  '加快发展',
  '加快建设',
  '积极发展',
  '大力发展',
  '支持',
  '鼓励',
  '引进',
  '培育',
  '推动',
  '推进',
  '加快',
  '打造',
  '围绕',
  '聚焦',
  '重点',
  '面向',
  '包括',
  '以及',
  '依托',
  '发展',
  '建设',
  '设立',
  '成立',
  '组建',
  '建立',
  '开展',
  '提供',
  '取得',
  '获得',
  '通过',
  '做优',
  '做强',
  '做大',
  '布局',
  '加强',
  '提升',
  '对在',
  '为了',
  '规范',
  '关于',
  '新取得',
  '精心办好',
  '办好',
  '对于',
  '及',
  '和',
  '与',
  '对',
  '在',
  '由',
  '经',
  '将',
  '以',
  '为',
  '向',
  '的',
];
/** Bracketed words that qualify rather than abbreviate (管理办法（试行）, 各市（县）). */
const NOT_NAMES = new Set(['试行', '暂行', '修订', '草案', '征求意见稿', '含', '以上', '以下']);

function isAcronym(s: string): boolean {
  return ACRONYM.test(s) && HAS_CAPITAL.test(s) && [...s].length >= 2;
}

function isHanName(s: string): boolean {
  return /^[\p{Script=Han}A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+$/u.test(s) && /\p{Script=Han}/u.test(s) && [...s].length >= 2;
}

/** Whether the characters of `short` occur in `full` in the same order (药监局 in 药品监督管理局). */
export function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const ch of full) if (at < short.length && ch === short[at]) at++;
  return at === short.length;
}

/** The name written right before `end`: back to the last break, leading verbs and function words dropped. */
function nameBefore(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const ch = text[start - 1]!;
    if (CLOSE.includes(ch)) {
      // A bracket inside a name (中国（江苏）自由贸易试验区) is part of it; a numbering mark
      // (（十二）), an acronym (（CRO）和…) or a note before the name is not.
      const open = Math.max(...[...OPEN].map((o) => text.lastIndexOf(o, start - 2)));
      const inner = open >= 0 ? text.slice(open + 1, start - 1) : '';
      const inName =
        open > 0 &&
        /^\p{Script=Han}{2,}$/u.test(inner) &&
        !/^[一二三四五六七八九十百]+$/u.test(inner) &&
        /\p{Script=Han}/u.test(text[open - 1]!);
      if (!inName) break;
      start = open;
      continue;
    }
    if (OPEN.includes(ch) || NAME_BREAK.test(ch)) break;
    start--;
  }
  let name = text.slice(start, end).trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const w of LEADING_WORDS)
      if (name.startsWith(w) && name.length > w.length + 1) {
        name = name.slice(w.length);
        changed = true;
      }
  }
  return name;
}

/** A name after its last conjunction (化学仿制药和医药外包服务 → 医药外包服务) when what is left is still a name. */
function lastConjunct(name: string): string {
  const parts = name.split(/[和及与或]/u);
  const last = parts[parts.length - 1]!;
  return parts.length > 1 && [...last].length >= 4 && !/[（(）)]/u.test(last) ? last : name;
}

/**
 * The full name an abbreviation stands for, cut from the name written before it: from the earliest
 * place where the abbreviation's first character starts a run holding all its characters in order
 * (建设苏州市生物医药产业创新中心 → …, 创新中心 is no shorter name of itself, so the whole name is kept).
 */
function fullFor(short: string, before: string): string | null {
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== short[0]) continue;
    const rest = before.slice(i);
    if (!isSubsequence(short, rest)) break;
    if (rest !== short) return rest;
    break;
  }
  return before.length > short.length && before !== short ? before : null;
}

/** The sentence around `index`: from after the last 。；！？ to the next one, included. */
function sentenceAt(text: string, index: number): string {
  const ends = /[。；;！？!?\n]/u;
  let start = index;
  while (start > 0 && !ends.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && !ends.test(text[end]!)) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** The bracketed groups of a text: offset of the opening bracket, its content and the offset after the closing one. */
function brackets(text: string): { open: number; inner: string; after: number }[] {
  const out: { open: number; inner: string; after: number }[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) stack.push(i);
    else if (CLOSE.includes(ch) && stack.length) {
      const open = stack.pop()!;
      out.push({ open, inner: text.slice(open + 1, i), after: i + 1 });
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

const QUOTES = /^[“”"'‘’「」『』]+|[“”"'‘’「」『』]+$/gu;
/** 以下简称“X” / 简称X / 以下称X, with or without quotes and a colon. */
const SHORT_FOR = /^(以下简称|以下称|下称|简称)[:：]?\s*(.+)$/u;

/** Candidate pairs the text states itself, in text order, each pair once. */
export function mineTerms(text: string): TermCandidate[] {
  const out: TermCandidate[] = [];
  const seen = new Set<string>();
  const add = (full: string, short: string, pattern: MinePattern, index: number) => {
    full = full.replace(QUOTES, '').trim();
    short = short.replace(QUOTES, '').trim();
    if (!full || !short || normalize(full) === normalize(short)) return;
    const key = `${normalize(full)}\u0000${normalize(short)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ full, short, pattern, index, sentence: sentenceAt(text, index) });
  };

  for (const b of brackets(text)) {
    const inner = b.inner.trim();
    const stated = inner.match(SHORT_FOR);
    if (stated) {
      // 国家药品监督管理局（以下简称“国家药监局”）: the name is the one before the bracket.
      const short = stated[2]!.replace(QUOTES, '').replace(/[）)]$/u, '');
      // The text states the pair: the whole name before it is the full name (江苏省产业技术研究院).
      const full = nameBefore(text, b.open).replace(QUOTES, '');
      if (full && [...short].length >= 2) add(full, short, stated[1] === '简称' ? 'short-for' : 'hereinafter', b.open);
      continue;
    }
    if (isAcronym(inner)) {
      // 合同研究组织（CRO）
      const full = lastConjunct(nameBefore(text, b.open).replace(QUOTES, ''));
      // 提供研发、生产服务的（CMO/CDMO）: a clause, not a name.
      if (full && /\p{Script=Han}/u.test(full) && !isAcronym(full) && !/的$/u.test(full))
        add(full, inner, 'acronym-after', b.open);
      continue;
    }
    if (!isHanName(inner) || NOT_NAMES.has(inner)) continue;
    // FDA（美国食品药品监督局）: the acronym written right before the bracket.
    const acronym = text
      .slice(0, b.open)
      .match(new RegExp(`[A-Za-zＡ-Ｚａ-ｚ][${ALNUM}]*(?:[-+&/·][${ALNUM}]+)*$`, 'u'))?.[0];
    if (acronym && isAcronym(acronym)) {
      add(inner, acronym, 'acronym-first', b.open);
      continue;
    }
    const quoted = text.slice(0, b.open).match(/[“"「『]([^“”"「」『』]{2,20})[”"」』]$/u)?.[1];
    if (quoted) {
      // “长三角联盟”（长三角生物医药产业联盟）: a quoted short name, the full one in brackets.
      if (quoted.length < inner.length && quoted[0] === inner[0] && isSubsequence(quoted, inner))
        add(inner, quoted, 'bracketed', b.open);
      continue;
    }
    const before = nameBefore(text, b.open);
    if (!before || before === inner || inner.length >= before.length || !isSubsequence(inner, before)) continue;
    // 药品监督管理局（药监局）: an abbreviation in brackets. Only from where the abbreviation's first
    // character starts, and no brackets in the name: 创业领军人才（团队） is "or a team".
    const full = fullFor(inner, before);
    if (full && full.startsWith(inner[0]!) && !/[（(）)]/u.test(full)) add(full, inner, 'bracketed', b.open);
  }
  // ，以下简称“X” without brackets.
  for (const m of text.matchAll(/[，,]\s*(以下简称|以下称)[:：]?\s*[“"]([^”"]+)[”"]/gu)) {
    const full = nameBefore(text, m.index).replace(QUOTES, '');
    if (full) add(full, m[2]!, 'hereinafter', m.index);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The writings of a thesaurus entry a candidate is compared with (its forms, narrower terms and finds). */
export interface KnownEntry {
  id: string;
  forms: string[];
  narrower?: string[] | undefined;
  finds?: string[] | undefined;
}

export interface CandidateStatus {
  /** `new`: neither writing is in the thesaurus; `partial`: one is (add the other to that entry); `known`: both are, in one entry. */
  status: 'new' | 'partial' | 'known';
  /** The entries holding either writing. */
  entries: string[];
}

/** Whether the thesaurus already joins a candidate's two writings (compared normalised). */
export function candidateStatus(
  candidate: Pick<TermCandidate, 'full' | 'short'>,
  entries: KnownEntry[],
): CandidateStatus {
  const full = normalize(candidate.full);
  const short = normalize(candidate.short);
  const holding = (w: string) =>
    entries
      .filter((e) => [...e.forms, ...(e.narrower ?? []), ...(e.finds ?? [])].some((f) => normalize(f) === w))
      .map((e) => e.id);
  const withFull = holding(full);
  const withShort = holding(short);
  const both = withFull.filter((id) => withShort.includes(id));
  if (both.length) return { status: 'known', entries: both };
  const any = [...new Set([...withFull, ...withShort])];
  return { status: any.length ? 'partial' : 'new', entries: any };
}
