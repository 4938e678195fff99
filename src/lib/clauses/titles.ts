/**
 * How a clause is named on pages: the heading of its own page, its entry in breadcrumbs,
 * previous/next links and lists. A number is never said twice (第（十二）条 （十二）支持…), a row
 * is named by its own task (序号2 加快创新药物研发, not 序号2 2).
 */

export interface NamedClause {
  kind: string;
  /** Citation label, e.g. 三、（七）, 第（十二）条, 序号2. */
  label: string;
  heading: string | null;
  text: string;
  ownText: string;
  /** A table row's name (src/lib/clauses/rows.ts), null for other kinds. */
  rowName?: string | null;
}

export interface Headline {
  /** The label to show before the title; null when the title starts with the clause's own number. */
  label: string | null;
  title: string;
}

/** A clause's own number at the start of its text: 三、 （七） 第三条 1. （2） 二是 专栏7 附件. */
const OWN_NUMBER =
  /^(?:第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]+是|专栏\s*\d+|附件)/;

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** The first sentence of a text (its title when the clause has no heading line). */
const firstSentence = (text: string) => (text.split(/[。；\n]/)[0] ?? text).trim();

/** The name of a clause: its label where the title does not already say the number, and its title. */
export function headline(c: NamedClause, max = 40): Headline {
  if (c.kind === 'group') return { label: null, title: c.label };
  if (c.kind === 'row') {
    const name = c.rowName ?? firstSentence(c.text);
    return { label: c.label, title: shorten(name, max) };
  }
  const title = c.heading ?? shorten(firstSentence(c.ownText || c.text), max);
  return { label: OWN_NUMBER.test(title) ? null : c.label, title };
}

/** The headline as one line of text, for breadcrumbs, previous/next links and lists. */
export function shortName(c: NamedClause, max = 18): string {
  const h = headline(c, max);
  return h.label ? `${h.label} ${h.title}` : h.title;
}
