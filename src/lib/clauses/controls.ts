/**
 * Which clauses carry a link-and-citation control. Every clause keeps its ID and its own page;
 * masthead lines — 文件头, 文号, dates, （此件公开发布）, titles, addressees, signatures: top-level
 * paragraphs that are not a sentence — get no control, as nobody cites them.
 */
export function hasControl(c: { kind: string; text: string }): boolean {
  return c.kind !== 'paragraph' || /[。；！？]/.test(c.text);
}

/** The label of a control (its accessible name): the clause's citation label and what it offers. */
export const controlName = (label: string) => `${label}：链接与引用`;

/** The clause label back from a control's accessible name. */
export const labelFromControl = (name: string) => name.replace(/：链接与引用$/, '');
