/**
 * First pass of the importer: turns the raw lines of a converted text into logical blocks.
 * A block is a paragraph (lines that a page break split mid-sentence are re-joined), a
 * blank, or a run of table lines (tab-separated cells) kept raw for the table parser.
 */
import { matchBareAnnex, matchChapter, matchMarker, matchTitledAnnex } from './numbering.ts';

export type Block = { type: 'text'; text: string; line: number } | { type: 'table'; lines: string[]; line: number };

/** Characters that end a sentence or a heading: a line ending with one is never continued. */
export const TERMINAL = /[。！？；：”’）)」』】》〕.!?;:]$/;
/** Punctuation that cannot end a paragraph: the sentence surely continues on the next line. */
export const CONTINUES = /[，、,（(—“‘《]$/;
/** Lines shorter than this that end without punctuation are headings or titles, not split sentences. */
const MIN_SPLIT_LENGTH = 40;
/** A document or notice title ("…的通知") ends without punctuation but is complete. */
export const TITLE_END = /(通知|意见|决定|办法|方案|计划|规划|清单|细则|规定|函)$/;

/**
 * A numbered line whose only tab follows its number ("一、\t总体要求", "1.\t…"): Word's list
 * numbering saved as text, not a table row.
 */
const numberedWithTab = (line: string) => {
  const m = line.match(/^\s*([^\t]{1,8})\t+[^\t]*$/);
  return Boolean(m && matchMarker(line)?.raw.trim() === m[1]!.trim());
};
const isTableLine = (line: string) => line.includes('\t') && !matchBareAnnex(line) && !numberedWithTab(line);
/** An empty line; a lone tab is an empty table cell, not a blank. */
const isBlank = (line: string) => !line.includes('\t') && line.trim() === '';

/** True when a line starts a numbered unit, a chapter, an annex or a 专栏, so nothing is joined onto it. */
export function startsUnit(line: string): boolean {
  return Boolean(matchMarker(line) || matchChapter(line) || matchBareAnnex(line) || matchTitledAnnex(line));
}

/** Whether paragraph `a` was cut mid-sentence and continues with line `b`. */
export function continuesOnto(a: string, b: string): boolean {
  const tail = a.replace(/\*+$/, '').trim();
  if (!tail || TERMINAL.test(tail) || startsUnit(b) || isTableLine(b)) return false;
  const marker = matchMarker(a);
  if (marker && marker.rest.length < 20) return false; // a short heading such as （一）指导思想
  if (CONTINUES.test(tail)) return true;
  return tail.length >= MIN_SPLIT_LENGTH && !TITLE_END.test(tail);
}

/** Splits a text into paragraphs and table regions, re-joining page-break splits. */
export function toBlocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i += 1;
      continue;
    }
    if (isTableLine(line)) {
      const start = i;
      const table: string[] = [];
      // A table runs over blank lines and over continuation lines (a cell broken across lines);
      // it ends at a plain line that follows a blank line.
      while (i < lines.length) {
        const l = lines[i]!;
        if (isTableLine(l) || isBlank(l) || (table.length > 0 && !isBlank(table[table.length - 1]!))) {
          if (!isTableLine(l) && !isBlank(l) && (startsUnit(l) || matchBareAnnex(l))) break;
          table.push(l);
          i += 1;
        } else break;
      }
      while (table.length && isBlank(table[table.length - 1]!)) table.pop();
      blocks.push({ type: 'table', lines: table, line: start + 1 });
      continue;
    }
    let text = line.trim();
    const start = i;
    i += 1;
    const titled = matchTitledAnnex(text);
    if (titled) {
      // "附件：…" titles may wrap onto following lines without a blank line.
      while (
        i < lines.length &&
        !isBlank(lines[i]!) &&
        !isTableLine(lines[i]!) &&
        !startsUnit(lines[i]!) &&
        !TERMINAL.test(text)
      ) {
        text += lines[i]!.trim();
        i += 1;
      }
    } else {
      for (;;) {
        let j = i;
        while (j < lines.length && isBlank(lines[j]!)) j += 1;
        if (j >= lines.length || !continuesOnto(text, lines[j]!)) break;
        text += lines[j]!.trim();
        i = j + 1;
      }
    }
    blocks.push({ type: 'text', text, line: start + 1 });
  }
  return blocks;
}
