/**
 * The reviewed thesaurus (src/content/vocab/synonyms.yaml): which writings the search joins, and
 * how a term is rewritten with them. A `variant` is the same word written another way (临床实验 for
 * 临床试验) and ranks like the typed word; a `synonym` is another name or an abbreviation (集采 for
 * 集中带量采购), ranks after the typed word and is marked 同义 on the page; a `broader` term covers
 * the narrower ones it lists (CXO → CRO, CMO, CDMO): typed, it also finds them, ranked and marked
 * like synonyms, while a narrower term typed does not find the broader one or its siblings. A
 * `related` entry is a reader's word for something the texts name with other words (CAR-T → 细胞治疗,
 * 孩子上学 → 子女入学, 首台套 nicknames → their formal words): typed, it finds the texts' terms it
 * lists, ranked and marked like synonyms; the texts' terms typed do not find it. Both one-way kinds
 * work the same way here: the typed writing is rewritten with the terms the entry also finds.
 */
import { normalize, occurrences } from './normalize.ts';

/** What the search needs of an entry of synonyms.yaml (checked by vocabulary-file.ts at build time). */
export interface VocabularyEntry {
  /** Stable ASCII slug (left out on the search page, which needs only the writings). */
  id?: string;
  kind: 'variant' | 'synonym' | 'broader' | 'related';
  /**
   * The writings the entry joins, the texts' most common first (for `broader`: the broad term's;
   * for `related`: the reader's words).
   */
  forms: string[];
  /** `broader` only: the narrower terms a broad one also finds. */
  narrower?: string[];
  /** `related` only: the texts' terms the reader's words find. */
  finds?: string[];
}

/** How a form of a term came about: as typed, or through an entry of the vocabulary. */
export interface FormOrigin {
  kind: 'typed' | 'variant' | 'synonym';
  /**
   * A synonym found one way: a broader entry's narrower term or a related entry's find (ADC →
   * 抗体药物), looser than an equivalent writing (ADC → 抗体偶联药物), which ranks first.
   */
  loose?: true;
  /** The vocabulary writing that replaced part of the term (shown as 同义：…). */
  writing?: string;
  entry?: string;
}

export interface TermForm {
  /** The normalised text to look for. */
  text: string;
  origin: FormOrigin;
  /** False for a writing that only counts when a clause found otherwise holds it (not searched for). */
  search?: boolean;
}

/**
 * Entries with their writings normalised, the longest first so that 基因与细胞治疗 wins over a
 * shorter overlap. `oneWay` holds what a typed writing also finds but what does not find it back:
 * a broader entry's narrower terms, a related entry's texts' terms.
 */
export interface Vocabulary {
  entries: { id?: string; kind: VocabularyEntry['kind']; forms: string[]; oneWay: string[] }[];
}

export function buildVocabulary(entries: VocabularyEntry[]): Vocabulary {
  return {
    entries: entries.map((e) => ({
      ...(e.id ? { id: e.id } : {}),
      kind: e.kind,
      forms: [...new Set(e.forms.map(normalize))].sort((a, b) => b.length - a.length),
      oneWay: [...new Set([...(e.narrower ?? []), ...(e.finds ?? [])].map(normalize))],
    })),
  };
}

/**
 * The thesaurus as the search worker receives it (/search/config.json, config.ts): per entry its
 * kind and writings, in file order, without ids and review fields — `['v' | 's', forms]`,
 * `['b', forms, narrower]` or `['r', forms, finds]` — and without a second copy of the writings
 * for the question lexicon (`vocabularyWords`).
 */
export type VocabularyWire = (['v' | 's', string[]] | ['b' | 'r', string[], string[]])[];

const KIND_CODE = { variant: 'v', synonym: 's', broader: 'b', related: 'r' } as const;
const CODE_KIND = { v: 'variant', s: 'synonym', b: 'broader', r: 'related' } as const;

export function vocabularyToWire(entries: VocabularyEntry[]): VocabularyWire {
  return entries.map((e) => {
    if (e.kind === 'broader') return ['b', e.forms, e.narrower ?? []];
    if (e.kind === 'related') return ['r', e.forms, e.finds ?? []];
    return [KIND_CODE[e.kind], e.forms];
  });
}

export function vocabularyFromWire(wire: VocabularyWire): VocabularyEntry[] {
  return wire.map(([code, forms, also]) => {
    if (code === 'b') return { kind: CODE_KIND[code], forms, narrower: also ?? [] };
    if (code === 'r') return { kind: CODE_KIND[code], forms, finds: also ?? [] };
    return { kind: CODE_KIND[code], forms };
  });
}

/**
 * Every writing of the entries, broader and narrower, and a related entry's reader's words: words
 * kept whole when a question is cut. Not the texts' terms a related entry finds: they are plain
 * words of the texts, and as lexicon words they would cut a typed term around them (二类医疗器械
 * would leave 第 of 第二类医疗器械 alone and lose its parts 第二类, 医疗器械).
 */
export function vocabularyWords(entries: VocabularyEntry[]): string[] {
  return [...new Set(entries.flatMap((e) => [...e.forms, ...(e.narrower ?? [])]))];
}

/** At most this many forms per term (the vocabulary's and the numbers' together stay small). */
export const MAX_VOCABULARY_FORMS = 6;

/**
 * The term rewritten with each other writing of every entry one of whose writings it contains
 * (集采中标 → 集中带量采购中标). The term itself is not included. One replacement at a time, at the
 * first place the writing occurs, honouring atomic letter/digit runs (CRO is not in MICRO). A
 * related entry rewrites only with the texts' terms it finds: its other writings are readers'
 * words too, which the texts do not use.
 */
/**
 * A term with one of its words written another way, the new writing's ends merged with what they
 * repeat of the term around it: 博后站 with 博后 → 博士后工作站 is 博士后工作站, not 博士后工作站站 (the
 * reader's 站 is the writing's last character); 国家药监局 with 药监局 → 国家药品监督管理局 likewise.
 */
export function rewrite(before: string, writing: string, after: string): string {
  const overlap = (a: string, b: string) => {
    for (let k = Math.min(a.length, b.length); k > 0; k--) if (a.endsWith(b.slice(0, k))) return k;
    return 0;
  };
  const tail = overlap(writing, after);
  const head = overlap(before, writing);
  return before.slice(0, before.length - head) + writing + after.slice(tail);
}

export function vocabularyForms(term: string, vocabulary: Vocabulary): TermForm[] {
  const out: { form: TermForm; whole: boolean }[] = [];
  const seen = new Set([term]);
  for (const entry of vocabulary.entries) {
    for (const form of entry.forms) {
      const [at] = occurrences(term, form);
      if (at === undefined) continue;
      // A narrower term found through a broader one, or a texts' term through a reader's word,
      // ranks like a synonym: after the typed word.
      const kind = entry.kind === 'variant' ? 'variant' : 'synonym';
      const others = entry.kind === 'related' ? entry.oneWay : [...entry.forms, ...entry.oneWay];
      for (const other of others) {
        if (other === form) continue;
        const text = rewrite(term.slice(0, at), other, term.slice(at + form.length));
        if (seen.has(text)) continue;
        seen.add(text);
        const loose = entry.oneWay.includes(other) && !entry.forms.includes(other);
        out.push({
          form: {
            text,
            origin: {
              kind,
              writing: other,
              ...(loose ? { loose: true } : {}),
              ...(entry.id ? { entry: entry.id } : {}),
            },
          },
          whole: form.length === term.length,
        });
      }
      // One writing per entry is enough: the others are the same word.
      break;
    }
  }
  // Variants first: they rank like the typed word. Then the rewrites of the whole term (mRNA疫苗 →
  // 新型疫苗) before those of a part of it (mRNA疫苗 → 信使RNA疫苗): an entry naming the whole term
  // is the more specific, and the cap must not cut it.
  const rank = (x: { form: TermForm; whole: boolean }) =>
    (x.form.origin.kind === 'synonym' ? 2 : 0) + (x.whole ? 0 : 1);
  return out
    .sort((a, b) => rank(a) - rank(b))
    .map((x) => x.form)
    .slice(0, MAX_VOCABULARY_FORMS);
}
