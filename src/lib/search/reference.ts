/**
 * Clause references as readers type them — 第（十二）条, 第十二条, （三）, 三、（一）二是, 第（三）条第1项,
 * 专栏3第2项, 序号13, 附件第12行, 附件 三、创新平台工程 第5项 — resolved against the numbering of the
 * clauses, not against label strings.
 *
 * Both sides speak one small language of reference keys. A key is a path of numbered steps:
 *   s section (一、)   t article (第X条, and 无锡's running （X）, cited 第（X）条)   c item (（X）)
 *   i point, box item or row within its group (第X项, X.)   n subpoint ((1))   r run (一是)
 *   b box (专栏N)   x annex (附件N; 附件 = 1)   g row group (附件's 三、)   p paragraph (第N段)
 *   w table row by its 序号 (序号13; 第13行 too)   l table row by position, in a table without 序号 (第12行)
 * The index gives every clause the keys a reader could type for it (`clauseRefKeys`), stored as
 * hidden words (`refWord`); the search page parses the query into keys (`parseReference`) and asks
 * for those words. Lookups cost one index word, whatever the size of the corpus.
 */
import { CLAUSE_KIND_LIST, CLAUSE_KINDS, parseClauseId, ROW_POSITION_REF, type ClauseKind } from '../clauses/ids.ts';
import { normalize } from './normalize.ts';
import { NUMERAL_CHARS, readTypedNumber } from '../chinese-numerals.ts';

/** The code of a heading's name as a reference step: a letter no kind of clause uses (src/lib/clauses/ids.ts). */
const HEADING_REF = 'h';

/** The word a reference key is indexed as: `__` keeps it apart from every word a text or query makes. */
export const refWord = (key: string): string => `__${key}_`;

/**
 * A heading's name as a reference step (创新平台工程 of 附件 三、创新平台工程, the title of a 专栏, a
 * section's heading): the numbering and punctuation around it dropped, folded, hashed to a short
 * ASCII code so that it is one index word like the other keys. A name is also keyed without a
 * trailing generic word (工程, 行动, 专栏 …) and without a leading verb (实施, 推进 …), as readers
 * shorten it.
 */
/**
 * The verb a heading's name may begin with, which readers leave out as they do its trailing 工程 or
 * 计划 (实施卓越产业人才汇聚计划 cited as 卓越产业人才汇聚计划) — only before four characters or more.
 */
const LEADING_VERB =
  /^(?:实施|推进|推动|加快|加强|强化|打造|建设|构建|完善|优化|提升|深化|促进|支持|鼓励|培育|发展|壮大|做强|引进|集聚|健全|落实|开展)(?=\p{Script=Han}{4,})/u;

export function headingKeys(name: string): string[] {
  const named = normalize(name).replace(
    /^(?:附件\d*|专栏\d+|[一二三四五六七八九十]+[、是]|\([一二三四五六七八九十\d]+\)|\d+[.、])+/u,
    '',
  );
  // Only letters count: dashes, plus signs and punctuation are written or left out at will; a
  // note in brackets (产业链（商务局）) may be left out too.
  const letters = (s: string) => s.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  const forms = new Set<string>();
  for (const f of [letters(named), letters(named.replace(/\([^()]*\)/gu, ''))])
    for (const g of [f, f.replace(LEADING_VERB, '')]) {
      forms.add(g);
      forms.add(g.replace(/(?:重点工程|工程|行动|计划|专栏|建设|部分)$/u, ''));
    }
  return [...forms].filter((f) => [...f].length >= 2).map((f) => `${HEADING_REF}${fnv1a(f)}`);
}

/** FNV-1a of a string, base 36: a stable short code (collisions between two headings only merge their lookups). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    h ^= unit;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export interface RefClauseInfo {
  id: string;
  /**
   * Names of the headings the clause is numbered under (its table group, 专栏 or section), so
   * that 创新平台工程第5项 and 专栏“…”第2项 find it: its last step is keyed after each of them.
   */
  headings?: string[];
  /** Names of its own heading (a group, 专栏 or section named without its number). */
  ownHeadings?: string[];
  /** `running`: （n） is numbered across sections and cited as an article (第（三）条). */
  numbering: 'nested' | 'running';
  /** For a table row inside a group: the group's ID and the row's position in it, from 1. */
  group?: { id: string; position: number };
  /** For a table row: whether its number is the table's own 序号 (else its position among the rows). */
  serial?: boolean;
  /**
   * A point numbered across its section's items (5．创新成果转化 … 11．金融资本支撑: `runningPoints`):
   * its number alone (第5项) names it, and readers also call it an article (第11条).
   */
  runningPoint?: boolean;
  /**
   * The last of its kind (`lastClauses`): `sibling` under its parent (专栏3最后一项), `document` in its
   * whole document as well (无锡意见最后一条, 最后一段). Keyed with the number 0, which no clause has.
   */
  last?: 'sibling' | 'document';
  /** For a table row inside a group: it is the group's last row (附件 三、… 最后一项). */
  lastInGroup?: boolean;
}

/** The reference code of each kind of clause (src/lib/clauses/ids.ts), and of a table row by position. */
const ref = (kind: ClauseKind): string => CLAUSE_KINDS[kind].ref;
const {
  article: T,
  item: C,
  point: I,
  subpoint: N,
  run: R,
  box: B,
  annex: X,
  group: G,
  row: W,
  section: S,
  paragraph: P,
} = Object.fromEntries(CLAUSE_KIND_LIST.map((k) => [k, ref(k)])) as Record<ClauseKind, string>;
const L = ROW_POSITION_REF;

/** A box's key among a reference's keys (专栏3 → b3): its items are listed after it. */
export const boxKey = (keys: string[]): string | undefined => keys.find((k) => new RegExp(`^${B}\\d+$`, 'u').test(k));

/** The start of the index words of a box's items (b3i…), for a prefix lookup. */
export const boxItemsWord = (box: string): string => refWord(box).slice(0, -1) + CLAUSE_KINDS.boxItem.ref;

/** At most this many keys per clause. */
const MAX_KEYS = 20;

/** A step's options with the number 0, which stands for "the last" (最后一条 → t0). */
const lastStep = (options: readonly string[]): string[] => options.map((o) => o.replace(/\d+$/u, '0'));

/**
 * The reference keys of a clause: its whole numbering path, the path from its first item or
 * article on (readers leave the section out: （一）二是), a table row on its own (序号13) and by its
 * place in its group (附件 三、… 第5项); 无锡-style running items also as articles (第（三）条).
 */
export function clauseRefKeys(info: RefClauseInfo): string[] {
  const segments = parseClauseId(info.id);
  if (!segments) return [];
  // Each step may be written more than one way.
  const steps: string[][] = segments.map((seg) => {
    if (seg.kind === 'item' && info.numbering === 'running') return [`${T}${seg.n}`, `${C}${seg.n}`];
    if (seg.kind === 'row' && !info.serial) return [`${L}${seg.n}`];
    return [`${ref(seg.kind)}${seg.n}`];
  });
  const paths: string[][][] = [steps];
  // Without the leading section or annex, from the first item, article or row.
  const from = segments.findIndex((s) => s.kind === 'item' || s.kind === 'article' || s.kind === 'row');
  if (from > 0) paths.push(steps.slice(from));
  // From its point on (第5项一是): plans number their points across the document (5．创新成果转化 …
  // 11．金融资本支撑), so a reader cites a run or subpoint by its point without section and item. A
  // point alone (第1项) is not keyed so: in a document that restarts its points it names too many.
  const point = segments.findIndex((s) => s.kind === 'point');
  if (point > Math.max(from, 0) && point < segments.length - 1) paths.push(steps.slice(point));
  // In a document whose points run across it, the point alone, and as an article (第11条).
  if (info.runningPoint && point > Math.max(from, 0) && point === segments.length - 1)
    paths.push([[...steps[point]!, `${T}${segments[point]!.n}`]]);
  const last = segments[segments.length - 1]!;
  if (last.kind === 'row' && info.group) {
    const group = parseClauseId(info.group.id);
    if (group) {
      const prefix = group.map((seg) => [`${ref(seg.kind)}${seg.n}`]);
      paths.push([...prefix, [`${I}${info.group.position}`]]);
    }
  }
  // The last of its kind: under its parent by the whole path (专栏3最后一项 → b3i0), in its
  // document also from its first item on (最后一条 → t0, c0; 最后一段 → p0).
  if (info.last) {
    paths.push([...steps.slice(0, -1), lastStep(steps.at(-1)!)]);
    if (info.last === 'document' && from > 0) paths.push([...steps.slice(from, -1), lastStep(steps.at(-1)!)]);
  }
  if (last.kind === 'row' && info.group && info.lastInGroup) {
    const group = parseClauseId(info.group.id);
    if (group) paths.push([...group.map((seg) => [`${ref(seg.kind)}${seg.n}`]), [`${I}0`]]);
  }
  // Under a named heading: the heading's code, then the clause's own last step (its position in
  // a table group, its number in a box or section).
  const own = last.kind === 'row' && info.group ? [`${I}${info.group.position}`] : steps[steps.length - 1]!;
  for (const name of info.headings ?? []) for (const h of headingKeys(name)) paths.push([[h], own]);
  // Its own heading (临床提升工程, 人才链): the clause itself, named without a number.
  for (const name of info.ownHeadings ?? []) for (const h of headingKeys(name)) paths.push([[h]]);
  const keys = new Set<string>();
  for (const path of paths) {
    let combos = [''];
    for (const options of path) combos = combos.flatMap((c) => options.map((o) => c + o));
    for (const c of combos) if (c) keys.add(c);
  }
  return [...keys].slice(0, MAX_KEYS);
}

/** A number as typed: Arabic (1–3 digits) or a Chinese numeral, read by `readTypedNumber`. */
const NUM = `(\\d{1,3}|[${NUMERAL_CHARS}]+)`;
const ARABIC = /^\d+$/u;

interface Rule {
  re: RegExp;
  step: (m: RegExpMatchArray, path: string[]) => string | null;
}

const n = (s: string) => readTypedNumber(s);

/** Reference parts, tried in order at the current position of the (normalised) query. */
const RULES: Rule[] = [
  // 最后一条, 末段, 最后一个专栏, 倒数第一行: the last of its kind, numbered 0 (clauseRefKeys `last`).
  {
    re: /^(?:(?:最后|最末|末尾|倒数第一)(?:一|1)?个?|末)(条|段|项|点|款|行|部分|章|专栏)/u,
    step: (m, path) => {
      const word = m[1]!;
      if (word === '条') return `${path.at(-1)?.startsWith(B) ? I : T}0`;
      if (word === '段') return `${P}0`;
      if (word === '行') return `${L}0`;
      if (word === '部分' || word === '章') return `${S}0`;
      if (word === '专栏') return `${B}0`;
      return `${I}0`;
    },
  },
  // 附件三、… is 附件 followed by its group 三、, not 附件3.
  { re: new RegExp(`^附件(?:${NUM}(?!、))?`, 'u'), step: (m) => `${X}${m[1] ? n(m[1]) : 1}` },
  { re: new RegExp(`^专栏${NUM}`, 'u'), step: (m) => `${B}${n(m[1]!)}` },
  { re: new RegExp(`^序号${NUM}`, 'u'), step: (m) => `${W}${n(m[1]!)}` },
  // No.19, #19, 编号19: a row's number as readers of tables also write it.
  { re: new RegExp(`^(?:编号|no\\.?|#|№)${NUM}`, 'u'), step: (m) => `${W}${n(m[1]!)}` },
  // 第N行: the row's position (a table with a 序号 column numbers its rows in order, so 序号N too).
  { re: new RegExp(`^第${NUM}行`, 'u'), step: (m) => `${L}${n(m[1]!)}` },
  { re: new RegExp(`^第${NUM}段`, 'u'), step: (m) => `${P}${n(m[1]!)}` },
  // 第三部分: the document's third part, its section 三、.
  { re: new RegExp(`^第${NUM}部分`, 'u'), step: (m) => `${S}${n(m[1]!)}` },
  // 专栏9第2条: in a box, 条 names its item as 项 does.
  {
    re: new RegExp(`^第\\(?${NUM}\\)?条`, 'u'),
    step: (m, path) => `${path.at(-1)?.startsWith(B) ? I : T}${n(m[1]!)}`,
  },
  { re: new RegExp(`^${NUM}条`, 'u'), step: (m) => `${T}${n(m[1]!)}` },
  // 第三章: the texts' own word for a part (本章第1条), its section.
  { re: new RegExp(`^第${NUM}章`, 'u'), step: (m) => `${S}${n(m[1]!)}` },
  // 第（五）项: a bracketed number is an item whatever word follows it (the texts' （五）).
  { re: new RegExp(`^第\\(${NUM}\\)[项点款个]`, 'u'), step: (m) => `${C}${n(m[1]!)}` },
  // 第5项, and 第5点 / 第5款 as readers also call a numbered point; after a point, 第三点 is its
  // third run (第11项第三点: 11. … 三是).
  {
    re: new RegExp(`^第${NUM}([项点款])`, 'u'),
    step: (m, path) => `${m[2] !== '项' && path.at(-1)?.startsWith(I) ? R : I}${n(m[1]!)}`,
  },
  // 第八个工程, 第3个任务: the item so counted.
  { re: new RegExp(`^第${NUM}个(?:工程|任务|行动|方面|举措|措施)?`, 'u'), step: (m) => `${C}${n(m[1]!)}` },
  // 专栏1-3, 专栏10.6: a box's item after a dash or a point.
  { re: /^[-－–—.](\d{1,3})[.、]?/u, step: (m, path) => (path.at(-1)?.startsWith(B) ? `${I}${n(m[1]!)}` : null) },
  {
    // (1) after a point is a subpoint; otherwise (一) or (3) is an item.
    re: new RegExp(`^\\(${NUM}\\)`, 'u'),
    step: (m, path) => (ARABIC.test(m[1]!) && path.at(-1)?.startsWith(I) ? `${N}${n(m[1]!)}` : `${C}${n(m[1]!)}`),
  },
  { re: new RegExp(`^([一二三四五六七八九十]+)是`, 'u'), step: (m) => `${R}${n(m[1]!)}` },
  {
    // 三、 is a section, or in an annex the group of rows it heads (附件 三、创新平台工程 第5项).
    re: new RegExp(`^([一二三四五六七八九十]+)、`, 'u'),
    step: (m, path) => (path.at(-1)?.startsWith(X) ? `${G}${n(m[1]!)}` : `${S}${n(m[1]!)}`),
  },
  // 二（二）: a section's numeral without its 、, right before an item's bracket.
  {
    re: /^([一二三四五六七八九十]+)(?=\()/u,
    step: (m, path) => (path.at(-1)?.startsWith(X) ? `${G}${n(m[1]!)}` : `${S}${n(m[1]!)}`),
  },
  // 1. or 1、 is a point; so is a bare number after another step (（三）4, 四、2).
  { re: /^(\d{1,3})[.、]/u, step: (m) => `${I}${n(m[1]!)}` },
  // …and before a run's ordinal or a subpoint ((一)2四是, 三、(一)2(1)).
  { re: /^(\d{1,3})(?=$|[一二三四五六七八九十]+是|\()/u, step: (m, path) => (path.length ? `${I}${n(m[1]!)}` : null) },
];

/** Steps that make a query a reference on their own (一是 alone is the text 一是, not a reference). */
const ANCHORS = new RegExp(`^[${[T, C, S, W, L, B, X, P].join('')}]`, 'u');

export interface ParsedReference {
  /** The reference keys to look up, most specific first. */
  keys: string[];
  /** The reference as typed, normalised (to rank the clause whose label reads the same first). */
  text: string;
  /** A heading named alone, without a number (临床提升工程): the heading's own clause. */
  alone?: boolean;
}

export interface ReferenceOptions {
  /**
   * The query named its document first (无锡意见第十二条): a lone point or run (第5项, 二是) is then
   * a reference too, and a point's number may be the document's article, item or row number.
   */
  designated?: boolean;
  /** Han text before the first number may name a heading (创新平台工程第5项). */
  headings?: boolean;
}

/** A heading's name typed before a number: Han text, with the Latin, dashes and signs headings hold (BT+IT, —机制—). */
export const HEADING_TEXT =
  /^((?:[\p{Script=Han}a-z+\-–—·&/、]|\(\p{Script=Han}+\)){2,40}?)(?=第|序号|\([\d一二三四五六七八九十]|\d|[一二三四五六七八九十]+是)/u;

/** Brackets readers put around a number (〔十二〕, 【12】, [12]) read as parentheses. */
const BRACKETS: [RegExp, string][] = [
  [/[〔【[［﹝〖]/gu, '('],
  [/[〕】\]］﹞〗]/gu, ')'],
];

/** A step that stands for a number a reader may mean as any of the document's numberings. */
const LOOSE_CODES = [C, T, I, W, L];
const LOOSE = new RegExp(`^[${LOOSE_CODES.join('')}](\\d+)$`, 'u');
const alternates = (step: string): string[] => {
  const m = step.match(LOOSE);
  if (!m) return [step];
  return [step, ...LOOSE_CODES.map((c) => `${c}${m[1]}`).filter((x) => x !== step)];
};

/**
 * Parses a whole (normalised or raw) query as a clause reference; null when it is not one.
 * Text after a group's number in an annex (三、创新平台工程) is the group's name and is skipped.
 */
export function parseReference(query: string, opts: ReferenceOptions = {}): ParsedReference | null {
  // 专栏9 2.: a space between two numbers separates them as a dash does (专栏9-2), before it goes.
  let q = normalize(query.replace(/(\d)\s+(?=\d)/gu, '$1-'));
  for (const [re, to] of BRACKETS) q = q.replace(re, to);
  q = q.replace(/的/gu, '');
  if (!q) return null;
  const path: string[] = [];
  let at = 0;
  // 无锡意见 十二: a bare numeral after a document's name is one of its numbers, not a heading.
  if (opts.designated && /^[一二三四五六七八九十百零〇]+$/u.test(q)) {
    const bare = n(q);
    if (Number.isFinite(bare) && bare > 0) return { keys: alternates(`${C}${bare}`), text: q };
  }
  // A heading named alone after its document (苏州强链补链 临床提升工程, 高新区 附件 人才链): the
  // heading's own clause.
  if (opts.headings && opts.designated) {
    const alone = q
      .replace(/^附件\d*/u, '')
      .replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\))/u, '');
    // A number in brackets after the name (保障措施（四）) is a point under the heading, not a note.
    // So is a run's ordinal after it (技术攻坚工程 三是).
    const numbered =
      /\([一二三四五六七八九十\d]+\)$|[一二三四五六七八九十]+是$/u.test(alone) ||
      // So is a step's number written with its word (保障措施第三条: its (三)).
      /第\(?[一二三四五六七八九十百零〇\d]+\)?[条项款点]$/u.test(alone);
    if (!numbered && /^[\p{Script=Han}a-z+\-–—·&/、()]{2,40}$/u.test(alone) && !RULES.some((r) => r.re.test(alone))) {
      const own = headingKeys(alone);
      if (own.length) return { keys: own, text: q, alone: true };
    }
  }
  // A heading's name first (创新平台工程第5项 / 专栏“创新药研发”第2项): its code is the first step.
  if (opts.headings) {
    const named = q.match(HEADING_TEXT);
    if (named && !RULES.some((r) => r.re.test(q))) {
      const codes = headingKeys(named[1]!);
      if (!codes.length) return null;
      path.push(codes.join('|'));
      at = named[0].length;
    }
  }
  while (at < q.length) {
    const rest = q.slice(at);
    let matched = false;
    for (const rule of RULES) {
      const m = rest.match(rule.re);
      if (!m) continue;
      const step = rule.step(m, path);
      if (!step || !/\d$/u.test(step) || step.endsWith('NaN')) return null;
      path.push(step);
      at += m[0].length;
      matched = true;
      break;
    }
    if (matched) continue;
    // A group's name: Han text after its number, up to the next reference part.
    if (path.at(-1)?.startsWith(G)) {
      const name = rest.match(/^\p{Script=Han}+?(?=第|\d|$)/u);
      if (name) {
        at += name[0].length;
        continue;
      }
    }
    // The clause's own title after its number (二（二）补齐短板, 第（十二）条 支持MAH), as readers copy a
    // heading line: the number names the clause; the title adds nothing to look up.
    // After 附件1 or 专栏3, Han text is a heading inside it (附件1“总量指标”), read with the headings.
    const titled = new RegExp(`^[${[C, T, S, I, R, N].join('')}]`, 'u');
    if (opts.designated && titled.test(path.at(-1) ?? '')) {
      // …and a part inside it after the title ((八)金融助力工程四是, 二、主攻方向1., 11.金融资本支撑三是).
      const title = rest.match(
        /^\p{Script=Han}{2,40}?(?=[一二三四五六七八九十]+是$|[一二三四五六七八九十]+是|第|\d|\()/u,
      );
      if (title && title[0].length < rest.length) {
        at += title[0].length;
        continue;
      }
      if (/^[\p{Script=Han}a-z]{2,40}$/u.test(rest)) break;
    }
    return null;
  }
  // 附件第32项, 附件第32条: an annex's number alone is its table's row (序号32, or the 32nd row).
  const annexNumber =
    path.length === 2 && path[0]!.startsWith(X) ? path[1]!.match(new RegExp(`^[${I}${T}${C}](\\d+)$`, 'u')) : null;
  const headed = path[0]?.startsWith(HEADING_REF) ?? false;
  if (!path.length || (!opts.designated && !headed && !path.some((s) => ANCHORS.test(s)))) return null;
  if (headed && path.length < 2) return null;
  const key = path.join('');
  // A position also names the row of that 序号.
  const keys = headed ? [] : [key];
  if (annexNumber) keys.push(`${path[0]}${W}${annexNumber[1]}`, `${path[0]}${L}${annexNumber[1]}`);
  if (!headed && path.some((s) => s.startsWith(L)))
    keys.push(path.map((s) => (s.startsWith(L) ? W + s.slice(L.length) : s)).join(''));
  // After a document's name or a heading, one number may be any of its numberings (昆山清单第5项 is
  // row 5; 无锡意见第十二项 is its article (十二)).
  const heads = headed ? path[0]!.split('|') : [''];
  const tail = headed ? path.slice(1) : path;
  // 第二部分第三条 of a document numbering its parts' items （一）（二）（三）: 条 names the item too, and
  // when it ends the reference, a point (第四部分第2条 of a part numbered 1. 2. 3.).
  if (!headed && path.length > 1 && path.some((s) => s.startsWith(T)))
    for (const code of path.at(-1)!.startsWith(T) ? [C, I] : [C]) {
      const as = path.map((s) => (s.startsWith(T) ? code + s.slice(T.length) : s)).join('');
      if (!keys.includes(as)) keys.push(as);
    }
  if (tail.length === 1 && (headed || opts.designated)) {
    for (const h of heads) for (const alt of alternates(tail[0]!)) if (!keys.includes(h + alt)) keys.push(h + alt);
  } else if (headed) for (const h of heads) keys.push(h + tail.join(''));
  return keys.length ? { keys, text: q } : null;
}

/**
 * The points numbered across a section's items (三、（一）1．… （二）5．… （三）11．: no number twice
 * in the section, points under two items or more), which readers cite alone (第5项, 第11条). A
 * section that restarts at 1 in each item, or points straight under a section, are not.
 */
export function runningPoints(ids: readonly string[]): Set<string> {
  const bySection = new Map<string, { ids: string[]; numbers: number[]; items: Set<string> }>();
  for (const id of ids) {
    const segments = parseClauseId(id);
    if (!segments || segments.length < 3 || segments.at(-1)!.kind !== 'point') continue;
    if (segments.at(-2)!.kind !== 'item' && segments.at(-2)!.kind !== 'article') continue;
    const section = id
      .split('-')
      .slice(0, segments.length - 2)
      .join('-');
    const entry = bySection.get(section) ?? { ids: [], numbers: [], items: new Set<string>() };
    entry.ids.push(id);
    entry.numbers.push(segments.at(-1)!.n);
    entry.items.add(id.slice(0, id.lastIndexOf('-')));
    bySection.set(section, entry);
  }
  const out = new Set<string>();
  for (const e of bySection.values())
    if (e.items.size >= 2 && new Set(e.numbers).size === e.numbers.length) for (const id of e.ids) out.add(id);
  return out;
}

/**
 * The clauses that are the last of their kind (`RefClauseInfo.last`), in document order: `sibling`
 * for the last among the clauses of the same kind under the same parent (专栏3's last item),
 * `document` when every clause above it is the last of its kind too (the last article, paragraph,
 * section, or table row of the last annex). `counted` leaves out clauses a reader does not count
 * (the signature lines after a document's last paragraph).
 */
export function lastClauses(
  ids: readonly string[],
  counted: (id: string) => boolean = () => true,
): Map<string, 'sibling' | 'document'> {
  const lastOf = new Map<string, string>();
  for (const id of ids) {
    const segments = parseClauseId(id);
    if (!segments || !counted(id)) continue;
    const cut = id.lastIndexOf('-');
    lastOf.set(`${cut < 0 ? '' : id.slice(0, cut)}|${segments.at(-1)!.kind}`, id);
  }
  const sibling = new Set(lastOf.values());
  const out = new Map<string, 'sibling' | 'document'>();
  for (const id of sibling) {
    const parts = id.split('-');
    const ancestors = parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('-'));
    out.set(id, ancestors.every((a) => sibling.has(a)) ? 'document' : 'sibling');
  }
  return out;
}

/**
 * The clause a clause is numbered under (s3-c2-i5 → s3-c2, box3-2 → box3, annex1-row32 → annex1),
 * as the reference key its record carries for its whole path; null for a clause at the top. A
 * reader citing a point is shown the item it stands in after it (`referenceResults`).
 */
export function parentRefKey(clauseId: string): string | null {
  const cut = clauseId.lastIndexOf('-');
  if (cut < 0) return null;
  return clauseRefKeys({ id: clauseId.slice(0, cut), numbering: 'nested' })[0] ?? null;
}

/**
 * The start of the index words of a table group's rows or a box's items (g5 → `__g5i`, annex1-g3 →
 * `__x1g3i`, box3 → `__b3i`), for a prefix lookup: a group or box named by its heading alone is
 * listed with its members after it. Null for any other clause.
 */
export function membersWord(clauseId: string): string | null {
  const kind = parseClauseId(clauseId)?.at(-1)?.kind;
  if (kind !== 'group' && kind !== 'box') return null;
  const key = clauseRefKeys({ id: clauseId, numbering: 'nested' })[0];
  return key ? refWord(key).slice(0, -1) + I : null;
}
