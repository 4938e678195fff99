/**
 * Questions in plain language (创新药临床试验有什么奖励, 如何申请一致性评价奖励). Function and
 * question words are dropped, support and target words become an intent, and what is left is cut
 * into content words, each a term a clause may hold (soft AND: the more it holds, the higher).
 */
import { NUMERAL_CHARS } from '../chinese-numerals.ts';
import { normalize } from './normalize.ts';

/** Question and function words readers put around what they look for. Longest first when matching. */
export const FUNCTION_WORDS = [
  '可不可以',
  '能不能',
  '有没有',
  '是不是',
  '怎么申请',
  '如何申请',
  '有什么',
  '有哪些',
  '是什么',
  '为什么',
  '是多少',
  '多少钱',
  '请问',
  '什么',
  '哪些',
  '哪个',
  '哪里',
  '怎么',
  '怎样',
  '如何',
  '多少',
  '多大',
  '多高',
  // Each of several asked at once (无锡和高新区的资助分别是多少): how the answer is laid out.
  '分别',
  '各自',
  // How long, when (多久要配进医院, 什么时候拨付).
  '多长时间',
  '什么时候',
  '多久',
  '多长',
  '何时',
  '是否',
  '可以',
  '能否',
  '关于',
  '政策',
  '规定',
  '条款',
  '申请',
  '一下',
  '我们',
  // Asking how much or how to get it (最多给多少, 能拿多少, 支持力度有多大): never what a clause is about.
  '最多',
  '最高',
  // Spoken forms of 什么 / 怎么 (有啥补贴, 咋申请).
  '有啥',
  '啥',
  '咋',
  '拿到',
  '领取',
  '力度',
  '到底',
  '大概',
  '拿',
  '领',
  '吗',
  '呢',
  '哪',
  '谁',
  '是',
  '吧',
  '啊',
  '的',
  '了',
  '有',
  '给',
  '能',
  '对',
  '我',
  '几',
  // Prepositions and conjunctions a question puts between its words (在无锡, 和, 与), and the place
  // word after one (在人才培养里做什么), the 到 of a change or a date (提升到, 到2025年).
  '里',
  '到',
  '在',
  '从',
  '向',
  '把',
  '被',
  '让',
  '还',
  '也',
  '都',
  '就',
  '和',
  '与',
  '及',
  '或',
].sort((a, b) => b.length - a.length);

/**
 * What a reader types to say what to do, not what to find (找 昆山 急需紧缺人才 名录, 查 高新区 责任分工表,
 * 对比 各地 创新药 临床试验 资助): typed as a term of their own beside others, they are dropped
 * (`dropTaskWords`), as a search box is already for finding.
 */
export const TASK_WORDS = [
  '找',
  '查',
  '搜',
  '看',
  '寻找',
  '查找',
  '查询',
  '查查',
  '查看',
  '搜索',
  '搜搜',
  '看看',
  '找找',
  '对比',
  '比对',
  '比比',
  '了解',
  '找一下',
  '查一下',
  '搜一下',
  '看一下',
  '对比一下',
  '了解一下',
  '帮我找',
  '帮我查',
  '我想找',
  '我要找',
  '我想查',
  '我要查',
];

/**
 * Terms without the task words typed as terms of their own (`TASK_WORDS`) and the lone characters
 * joining or placing the others (IND 后 一期临床, 无锡 和 苏州: `LONE_FUNCTION`), unless nothing else is left.
 */
export function dropTaskWords(terms: readonly string[]): string[] {
  const rest = terms.filter((t) => !TASK_WORDS.includes(t) && !LONE_FUNCTION.test(t));
  return rest.length ? rest : [...terms];
}

/**
 * Words of a reader's phrasing that name no topic of their own (获批, 制度, 通过, 外面 …): typed
 * beside a topic they are optional terms (plan.ts `Concept.optional`) — required while a clause
 * holds them with the rest, dropped, and said to be, when none does (groups.ts `split`). Verbs of
 * getting and doing, words for "rules" and "matters", places relative to the reader, counts of
 * one, and time words relative to today. Never a word that names what a clause is about.
 */
export const GENERIC_WORDS = [
  // Getting, doing, becoming
  '获批',
  '批准',
  '获得',
  '取得',
  '得到',
  '通过',
  '成为',
  '开展',
  '进行',
  '实施',
  '落实',
  '办理',
  '享受',
  '享有',
  '提速',
  '加快',
  '推进',
  '推动',
  '促进',
  '鼓励',
  '需要',
  '要求',
  '满足',
  '符合',
  '属于',
  '怎么算',
  '参加',
  '参与',
  '做到',
  '达到',
  '上班',
  '起作用',
  '作用',
  '比较',
  '合适',
  '所有',
  '全部',
  '一共',
  '总共',
  '结果',
  '具体',
  '一般',
  '可能',
  '应该',
  '第一次',
  '政府',
  // Having, as a question says it (到2023年要有多少家, 会有什么): what is had is the topic.
  '要有',
  '会有',
  '能有',
  '共有',
  // Where (哪个城市给得多, 各地): the places are the answer, not words a clause holds.
  '城市',
  '地方',
  '各地',
  // Who is responsible (哪个部门牵头, 谁负责): the texts name the department, not these words.
  '部门',
  '单位',
  '牵头',
  '负责',
  // Rules, matters, things
  '制度',
  '相关',
  '方面',
  '情况',
  '问题',
  '事项',
  '内容',
  '文件',
  '措施',
  '办法',
  '细则',
  '待遇',
  '好处',
  '东西',
  '说法',
  // Qualifiers of an amount a reader states (1500万以上): the texts write the range their way.
  '以上',
  '以下',
  // Relative places and counts
  '外面',
  '外部',
  '本地',
  '当地',
  '这里',
  '那里',
  '这边',
  '那边',
  // The reader's own firm (我们公司, 公司上市): the texts say 企业 where they mean any firm.
  '公司',
  '一个',
  '每个',
  '每家',
  '一家',
  '单个',
  '多个',
  // Time relative to the reader
  '现在',
  '目前',
  '今年',
  '明年',
  '以后',
  '之后',
  '一年',
  // Counting words (每个专业补多少): how a reader counts, not what a clause is about.
  '每个',
  '每家',
  '每项',
  '每次',
  '其他',
  '其它',
];

/**
 * An amount or count a reader states (年薪50万, 投资一个亿, 500强 is not: it names a list): the
 * texts write it their own way (1亿元以上, 5000万元~1亿元), so it is phrasing — required while some
 * clause holds it with the topics, dropped and said to be otherwise.
 */
const AMOUNT = new RegExp(`^(?:\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}两]+)个?[万亿千百]*元?$`, 'u');

/**
 * A question's spoken words: one beginning with a pointing word or an adverb of time or degree
 * (这边, 那块, 很高, 刚, 才会, 一直在, 已经, 正在, 打算, 想), or ending with an aspect or a direction
 * (投了, 批下来, 算进去, 做起来).
 */
const SPOKEN =
  /^(?:[这那很刚才想]|一直|已经|正在|还没|打算|准备)|(?:[了着过]|下来|起来|出来|上来|出去|进去|过来|进来)$/u;

/** A one-character verb of getting or doing with its result (评上, 拿到, 办成). */
const RESULTATIVE = /^[评选拿办做搞弄争抢申报批提升涨降]([上下到完好成出起过]|得[到上])$/u;

/** Whether a word is one of the reader's phrasing (GENERIC_WORDS), or a lone character a question left. */
export const isPhrasing = (word: string, inQuestion: boolean): boolean =>
  GENERIC_WORDS.includes(word) ||
  // 这边会, 很高, 一直在, 批下来, 投了: spoken words around what is asked, never a topic.
  (inQuestion && SPOKEN.test(word)) ||
  // 评上, 选上, 拿下, 办成: a one-character verb with its result is how a reader says "got it".
  RESULTATIVE.test(word) ||
  // 三个, 几家, 两批: a count the reader asks or states, not what a clause is about.
  (inQuestion && /^[一二三四五六七八九十两几\d]+大?[个家项批名位所条种次]$/u.test(word)) ||
  isAnnexWord(word) ||
  (inQuestion && [...word].length === 1) ||
  // 2021年有多少人: a year asked about beside a figure, which a table states in its header, not its row.
  (inQuestion && /^(?:19|20)\d{2}年?(?:底|末|初)?$/u.test(word)) ||
  (inQuestion && isAmount(word));

/** One character typed as a word of its own that joins or places the others (后, 和, 及, 在 …), never a topic. */
const LONE_FUNCTION = /^[后前和与及或等里内在时以为之的了吗呢对向从到把被也都还就再并且而]$/u;

/** 附件1, 附表: where in the document the reader saw something, which no clause's own text says. */
export const isAnnexWord = (word: string): boolean => /^附[件表][\d一二三四五六七八九十]*$/u.test(word);

/** Whether a word is an amount as typed (50万, 一个亿, 3000万元), not a word with a number in it (三类). */
export const isAmount = (word: string): boolean => /[万亿元]$/u.test(word) && AMOUNT.test(word);

/** Words that ask for money: support clauses rank first among equals. */
export const SUPPORT_WORDS = [
  '多少钱',
  '补贴',
  '奖励',
  '资助',
  '扶持',
  '支持',
  '补助',
  '奖补',
  '资金',
  '金额',
  '优惠',
  '福利',
];
/** Words that ask about a support provision's terms (补助比例是多少): support intent, not content. */
export const ASK_WORDS = ['比例', '标准', '额度', '上限', '条件'];
/** Words that ask for targets: target clauses rank first among equals. */
export const TARGET_WORDS = ['目标', '指标'];
/** One-character verbs of paying or getting (补, 奖, 给, 拿 …) that ask for money with 多少 or 得多. */
const MONEY_VERBS = '补奖贴给拿发领';
/**
 * A bare verb of getting with 多少 (能补多少, 奖多少, 给多少钱, 多少万), or comparing (哪个城市给得多): an
 * amount question, read as 多少钱 is — never a topic.
 */
export const MONEY_ASKS = [...MONEY_VERBS]
  .flatMap((v) => [`${v}多少钱`, `${v}多少`, `${v}钱`, `${v}得多`, `${v}的多`])
  .concat(['多少万', '几万', '报销多少', '报多少']);
/** Asking for an amount without a support word: 能补多少, 给多少, 多少万, 几万块. */
const MONEY_ASK = new RegExp(`[${MONEY_VERBS}](?:多少|钱|[得的]多)|报销?多少|多少万|几万|几百万|多少亿`, 'u');
/** 到2025年, 到二〇二五年 (folded to digits first). */
const TARGET_YEAR = /到\d{4}年/u;

export type Intent = 'support' | 'target' | null;

/** The intent a term expresses, if any: a support or target word, or 到20XX年. */
export function intentOf(text: string): Intent {
  if (SUPPORT_WORDS.some((w) => text.includes(w)) || MONEY_ASK.test(text)) return 'support';
  if (TARGET_WORDS.some((w) => text.includes(w)) || TARGET_YEAR.test(text)) return 'target';
  return null;
}

/** Whether a term is a question rather than a phrase the texts may hold: it contains function words. */
export function isQuestion(term: string): boolean {
  return (
    FUNCTION_WORDS.some((w) => w.length > 1 && term.includes(w)) ||
    /[吗呢]$/u.test(term) ||
    // 哪三个, 组长是谁, 每年筛几家: asking which, who, how many; 百分之几, 几成: what share.
    /[哪谁]|几[个家项批年所条种次名位成]|百分之几/u.test(term)
  );
}

/** Words a segmenter or the vocabulary knows, kept whole when cutting a run of content (longest first). */
export type Lexicon = string[];

/** A lexicon from words as written (GCP, 上下游): normalised like queries (gcp), unique, longest first. */
export const buildLexicon = (words: Iterable<string>): Lexicon =>
  [...new Set([...words].map(normalize).filter(Boolean))].sort((a, b) => b.length - a.length);

type Segment = (text: string) => string[];

/** The browser's (and Node's) dictionary-based word segmenter, when the runtime has one. */
let segmenter: Intl.Segmenter | undefined;
export const intlSegment: Segment | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
    ? (text) =>
        // One segmenter for every call: making one loads the runtime's Chinese dictionary, and the
        // build segments every clause (sounds.ts `frequentWords`).
        [...(segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })).segment(text)]
          .filter((s) => s.isWordLike)
          .map((s) => s.segment)
    : null;

const AMOUNT_LEAD = new RegExp(`^(?:\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}两]+)个?[万亿]元?`, 'u');

/**
 * A quantity a reader copies from a text (五千亩, 3000平方米, 两万批): a number of two characters or more,
 * or with 十/百/千/万, before a unit of land, floor space, batches or people. One word, so that its
 * numeral writings (numerals.ts: 五千亩 → 5000亩) are what a clause must hold, never 五千 without 亩.
 */
const COUNT_LEAD = new RegExp(
  `^(?:\\d+(?:\\.\\d+)?|[${NUMERAL_CHARS}两]*[十百千万][${NUMERAL_CHARS}两]*|[${NUMERAL_CHARS}两]{2,})(?:万?平方米|平米|亩|批次|批|人次)`,
  'u',
);

const NUMBERED = new RegExp(`^(?:[${NUMERAL_CHARS}]+|\\d+|iii|ii|iv|i|v)[类期级]`, 'u');

/** Single-character function words: dropped when the segmenter finds them as words of their own. */
const FUNCTION_CHARS = new Set(FUNCTION_WORDS.filter((w) => w.length === 1));

/**
 * Characters that end a noun built on the word before them (智能|化, 创新|药, 生物|学, 服务|量): a
 * lone one the segmenter leaves after a word of its own joins it.
 */
const SUFFIX_CHARS = new Set(
  '万亿元人商师化性类型级期量率费额学业界者员家方品剂药械证区园厂库所站室馆院科局委办部处会金奖险税权链群网式度值数点线体源材物法案号书单表项器机台套苗',
);

/**
 * Verbs a reader says with one character (建市级平台, 每年筛几家, 大赛叫什么, 机构投的项目): in a run
 * of lone characters the segmenter could not place, one stays apart — a question's lone
 * character is an optional term (plan.ts) — and the others pair up (评|上, 地|标, 药|企 are words).
 */
const VERB_CHARS = new Set('建筛叫搞做投要买拿给办想找去来用开设盖招引搬送报申批审查看算交选评');

const NUMERAL = new RegExp(`^[\\d${NUMERAL_CHARS}两几]$`, 'u');
/** Measure words and units after a number (3个亿, 五大项, 50万元). */
const UNIT_CHARS = new Set('个万亿千百元大项家批件条名位种次年月日号期类届');

/** A word of one character (a segmenter's lone character). */
const isLone = (w: string | undefined): boolean => w !== undefined && [...w].length === 1;

/**
 * Groups the segmenter's words where it cut a word into lone characters (the runtime's segmenter
 * knows few of the field's words: 药|企, 地|标, 牵|头, 评|上): lone characters in a row pair up,
 * a one-character verb among three or more stays apart, and a noun suffix left alone joins the word
 * before it — unless that word is a known one (a lexicon word takes nothing: 注册证|书).
 */
export function groupLone(words: readonly string[]): string[] {
  const out: string[] = [];
  // Whether the last word pushed may take a suffix (a segmenter word of two characters or more).
  let open = false;
  for (let i = 0; i < words.length;) {
    if (!isLone(words[i])) {
      out.push(words[i]!);
      open = true;
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && isLone(words[j])) j++;
    const run = words.slice(i, j);
    i = j;
    // 3|个|亿, 五|大|项: a number keeps its measure and unit words (an amount or a count a reader states).
    let k = 1;
    if (NUMERAL.test(run[0]!)) while (k < run.length && UNIT_CHARS.has(run[k]!)) k++;
    if (k > 1) {
      out.push(run.splice(0, k).join(''));
      open = false;
      if (!run.length) continue;
    }
    // A suffix right after a word joins it (智能|化|改造, 服务|量|要), a unit its number (2025|年).
    const afterNumber = open && /\d$/u.test(out[out.length - 1]!) && UNIT_CHARS.has(run[0]!);
    if (
      open &&
      (SUFFIX_CHARS.has(run[0]!) || /^\d$/u.test(run[0]!) || afterNumber) &&
      (run.length === 1 || run.length === 3 || afterNumber || VERB_CHARS.has(run[1]!))
    ) {
      out[out.length - 1] += run.shift()!;
    }
    const pending: string[] = [];
    const flushPending = () => {
      for (let at = 0; at < pending.length; at += 2) out.push(pending.slice(at, at + 2).join(''));
      pending.length = 0;
    };
    for (const c of run) {
      if (run.length >= 3 && VERB_CHARS.has(c) && pending.length % 2 === 0) {
        flushPending();
        out.push(c);
      } else pending.push(c);
    }
    flushPending();
    open = false;
  }
  return out;
}

/**
 * Cuts a run of content into words: known words (the vocabulary's writings and other domain
 * terms) whole, the rest by the segmenter, its lone characters grouped (`groupLone`);
 * single-character function words the segmenter finds (的, 给, 对 …) are dropped and stand as
 * borders.
 */
/** A Latin letter (the input is normalised: lower case). */
const LETTER = /[a-z]/iu;

export function contentWords(run: string, lexicon: Lexicon, segment: Segment | null = intlSegment): string[] {
  const out: string[] = [];
  let rest = run;
  let pending = '';
  // Whether the last word came from the lexicon with nothing between (a known word takes no lone character).
  let lastKnown = false;
  const flush = () => {
    if (!pending) return;
    // A gap (a place cut out of a question, 境外人才在无锡交个税) or a dropped function word (在) is a
    // border: the words on each side are grouped apart.
    for (const piece of pending.split(/\s+/u).filter(Boolean)) {
      const words = segment ? segment(piece) : [piece];
      let stretch: string[] = [];
      const close = () => {
        if (!stretch.length) return;
        // A lone character right after a known word stays apart (注册证|书); two pair up (贷款|贴|息).
        const lead = lastKnown && isLone(stretch[0]) && !isLone(stretch[1]) ? [stretch.shift()!] : [];
        out.push(...lead, ...groupLone(stretch));
        stretch = [];
      };
      for (const segmented of words) {
        // 提升到, 增长到: the runtime segmenter's verb with its 到 is the verb (the texts say 提升至).
        const w =
          /^\p{Script=Han}{2,}[到至]$/u.test(segmented) && !lexicon.includes(segmented)
            ? segmented.slice(0, -1)
            : segmented;
        if (FUNCTION_CHARS.has(w)) {
          close();
          lastKnown = false;
          continue;
        }
        stretch.push(w);
      }
      close();
      lastKnown = false;
    }
    pending = '';
  };
  while (rest) {
    // A number with its class or phase word stays one word (三期, 1类); so does an amount (60万能拿:
    // 60万, not 万能).
    // A known word of letters is a word only where the letters run out: CMO is no word of ECMO, nor
    // AR of CAR-T.
    const before = run[run.length - rest.length - 1] ?? '';
    const known =
      lexicon.find(
        (w) =>
          w.length > 1 &&
          rest.startsWith(w) &&
          !(LETTER.test(w[0]!) && LETTER.test(before)) &&
          !(LETTER.test(w.at(-1)!) && LETTER.test(rest[w.length] ?? '')),
      ) ??
      rest.match(NUMBERED)?.[0] ??
      rest.match(COUNT_LEAD)?.[0] ??
      rest.match(AMOUNT_LEAD)?.[0];
    if (known) {
      flush();
      out.push(known);
      lastKnown = true;
      rest = rest.slice(known.length);
    } else {
      pending += rest[0];
      rest = rest.slice(1);
    }
  }
  flush();
  return out;
}

export interface QuestionParts {
  /** Content words, in order, unique. */
  words: string[];
  /** The stretches of content between the words cut out (企业数量 of 企业数量目标), when of two words or more. */
  stretches: string[];
  intent: Intent;
  /** The support or target words the question held. */
  intentWords: string[];
}

/** Multi-character words cut out of a question, longest first. */
const CUT = [
  ...new Set([
    ...SUPPORT_WORDS,
    ...TARGET_WORDS,
    ...ASK_WORDS,
    ...MONEY_ASKS,
    ...FUNCTION_WORDS.filter((w) => w.length > 1),
  ]),
].sort((a, b) => b.length - a.length);

/**
 * Splits a question into content words and an intent: function words removed, support and
 * target words taken out (they become the intent), the rest cut by `contentWords`.
 */
export function parseQuestion(term: string, lexicon: Lexicon, segment: Segment | null = intlSegment): QuestionParts {
  const text = normalize(term);
  const intent = intentOf(text);
  const intentWords: string[] = [];
  const stretches: string[] = [];
  let stretch = '';
  for (let at = 0; at < text.length;) {
    const word = CUT.find((w) => text.startsWith(w, at));
    if (word) {
      if (SUPPORT_WORDS.includes(word) || TARGET_WORDS.includes(word)) intentWords.push(word);
      else if (MONEY_ASKS.includes(word) && !intentWords.includes('多少钱')) intentWords.push('多少钱');
      // 比例, 标准 … cut only when the question also asks about support (资助标准, not 标准厂房).
      else if (ASK_WORDS.includes(word) && intent !== 'support') {
        stretch += word;
        at += word.length;
        continue;
      }
      if (stretch) stretches.push(stretch);
      stretch = '';
      at += word.length;
    } else {
      stretch += text[at];
      at++;
    }
  }
  if (stretch) stretches.push(stretch);
  const words: string[] = [];
  const multi: string[] = [];
  for (const r of stretches) {
    const ws = contentWords(r, lexicon, segment);
    if (ws.length > 1) multi.push(r);
    for (const w of ws) if (/[\p{L}\p{N}]/u.test(w) && !words.includes(w)) words.push(w);
  }
  return { words, stretches: multi, intent, intentWords };
}
