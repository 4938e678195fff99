/**
 * Reads and checks the thesaurus, src/content/vocab/synonyms.yaml, at build time (the search page
 * embeds what the browser needs of it). A broken entry fails the build with the file, the entry,
 * the field and the fix (docs/search.md, "The thesaurus").
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { normalize } from './normalize.ts';
import { MAX_VOCABULARY_FORMS, type VocabularyEntry } from './vocabulary.ts';

/** The fields of the thesaurus: what an entry is about (for review and reports, not for matching). */
export const DOMAINS = [
  'regulation', // 审评审批、注册、质量规范: IND, NDA, MAH, GMP, 优先审评 …
  'clinical', // 临床试验与医疗服务: 临床试验机构, 研究型病房, 放疗 …
  'modality', // 产品与技术路线: 单抗, ADC, CAR-T, mRNA, 疫苗, 中药 …
  'industry', // 产业链与业态: CRO/CDMO/CXO, 原料药, 耗材, IVD, 医美 …
  'finance', // 投融资与资金: IPO, 科创板, 风投, 引导基金, 贴息 …
  'talent', // 人才: 领军人才, 高层次人才, 博士后, 人才公寓 …
  'land', // 用地与空间载体: 标准厂房, 孵化器, 产业园, 众创空间 …
  'tax', // 税收: 加计扣除, 高企, 所得税 …
  'insurance', // 保险与医保: 首台套保险, 医保目录, 集采 …
  'agency', // 机构及其曾用名: 国家药监局/CFDA, 卫健委/卫计委 …
  'programme', // 计划与称号: 揭榜挂帅, 专精特新, 瞪羚, 独角兽 …
  'ip', // 知识产权与标准: PCT, 专利, 商标 …
  'technology', // 通用技术: 人工智能, 大数据, 5G …
] as const;
export type Domain = (typeof DOMAINS)[number];

/** `text:<policy-id>#<clause-id>`: the clause an entry was mined from (checked against the texts by the unit tests). */
export const TEXT_SOURCE = /^text:([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const writing = z
  .string({ error: 'write each form as a string' })
  .refine((s) => s.trim() === s && s.length > 0, 'a form has no spaces around it and is not empty — trim it')
  .refine(
    (s) => [...normalize(s)].length >= 2,
    'a form of one character matches too widely — write the whole word (药品, not 药)',
  );

export const vocabularyEntrySchema = z
  .strictObject(
    {
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and hyphens'),
      kind: z.enum(['variant', 'synonym', 'broader', 'related'], {
        error:
          'use variant (the same word written another way), synonym (another name or an abbreviation), broader (a term covering the narrower ones it lists) or related (a reader’s word for what the texts name with the words it finds)',
      }),
      domain: z.enum(DOMAINS, { error: `use one of ${DOMAINS.join(', ')}` }),
      forms: z
        .array(writing, { error: 'list the writings, e.g. forms: [集中带量采购, 集采]' })
        .min(1, 'list at least one writing'),
      narrower: z.array(writing, { error: 'list the narrower terms, e.g. narrower: [CRO, CMO, CDMO]' }).optional(),
      finds: z
        .array(writing, { error: 'list the texts’ terms the reader’s words find, e.g. finds: [细胞治疗]' })
        .optional(),
      source: z
        .string({
          error:
            'say where the entry comes from: text:<policy-id>#<clause-id>, or a short note (NMPA 机构名称, 行业通称, 常见误写)',
        })
        .trim()
        .min(2, 'say where the entry comes from: text:<policy-id>#<clause-id>, or a short note')
        .refine(
          (s) => !s.startsWith('text:') || TEXT_SOURCE.test(s),
          'a text source is text:<policy-id>#<clause-id>, e.g. text:wuxi-biomed-policy-opinions#s3-c12',
        ),
      reviewed: z.literal(true, {
        error:
          'set reviewed: true once a person has checked the entry (unreviewed candidates stay in the output of npm run vocab:mine)',
      }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field ${issue.keys.join(', ')} — the fields are id, kind, domain, forms, narrower (broader only), finds (related only), source, reviewed`
          : 'write the entry as a map: { id, kind, domain, forms, source, reviewed }',
    },
  )
  .superRefine((e, ctx) => {
    // A misplaced field first: its message says what the entry meant.
    if (e.kind !== 'broader' && e.narrower)
      ctx.addIssue({
        code: 'custom',
        path: ['narrower'],
        message:
          e.kind === 'related'
            ? 'a related entry lists the texts’ terms it finds under finds, not narrower — rename the field'
            : 'only a broader entry has narrower terms — use kind: broader, or move them to forms',
      });
    if (e.kind !== 'related' && e.finds)
      ctx.addIssue({
        code: 'custom',
        path: ['finds'],
        message:
          e.kind === 'broader'
            ? 'a broader entry lists the terms it covers under narrower, not finds — rename the field'
            : 'only a related entry has finds (a reader’s word finding the texts’ terms one way) — use kind: related, or move them to forms if they are the same word',
      });
    if (e.kind === 'broader' && !e.narrower?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['narrower'],
        message: 'a broader entry lists the narrower terms it covers, e.g. narrower: [CRO, CMO, CDMO]',
      });
    if (e.kind === 'related' && !e.finds?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['finds'],
        message:
          'a related entry lists the texts’ terms the reader’s words find, e.g. { kind: related, forms: [CAR-T], finds: [细胞治疗] }',
      });
    // A variant or synonym joins writings both ways: it needs two. A broader or related entry
    // needs one, plus the terms it also finds.
    if ((e.kind === 'variant' || e.kind === 'synonym') && e.forms.length < 2)
      ctx.addIssue({ code: 'custom', path: ['forms'], message: 'an entry joins at least two writings' });
    const writings = [
      ...e.forms.map((f, i) => ['forms', i, f] as const),
      ...(e.narrower ?? []).map((f, i) => ['narrower', i, f] as const),
      ...(e.finds ?? []).map((f, i) => ['finds', i, f] as const),
    ];
    const seen = new Map<string, string>();
    for (const [field, i, f] of writings) {
      const key = normalize(f);
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field, i],
          message: `"${f}" is the same writing as ${first} (case, width and quotation marks are ignored) — remove it`,
        });
      else seen.set(key, `${field}.${i}`);
    }
    // The search rewrites a term into at most MAX_VOCABULARY_FORMS writings: more would be cut.
    if (writings.length > MAX_VOCABULARY_FORMS + 1)
      ctx.addIssue({
        code: 'custom',
        path: [e.narrower ? 'narrower' : e.finds ? 'finds' : 'forms'],
        message: `an entry has at most ${MAX_VOCABULARY_FORMS + 1} writings (the search tries ${MAX_VOCABULARY_FORMS} besides the typed one) — split it or keep the writings readers use`,
      });
  });

export type ThesaurusEntry = z.infer<typeof vocabularyEntrySchema>;

export const VOCABULARY_FILE = 'src/content/vocab/synonyms.yaml';

function entryLabel(i: number, entry: unknown): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return `entry ${i + 1}${typeof id === 'string' && id ? ` (${id})` : ''}`;
}

/** The thesaurus, every entry checked: a broken one throws naming the file, the entry, the field and the fix. */
export function loadThesaurus(root = process.cwd()): ThesaurusEntry[] {
  const file = resolve(root, VOCABULARY_FILE);
  const raw = parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(raw))
    throw new Error(`${VOCABULARY_FILE}: expected a list of entries ({ id, kind, domain, forms, source, reviewed })`);
  const ids = new Set<string>();
  // A writing joined to two meanings would join them to each other: one entry per meaning.
  const owner = new Map<string, string>();
  // A reader's word has one related entry, listing everything it finds (a related entry only adds
  // one-way finds, so its word may also be a form of a synonym entry: CAR-T).
  const readerWord = new Map<string, string>();
  return raw.map((entry, i) => {
    const parsed = vocabularyEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        `${VOCABULARY_FILE}: ${entryLabel(i, entry)}: ${issue.path.join('.') || 'entry'}: ${issue.message}`,
      );
    }
    const e = parsed.data;
    if (ids.has(e.id))
      throw new Error(`${VOCABULARY_FILE}: entry ${i + 1}: id "${e.id}" is used twice — give each entry its own id`);
    ids.add(e.id);
    if (e.kind === 'related')
      e.forms.forEach((f, k) => {
        const other = readerWord.get(normalize(f));
        if (other)
          throw new Error(
            `${VOCABULARY_FILE}: ${entryLabel(i, e)}: forms.${k}: "${f}" is already a reader's word of the related entry ${other} — add these finds to that entry`,
          );
        readerWord.set(normalize(f), e.id);
      });
    else if (e.kind !== 'broader')
      e.forms.forEach((f, k) => {
        const other = owner.get(normalize(f));
        if (other)
          throw new Error(
            `${VOCABULARY_FILE}: ${entryLabel(i, e)}: forms.${k}: "${f}" is already a form of ${other} — merge the two entries, or keep the writing in the one it means`,
          );
        owner.set(normalize(f), e.id);
      });
    return e;
  });
}

/** What the search needs of each entry (vocabulary.ts): the writings by kind, not the review fields. */
export function searchVocabulary(entries: ThesaurusEntry[]): VocabularyEntry[] {
  return entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    forms: e.forms,
    ...(e.narrower ? { narrower: e.narrower } : {}),
    ...(e.finds ? { finds: e.finds } : {}),
  }));
}

/** The thesaurus as the search uses it. */
export function loadVocabulary(root = process.cwd()): VocabularyEntry[] {
  return searchVocabulary(loadThesaurus(root));
}
