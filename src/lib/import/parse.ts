/**
 * Builds the clause tree of a policy text: numbered units (一、 （一） 1. （1） 一是 专栏 附件),
 * table groups and rows, and the unnumbered paragraphs around them. IDs follow docs/ids.md.
 */
import { CONTINUES, TERMINAL, TITLE_END, toBlocks, type Block } from './lines.ts';
import { dateLine, findKind } from './metadata.ts';
import { halfWidth } from '../fold.ts';
import {
  findRuns,
  matchBareAnnex,
  matchChapter,
  matchMarker,
  matchTitledAnnex,
  runMarkers,
  type Marker,
} from './numbering.ts';
import { writeChineseNumeral } from '../chinese-numerals.ts';
import { parseTable, TableError, type ParsedTable } from './table.ts';
import { clauseId, type ClauseKind } from '../clauses/ids.ts';

export type { ClauseKind };

export interface RunRef {
  id: string;
  n: number;
  /** Index in the paragraph text where the run starts. */
  index: number;
}

export interface ParaNode {
  type: 'para';
  text: string;
  runs: RunRef[];
  line: number;
}

export interface TableNode {
  type: 'table';
  table: ParsedTable;
  /** Clause ID of each row of `table.rows`; null for a repeated header. */
  rowIds: (string | null)[];
  /** Group clause IDs with the indexes (into `table.rows`) of their rows. */
  groups: { id: string; rows: number[] }[];
  line: number;
}

export interface ClauseNode {
  type: 'clause';
  id: string;
  kind: ClauseKind;
  /** Number as the text gives it (一 → 1). */
  n: number;
  /** Heading line (marker included) when the marker stands on a line of its own. */
  heading: string | null;
  /** Heading level when it differs from the kind's usual one (chapters of a 第X条 document). */
  level?: 2 | 3 | 4 | 5;
  children: BodyNode[];
  line: number;
}

export type BodyNode = ClauseNode | ParaNode | TableNode;

export interface ParsedDocument {
  children: BodyNode[];
  /** Things that look incomplete or odd; the import still succeeds. */
  warnings: string[];
  /** Whether （n） numbers run on across sections instead of restarting. */
  numbering: 'nested' | 'running';
}

/** A marker line counts as a heading (not an inline-titled paragraph) when its text is this short. */
const HEADING_MAX = 25;
/** Closing provisions of the whole document, not of the last numbered unit. */
const CLOSING =
  /^本(?:政策措施|若干措施|若干政策|实施意见|实施方案|行动方案|政策|意见|办法|计划|行动计划|通知|规定|细则|方案|措施)(?:自|由|适用|扶持|所称|与|有效)/;

/** A paragraph that speaks of the whole document or of its chapter, not of the point before it. */
const SCOPE_NOTE = /^本(?:文件|章|节|部分|政策|意见|办法|计划|行动计划|通知|规定|细则|方案|措施)/;

/** A run that is only its lead sentence (二是加快集聚产业支撑人才。), bold marks allowed. */
const LEAD_ONLY = /^[一二三四五六七八九十]+是[^。；;！？]{1,40}。(?:\*\*)?$/;

/**
 * Whether paragraph `text` continues the last run of the paragraph before it: that run is only its
 * lead sentence, and `text` does not start a run of its own but carries the sequence on (三是…).
 */
export function continuesRun(previous: ParaNode, text: string, expect: number): boolean {
  const last = previous.runs[previous.runs.length - 1];
  if (!last || !LEAD_ONLY.test(previous.text.slice(last.index).replace(/^\*\*/, ''))) return false;
  const next = findRuns(text, expect);
  return next.length > 0 && next[0]!.index > 0;
}

/** A signature line: the issuing body, or the date it signed on. */
const SIGNATURE = /^[\u4e00-\u9fa5（）()]{3,30}(?:人民政府|委员会|管委会|办公室|办公厅)$/;
const isSignature = (text: string) => SIGNATURE.test(text) || dateLine(text) !== null;

const PARENTS: Record<Marker['kind'], ClauseKind[]> = {
  section: [],
  article: [],
  item: ['section', 'article', 'annex'],
  box: ['item', 'section', 'article', 'annex'],
  point: ['item', 'section', 'article', 'box', 'annex'],
  subpoint: ['point', 'boxItem', 'item', 'section', 'article', 'box', 'annex'],
  annex: [],
};

/** A fatal problem of the text: the message names the line and what to correct in the source. */
export class ImportError extends Error {}

const squash = (s: string) => s.replace(/[\s《》]/g, '');
const isTitleLike = (text: string) =>
  text.length >= 6 && text.length <= 80 && !TERMINAL.test(text) && !/通知$/.test(text) && Boolean(findKind(text));

/**
 * Where a plan wrapped in a notice (通知) begins: the block holding the plan's title, found by the
 * name the notice gives it (关于印发《X》的通知, 现将《X》印发给你们), else by the first title-like
 * line after a notice title that is itself followed by numbered text. 0 when there is no wrapper.
 * Numbered lines before that block are the notice's own and become paragraphs, so that the
 * notice's 一、二、 cannot collide with the plan's.
 */
export function wrappedPlanStart(blocks: Block[]): number {
  const texts = blocks.map((b) => (b.type === 'text' ? b.text : null));
  const limit = Math.min(blocks.length, 60);
  const named: { title: string; at: number }[] = [];
  for (let i = 0; i < limit; i++) {
    const t = texts[i];
    if (t === null || t === undefined) continue;
    const notice = t.match(/关于(?:印发|转发|下发)(.+?)的通知$/);
    if (notice) named.push({ title: squash(notice[1]!), at: i });
    for (const m of t.matchAll(/《([^《》]{4,80})》/g)) named.push({ title: squash(m[1]!), at: i });
  }
  for (const { title, at } of named) {
    if (!findKind(title)) continue;
    for (let i = at + 1; i < limit; i++) {
      let joined = '';
      for (let k = i; k < Math.min(i + 3, limit) && texts[k]; k++) {
        joined += squash(texts[k]!);
        if (joined === title) return i;
        if (!title.startsWith(joined)) break;
      }
    }
  }
  const noticeTitle = texts.slice(0, 8).findIndex((t) => t !== null && /通知$/.test(t) && t.length <= 100);
  if (noticeTitle === -1) return 0;
  let markersBefore = false;
  for (let i = noticeTitle + 1; i < limit; i++) {
    const t = texts[i];
    if (!t) continue;
    if (matchMarker(t)) markersBefore = true;
    else if (
      markersBefore &&
      isTitleLike(t) &&
      texts.slice(i + 1).some((x) => x !== null && matchMarker(x)?.kind === 'section')
    ) {
      // A title broken over two lines: its first half is a short unpunctuated line.
      const prev = texts[i - 1];
      return prev && prev.length <= 30 && !TERMINAL.test(prev) && !matchMarker(prev) && !/通知$/.test(prev) ? i - 1 : i;
    }
  }
  return 0;
}

/** Whether the last line of a text stops mid-sentence rather than with a sentence, a heading, a signature or a date. */
function endsMidSentence(text: string): boolean {
  const t = text.replace(/\*+$/, '').trim();
  if (TERMINAL.test(t) || TITLE_END.test(t)) return false;
  if (CONTINUES.test(t)) return true;
  if (/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?$/.test(halfWidth(t)) || dateLine(t)) return false;
  if (/(?:政府|委员会|管委会|办公室|办公厅|局|厅|委|部|中心|集团|公司|银行)$/.test(t) && t.length <= 40) return false;
  return t.length >= 15;
}

/** Every clause ID given so far, with the line that got it: an ID given twice stops the import. */
class ClauseIds {
  private readonly lines = new Map<string, number>();

  register(id: string, line: number, what = `clause "${id}"`): void {
    const first = this.lines.get(id);
    if (first !== undefined) {
      throw new ImportError(
        `line ${line}: ${what} repeats — clause ID "${id}" is already used by line ${first}. Numbers must not repeat under one parent: correct the number in the source text (a wrong or duplicated number, or a line that belongs to the previous unit) and import again`,
      );
    }
    this.lines.set(id, line);
  }

  has(id: string): boolean {
    return this.lines.has(id);
  }

  all(): string[] {
    return [...this.lines.keys()];
  }
}

/** The clause tree as it is built: the top level, and the units still open (outermost first). */
class Tree {
  readonly root: BodyNode[] = [];
  readonly open: ClauseNode[] = [];
  /** Unnumbered top-level paragraphs and chapter headings so far (p1, p2 …). */
  paragraphs = 0;
  /** The next 一是 number expected in each unit. */
  private readonly nextRun = new Map<string, number>();

  readonly ids: ClauseIds;

  constructor(ids: ClauseIds) {
    this.ids = ids;
  }

  top(): ClauseNode | undefined {
    return this.open[this.open.length - 1];
  }

  /** Where a new node goes: into the innermost open unit, else the top level. */
  children(): BodyNode[] {
    return this.top()?.children ?? this.root;
  }

  closeAll(): void {
    this.open.length = 0;
  }

  /** Adds a unit inside the innermost open one and opens it. */
  enter(node: ClauseNode, what?: string): void {
    this.ids.register(node.id, node.line, what);
    this.children().push(node);
    this.open.push(node);
  }

  /** A top-level unnumbered paragraph clause p<k> (a paragraph, or a chapter heading). */
  addTopParagraph(line: number, heading: string | null, level?: 2): ClauseNode {
    this.paragraphs += 1;
    const node: ClauseNode = {
      type: 'clause',
      id: clauseId(null, 'paragraph', this.paragraphs),
      kind: 'paragraph',
      n: this.paragraphs,
      heading,
      ...(level ? { level } : {}),
      children: [],
      line,
    };
    this.ids.register(node.id, line);
    this.root.push(node);
    return node;
  }

  expectedRun(owner: string): number {
    return this.nextRun.get(owner) ?? 1;
  }

  /** Registers the runs (一是, 二是 …) found in a paragraph of `owner`. */
  addRuns(owner: string, runs: RunRef[], line: number): void {
    for (const r of runs) this.ids.register(r.id, line, `${writeChineseNumeral(r.n)}是`);
    if (runs.length) this.nextRun.set(owner, runs[runs.length - 1]!.n + 1);
  }
}

/** The runs of `text` found from `expect` on, as clauses of `owner`, at `offset` into the paragraph. */
const runsOf = (owner: string, text: string, expect: number, offset = 0): RunRef[] =>
  findRuns(text, expect).map((r) => ({ id: clauseId(owner, 'run', r.n), n: r.n, index: offset + r.index }));

/** A 一是 numeral in `text` that is not one of its runs: the warning naming it, or null. */
function strayRunWarning(owner: string, text: string, runs: RunRef[], expect: number, line: number): string | null {
  const last = runs.length ? runs[runs.length - 1]!.n : expect - 1;
  const stray = runMarkers(text).find((m) => m.n > 1 && !runs.some((r) => r.n === m.n) && (last >= 1 || m.n > 2));
  if (!stray) return null;
  return `line ${line}: ${writeChineseNumeral(stray.n)}是 is not numbered as a run of ${owner} — the sequence 一是, 二是, … ${last >= 1 ? `stops at ${writeChineseNumeral(last)}是` : 'does not start with 一是'} here; check the text for a missing or misnumbered run`;
}

/** A paragraph of text, in the innermost open unit (or as a new top-level p<k>), with its runs. */
function addParagraph(tree: Tree, warnings: string[], text: string, line: number): void {
  const owner = tree.top() ?? tree.addTopParagraph(line, null);
  const expect = tree.expectedRun(owner.id);
  const previous = owner.children[owner.children.length - 1];
  if (previous?.type === 'para' && continuesRun(previous, text, expect)) {
    // The run that ends the previous paragraph with its lead sentence only (二是加快集聚产业支撑人才。)
    // goes on in this one, which a page break split off: one paragraph, so the run holds its text.
    const more = runsOf(owner.id, text, expect, previous.text.length);
    tree.addRuns(owner.id, more, line);
    previous.text += text;
    previous.runs.push(...more);
    return;
  }
  const runs = runsOf(owner.id, text, expect);
  tree.addRuns(owner.id, runs, line);
  const stray = strayRunWarning(owner.id, text, runs, expect, line);
  if (stray) warnings.push(stray);
  owner.children.push({ type: 'para', text, runs, line });
}

/** The ID and kind of a numbered unit under `parent`. */
function markerClause(marker: Marker, parent: ClauseNode | undefined): { id: string; kind: ClauseKind } {
  // A 1. inside a 专栏 is the box's item; sections, articles and boxes start an ID of their own.
  const kind: ClauseKind = marker.kind === 'point' && parent?.kind === 'box' ? 'boxItem' : marker.kind;
  const standsAlone = kind === 'section' || kind === 'article' || kind === 'box';
  return { id: clauseId(standsAlone ? null : parent?.id, kind, marker.n), kind };
}

/** What the whole text tells before its blocks are read one by one. */
interface TextFacts {
  blocks: Block[];
  /** The block where a plan wrapped in a notice begins (0: no notice). */
  planStart: number;
  /** The plan's title as the notice gives it, squashed ('' without a notice). */
  planTitle: string;
  /** Articles (第X条) are grouped under chapter headings (第一章). */
  hasChapters: boolean;
}

function textFacts(blocks: Block[]): TextFacts {
  const planStart = wrappedPlanStart(blocks);
  return {
    blocks,
    planStart,
    planTitle:
      planStart > 0
        ? squash(
            blocks
              .slice(planStart, planStart + 2)
              .map((b) => (b.type === 'text' ? b.text : ''))
              .join(''),
          )
        : '',
    hasChapters: blocks.some((b) => b.type === 'text' && matchChapter(b.text)),
  };
}

/** Annexes a text refers to (见附件1, 附件：…), with the line of the first mention. */
function announce(announced: Map<number, number>, text: string, line: number): void {
  for (const m of text.matchAll(/附件\s*([0-9０-９]{1,2})?/g)) {
    const n = m[1] ? Number(halfWidth(m[1])) : 1;
    if (!announced.has(n)) announced.set(n, line);
  }
}

/** Numbers seen per parent and kind (`<parent>/<kind>`), checked for gaps once the numbering style is known. */
type Sequences = Map<string, { n: number; line: number }[]>;

/** The state of one reading of a text, block by block. */
interface Reading {
  facts: TextFacts;
  tree: Tree;
  warnings: string[];
  announced: Map<number, number>;
  sequences: Sequences;
  /** A numbered unit, chapter or table has been read (a bare 附件 line before that is a mention). */
  bodyStarted: boolean;
}

/** A table: it attaches to the innermost open unit — an annex, or the document itself. */
function readTable(s: Reading, block: Extract<Block, { type: 'table' }>): void {
  s.bodyStarted = true;
  const annex = s.tree.open.find((c) => c.kind === 'annex')?.id;
  const table = buildTable(block.lines, annex, block.line, (id, line, what) => s.tree.ids.register(id, line, what));
  for (const p of table.table.problems) s.warnings.push(`line ${block.line + p.line}: ${p.message}`);
  s.tree.children().push(table);
}

/** A line of the notice around a plan: its numbered lines are its own, not the plan's clauses. */
function readNoticeLine(s: Reading, text: string, line: number): void {
  s.tree.closeAll();
  const titled = matchTitledAnnex(text);
  // A notice announcing the plan as its attachment does not announce an annex of the plan.
  const { planTitle } = s.facts;
  if (!(titled && planTitle && squash(titled.title).includes(planTitle.slice(0, 12))))
    announce(s.announced, text, line);
  addParagraph(s.tree, s.warnings, text, line);
}

/** An annex line (附件1, 附件：标题): opens the annex, or is only a mention of one. True when it was one. */
function readAnnexLine(s: Reading, text: string, line: number, index: number): boolean {
  const bare = matchBareAnnex(text);
  const titled = bare ? null : matchTitledAnnex(text);
  if (!bare && !titled) return false;
  s.tree.closeAll();
  const laterBareAnnex = s.facts.blocks.slice(index + 1).some((b) => b.type === 'text' && matchBareAnnex(b.text));
  if ((bare && s.bodyStarted) || (titled && !laterBareAnnex)) {
    const n = bare?.n ?? titled!.n;
    s.tree.enter(
      { type: 'clause', id: clauseId(null, 'annex', n), kind: 'annex', n, heading: text, children: [], line },
      `附件${n}`,
    );
    return true;
  }
  if (titled) announce(s.announced, text, line);
  addParagraph(s.tree, s.warnings, text, line);
  return true;
}

/** A numbered line (一、 （一） 1. （1） 专栏N 第X条): a unit under the nearest open unit that may hold it. */
function readMarker(s: Reading, marker: Marker, text: string, line: number): void {
  s.bodyStarted = true;
  const { tree } = s;
  const allowed = PARENTS[marker.kind];
  while (tree.open.length && !allowed.includes(tree.top()!.kind)) tree.open.pop();
  const parent = tree.top();
  const heading = marker.rest.length <= HEADING_MAX && !/[。；;]/.test(marker.rest) ? text : null;
  const { id, kind } = markerClause(marker, parent);
  const key = `${parent?.id ?? ''}/${kind}`;
  s.sequences.set(key, [...(s.sequences.get(key) ?? []), { n: marker.n, line }]);
  const level = kind === 'article' && s.facts.hasChapters ? 3 : undefined;
  tree.enter(
    { type: 'clause', id, kind, n: marker.n, heading, children: [], line, ...(level ? { level } : {}) },
    `${marker.raw.trim()}${parent ? ` under ${parent.id}` : ''}`,
  );
  if (!heading) {
    announce(s.announced, text, line);
    addParagraph(tree, s.warnings, text, line);
  }
}

/** An unnumbered line: a paragraph of the open unit — or of the whole document when it closes it. */
function readText(s: Reading, text: string, line: number, index: number): void {
  const { tree } = s;
  // Closing provisions and the signature belong to the whole document — unless the last unit is
  // the one that holds them (三、附则 directly followed by 本措施自…施行).
  // A paragraph about the document or its chapter (本文件中…, 本章第1条…) follows the numbered
  // points of its section without being one of them: Suzhou's 四、 closes with two such paragraphs.
  if (SCOPE_NOTE.test(text))
    while (tree.open.length && (tree.top()!.kind === 'point' || tree.top()!.kind === 'subpoint')) tree.open.pop();
  const closing = CLOSING.test(text) || isSignature(text);
  const laterMarker = s.facts.blocks.slice(index + 1).some((b) => b.type === 'text' && matchMarker(b.text));
  if (closing && !laterMarker && (tree.top()?.children.length ?? 0) > 0) tree.closeAll();
  announce(s.announced, text, line);
  addParagraph(tree, s.warnings, text, line);
}

function readBlock(s: Reading, block: Block, index: number): void {
  if (block.type === 'table') return readTable(s, block);
  const { text, line } = block;
  if (index < s.facts.planStart) return readNoticeLine(s, text, line);
  if (readAnnexLine(s, text, line, index)) return;
  if (matchChapter(text)) {
    // Articles are numbered through the document: a chapter heading is a paragraph of its own.
    s.bodyStarted = true;
    s.tree.closeAll();
    s.tree.addTopParagraph(line, text, 2);
    return;
  }
  const marker = matchMarker(text);
  if (marker) return readMarker(s, marker, text, line);
  readText(s, text, line, index);
}

/**
 * Gaps in the numbering, and whether （n） numbers run on across sections: under each parent
 * numbers count up from 1 — or run on from the previous parent's last number (Wuxi's （一）–（三十）,
 * the High-tech Zone's 1–11, Suzhou's 专栏1–10).
 */
function numberingOf(sequences: Sequences): { warnings: string[]; numbering: ParsedDocument['numbering'] } {
  const warnings: string[] = [];
  let itemsRunOn = 0;
  let itemsRestart = 0;
  const kinds = new Set([...sequences.keys()].map((k) => k.split('/')[1]!));
  for (const kind of kinds) {
    const perParent = [...sequences]
      .filter(([k]) => k.endsWith(`/${kind}`))
      .sort((a, b) => a[1][0]!.line - b[1][0]!.line);
    let previous = 0;
    for (const [key, seq] of perParent) {
      const scope = key.split('/')[0] || 'the document';
      const first = seq[0]!.n;
      if (first !== 1 && first !== previous + 1)
        warnings.push(
          `line ${seq[0]!.line}: ${kind} ${first} starts the numbering under ${scope}, where 1 or ${previous + 1} was expected — the numbering has a gap`,
        );
      if (kind === 'item' && previous > 0) {
        if (first === 1) itemsRestart += 1;
        else itemsRunOn += 1;
      }
      seq.slice(1).forEach(({ n, line }, i) => {
        if (n !== seq[i]!.n + 1)
          warnings.push(
            `line ${line}: ${kind} ${n} follows ${seq[i]!.n} under ${scope} — the numbering has a gap or repeats`,
          );
      });
      previous = seq[seq.length - 1]!.n;
    }
  }
  return { warnings, numbering: itemsRunOn > 0 && itemsRestart === 0 ? 'running' : 'nested' };
}

/** Units with a heading and nothing under it (chapter headings aside): the text may be cut. */
function emptyHeadingWarnings(nodes: BodyNode[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'clause') return [];
    const own =
      node.heading && node.children.length === 0 && node.level !== 2
        ? [
            `line ${node.line}: ${node.id} has a heading but no text — the source may be cut after "${node.heading}"; check it`,
          ]
        : [];
    return [...own, ...emptyHeadingWarnings(node.children)];
  });
}

/** Annexes the text refers to that do not follow. */
const missingAnnexWarnings = (announced: Map<number, number>, ids: ClauseIds): string[] =>
  [...announced]
    .filter(([n]) => !ids.has(clauseId(null, 'annex', n)))
    .map(
      ([n, line]) =>
        `line ${line}: the text refers to 附件${n}, but no annex ${n} follows — the source may be missing its annex; add it (a line 附件${n} followed by its text or table) or ignore this if it is published separately`,
    );

/** A text that ends mid-sentence, is empty, or has no numbering at all. */
function wholeTextWarnings(blocks: Block[], ids: ClauseIds): string[] {
  const out: string[] = [];
  const last = blocks[blocks.length - 1];
  if (last?.type === 'text' && endsMidSentence(last.text)) {
    out.push(
      `line ${last.line}: the text ends mid-sentence ("…${last.text.slice(-12)}") — the source looks truncated; import the rest when you have it`,
    );
  }
  // Unnumbered paragraphs (p1, p2 …) are registered as clauses too: a text of only those has no numbering.
  if (!blocks.length) out.push('the text is empty');
  else if (ids.all().every((id) => /^p\d+$/.test(id)))
    out.push(
      'no numbered clause was found (一、 （一） 1. 第一条 专栏 附件 or a table) — every paragraph becomes p1, p2 …; check that the numbering survived the conversion to text',
    );
  return out;
}

/** The clause tree of a policy text, read block by block, then checked as a whole. */
export function parsePolicy(source: string): ParsedDocument {
  const ids = new ClauseIds();
  const s: Reading = {
    facts: textFacts(toBlocks(source)),
    tree: new Tree(ids),
    warnings: [],
    announced: new Map(),
    sequences: new Map(),
    bodyStarted: false,
  };
  s.facts.blocks.forEach((block, index) => readBlock(s, block, index));
  const { warnings: gaps, numbering } = numberingOf(s.sequences);
  const warnings = [
    ...s.warnings,
    ...gaps,
    ...emptyHeadingWarnings(s.tree.root),
    ...missingAnnexWarnings(s.announced, ids),
    ...wholeTextWarnings(s.facts.blocks, ids),
  ];
  return { children: s.tree.root, warnings, numbering };
}

function buildTable(
  lines: string[],
  prefix: string | undefined,
  line: number,
  register: (id: string, line: number, what?: string) => void,
): TableNode {
  let table: ParsedTable;
  try {
    table = parseTable(lines);
  } catch (error) {
    if (error instanceof TableError) throw new ImportError(`line ${line + error.line}: ${error.message}`);
    throw error;
  }
  const rowIds: (string | null)[] = [];
  const groups: { id: string; rows: number[] }[] = [];
  let position = 0;
  table.rows.forEach((row, i) => {
    if (row.repeatHeader) {
      rowIds.push(null);
      groups[groups.length - 1]?.rows.push(i);
      return;
    }
    position += 1;
    const n = table.serialColumn >= 0 ? Number(row.cells[table.serialColumn]) : position;
    const id = clauseId(prefix, 'row', n);
    register(id, line, table.serialColumn >= 0 ? `table row 序号 ${n}` : `table row ${n}`);
    rowIds.push(id);
    if (table.groupColumn >= 0) {
      if (row.cells[table.groupColumn] !== '' || groups.length === 0) {
        const gid = clauseId(prefix, 'group', groups.length + 1);
        register(gid, line);
        groups.push({ id: gid, rows: [] });
      }
      groups[groups.length - 1]!.rows.push(i);
    }
  });
  return { type: 'table', table, rowIds, groups, line };
}

export interface FlatClause {
  id: string;
  kind: ClauseKind;
  parent: string | null;
}

/** Every clause of a parsed document in document order, with its parent's ID. */
export function flattenClauses(doc: ParsedDocument): FlatClause[] {
  const out: FlatClause[] = [];
  const walk = (nodes: BodyNode[], parent: string | null) => {
    for (const node of nodes) {
      if (node.type === 'clause') {
        out.push({ id: node.id, kind: node.kind, parent });
        walk(node.children, node.id);
      } else if (node.type === 'para') {
        for (const r of node.runs) out.push({ id: r.id, kind: 'run', parent });
      } else {
        const groupStart = new Map(node.groups.map((g) => [g.rows[0]!, g.id]));
        let group: string | null = null;
        node.rowIds.forEach((id, i) => {
          const g = groupStart.get(i);
          if (g) {
            group = g;
            out.push({ id: g, kind: 'group', parent });
          }
          if (id) out.push({ id, kind: 'row', parent: group ?? parent });
        });
      }
    }
  };
  walk(doc.children, null);
  return out;
}
