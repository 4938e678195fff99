/**
 * What a table row says about itself: the 序号 it carries, the number the document prints in its
 * task cell (Suzhou's "5. 加快市医药服务平台建设"), and its name — the cell a reader would call
 * the row by (Kunshan's 加快创新药物研发, Taicang's 企业总数（家）).
 */

export interface RowFacts {
  /** The row's 序号 cell, when the table has one (the number of its ID, row12 → 12). */
  serial: number | null;
  /** The number the row's name cell opens with (5. …), counted inside its group. */
  item: number | null;
  /** The row's name without that number; null when every cell is a number. */
  name: string | null;
}

const ITEM = /^(\d{1,2})\s*[.．、]\s*/;

/**
 * `cells` are the row's own cells in order (a group's first row includes the group cell),
 * `idNumber` the number of its ID, `group` the name of its group, if any.
 */
export function rowFacts(cells: string[], idNumber: number, group: string | null): RowFacts {
  const serial = cells.includes(String(idNumber)) ? idNumber : null;
  const nameCell = cells.find((c) => c !== '' && c !== group && !/^\d+$/.test(c));
  if (nameCell === undefined) return { serial, item: null, name: null };
  const m = nameCell.match(ITEM);
  return { serial, item: m ? Number(m[1]) : null, name: m ? nameCell.slice(m[0].length) : nameCell };
}
