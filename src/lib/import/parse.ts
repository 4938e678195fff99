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

export function parsePolicy(source: string): ParsedDocument {
  const blocks = toBlocks(source);
  const root: BodyNode[] = [];
  const stack: ClauseNode[] = [];
  const seen = new Map<string, number>();
  const warnings: string[] = [];
  const nextRun = new Map<string, number>();
  let paragraphs = 0;
  let bodyStarted = false;
  const planStart = wrappedPlanStart(blocks);
  const hasChapters = blocks.some((b) => b.type === 'text' && matchChapter(b.text));
  /** Annexes the text refers to (见附件1, 附件：…), with the line of the first mention. */
  const announced = new Map<number, number>();

  const top = () => stack[stack.length - 1];
  const children = () => top()?.children ?? root;
  const register = (id: string, line: number, what = `clause "${id}"`) => {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError(
        `line ${line}: ${what} repeats — clause ID "${id}" is already used by line ${first}. Numbers must not repeat under one parent: correct the number in the source text (a wrong or duplicated number, or a line that belongs to the previous unit) and import again`,
      );
    }
    seen.set(id, line);
  };
  const open = (node: ClauseNode, what?: string) => {
    register(node.id, node.line, what);
    children().push(node);
    stack.push(node);
  };
  /** Numbers seen per parent and kind, checked for gaps once the numbering style is known. */
  const sequences = new Map<string, { n: number; line: number }[]>();
  const record = (scope: string, kind: string, n: number, line: number) => {
    const key = `${scope}/${kind}`;
    if (!sequences.has(key)) sequences.set(key, []);
    sequences.get(key)!.push({ n, line });
  };
  const addParagraph = (text: string, line: number) => {
    let owner = top();
    if (!owner) {
      paragraphs += 1;
      owner = {
        type: 'clause',
        id: clauseId(null, 'paragraph', paragraphs),
        kind: 'paragraph',
        n: paragraphs,
        heading: null,
        children: [],
        line,
      };
      register(owner.id, line);
      root.push(owner);
    }
    const expect = nextRun.get(owner.id) ?? 1;
    const previous = owner.children[owner.children.length - 1];
    if (previous?.type === 'para' && continuesRun(previous, text, expect)) {
      // The run that ends the previous paragraph with its lead sentence only (二是加快集聚产业支撑人才。)
      // goes on in this one, which a page break split off: one paragraph, so the run holds its text.
      const offset = previous.text.length;
      const more = findRuns(text, expect).map((r) => ({
        id: clauseId(owner.id, 'run', r.n),
        n: r.n,
        index: offset + r.index,
      }));
      for (const r of more) register(r.id, line, `${writeChineseNumeral(r.n)}是`);
      nextRun.set(owner.id, more[more.length - 1]!.n + 1);
      previous.text += text;
      previous.runs.push(...more);
      return;
    }
    const runs = findRuns(text, expect).map((r) => ({ id: clauseId(owner.id, 'run', r.n), n: r.n, index: r.index }));
    for (const r of runs) register(r.id, line, `${writeChineseNumeral(r.n)}是`);
    if (runs.length) nextRun.set(owner.id, runs[runs.length - 1]!.n + 1);
    const last = runs.length ? runs[runs.length - 1]!.n : expect - 1;
    const stray = runMarkers(text).find((m) => m.n > 1 && !runs.some((r) => r.n === m.n) && (last >= 1 || m.n > 2));
    if (stray) {
      warnings.push(
        `line ${line}: ${writeChineseNumeral(stray.n)}是 is not numbered as a run of ${owner.id} — the sequence 一是, 二是, … ${last >= 1 ? `stops at ${writeChineseNumeral(last)}是` : 'does not start with 一是'} here; check the text for a missing or misnumbered run`,
      );
    }
    owner.children.push({ type: 'para', text, runs, line });
  };
  const announce = (text: string, line: number) => {
    for (const m of text.matchAll(/附件\s*([0-9０-９]{1,2})?/g)) {
      const n = m[1] ? Number(halfWidth(m[1])) : 1;
      if (!announced.has(n)) announced.set(n, line);
    }
  };
  const laterBareAnnex = (from: number) =>
    blocks.slice(from + 1).some((b) => b.type === 'text' && matchBareAnnex(b.text));
  const laterMarker = (from: number) => blocks.slice(from + 1).some((b) => b.type === 'text' && matchMarker(b.text));
  const annexPrefix = () => stack.find((c) => c.kind === 'annex')?.id;
  const planTitle =
    planStart > 0
      ? squash(
          blocks
            .slice(planStart, planStart + 2)
            .map((b) => (b.type === 'text' ? b.text : ''))
            .join(''),
        )
      : '';

  blocks.forEach((block: Block, index) => {
    if (block.type === 'table') {
      bodyStarted = true;
      // A table attaches to the innermost open unit: an annex, or the document itself.
      const table = buildTable(block.lines, annexPrefix(), block.line, register);
      for (const p of table.table.problems) warnings.push(`line ${block.line + p.line}: ${p.message}`);
      children().push(table);
      return;
    }
    const { text, line } = block;
    if (index < planStart) {
      // The notice around a plan: its numbered lines are its own, not the plan's clauses.
      stack.length = 0;
      const titled = matchTitledAnnex(text);
      // A notice announcing the plan as its attachment does not announce an annex of the plan.
      if (!(titled && planTitle && squash(titled.title).includes(planTitle.slice(0, 12)))) announce(text, line);
      addParagraph(text, line);
      return;
    }
    const bare = matchBareAnnex(text);
    const titled = bare ? null : matchTitledAnnex(text);
    if ((bare && bodyStarted) || (titled && !laterBareAnnex(index))) {
      const n = bare?.n ?? titled!.n;
      stack.length = 0;
      open(
        { type: 'clause', id: clauseId(null, 'annex', n), kind: 'annex', n, heading: text, children: [], line },
        `附件${n}`,
      );
      return;
    }
    if (bare || titled) {
      stack.length = 0;
      if (titled) announce(text, line);
      addParagraph(text, line);
      return;
    }
    const chapter = matchChapter(text);
    if (chapter) {
      // Articles are numbered through the document: a chapter heading is a paragraph of its own.
      bodyStarted = true;
      stack.length = 0;
      paragraphs += 1;
      const node: ClauseNode = {
        type: 'clause',
        id: clauseId(null, 'paragraph', paragraphs),
        kind: 'paragraph',
        n: paragraphs,
        heading: text,
        level: 2,
        children: [],
        line,
      };
      register(node.id, line);
      root.push(node);
      return;
    }
    const marker = matchMarker(text);
    if (marker) {
      bodyStarted = true;
      const allowed = PARENTS[marker.kind];
      while (stack.length && !allowed.includes(top()!.kind)) stack.pop();
      const parent = top();
      const heading = marker.rest.length <= HEADING_MAX && !/[。；;]/.test(marker.rest) ? text : null;
      // A 1. inside a 专栏 is the box's item; sections, articles and boxes start an ID of their own.
      const kind: ClauseKind = marker.kind === 'point' && parent?.kind === 'box' ? 'boxItem' : marker.kind;
      const standsAlone = kind === 'section' || kind === 'article' || kind === 'box';
      const id = clauseId(standsAlone ? null : parent?.id, kind, marker.n);
      record(parent?.id ?? '', kind, marker.n, line);
      const level = kind === 'article' && hasChapters ? 3 : undefined;
      open(
        { type: 'clause', id, kind, n: marker.n, heading, children: [], line, ...(level ? { level } : {}) },
        `${marker.raw.trim()}${parent ? ` under ${parent.id}` : ''}`,
      );
      if (!heading) {
        announce(text, line);
        addParagraph(text, line);
      }
      return;
    }
    // Closing provisions and the signature belong to the whole document — unless the last unit is
    // the one that holds them (三、附则 directly followed by 本措施自…施行).
    // A paragraph about the document or its chapter (本文件中…, 本章第1条…) follows the numbered
    // points of its section without being one of them: Suzhou's 四、 closes with two such paragraphs.
    if (SCOPE_NOTE.test(text))
      while (stack.length && (top()!.kind === 'point' || top()!.kind === 'subpoint')) stack.pop();
    const closing = CLOSING.test(text) || isSignature(text);
    if (closing && !laterMarker(index) && (top()?.children.length ?? 0) > 0) stack.length = 0;
    announce(text, line);
    addParagraph(text, line);
  });

  // Under each parent numbers count up from 1 — or run on from the previous parent's last number
  // (Wuxi's （一）–（三十）, the High-tech Zone's 1–11, Suzhou's 专栏1–10).
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
  const numbering = itemsRunOn > 0 && itemsRestart === 0 ? 'running' : 'nested';

  const walk = (nodes: BodyNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'clause') continue;
      if (node.heading && node.children.length === 0 && node.level !== 2) {
        warnings.push(
          `line ${node.line}: ${node.id} has a heading but no text — the source may be cut after "${node.heading}"; check it`,
        );
      }
      walk(node.children);
    }
  };
  walk(root);
  for (const [n, line] of announced) {
    if (!seen.has(`annex${n}`)) {
      warnings.push(
        `line ${line}: the text refers to 附件${n}, but no annex ${n} follows — the source may be missing its annex; add it (a line 附件${n} followed by its text or table) or ignore this if it is published separately`,
      );
    }
  }
  const last = blocks[blocks.length - 1];
  if (last?.type === 'text' && endsMidSentence(last.text)) {
    warnings.push(
      `line ${last.line}: the text ends mid-sentence ("…${last.text.slice(-12)}") — the source looks truncated; import the rest when you have it`,
    );
  }
  // Unnumbered paragraphs (p1, p2 …) are registered as clauses too: a text of only those has no numbering.
  if (!blocks.length) warnings.push('the text is empty');
  else if ([...seen.keys()].every((id) => /^p\d+$/.test(id)))
    warnings.push(
      'no numbered clause was found (一、 （一） 1. 第一条 专栏 附件 or a table) — every paragraph becomes p1, p2 …; check that the numbering survived the conversion to text',
    );
  return { children: root, warnings, numbering };
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
