/**
 * Readers type by sound: a phone's pinyin keyboard offers the homophone first (奖历 for 奖励, 有效其
 * for 有效期, 孵化气 for 孵化器), and some type the pinyin itself or its initials (yiliaoqixie, ylqx
 * for 医疗器械). A term no clause holds is read by its sound against the words the texts use: the
 * candidates here are tried by the search (retrieve.ts), which keeps one only when some clause
 * then holds every term of the query, and says what it searched instead.
 *
 * The sound table covers the 6,763 characters of GB 2312 with every reading (toneless), built from
 * `pinyin-pro` at build time (src/pages/search/sounds.json.ts): its size does not depend on the
 * corpus. A homophone's candidates come from the texts the index returns for the characters kept
 * around the slip (`soundPatterns`, as for a one-character slip: suggest.ts), pinyin's from the
 * words the search knows (its word list and thesaurus). The table is fetched by the search worker
 * only when a term no clause holds may be typed by sound (`mayBeSound`), so ordinary queries never
 * download it.
 */

import { typoPatterns, type TypoPattern } from './suggest.ts';

/** Where the search worker fetches the table. */
export const SEARCH_SOUNDS_PATH = '/search/sounds.json';

/** The file: readings, syllable → the characters read so; and the words the texts use, most used first. */
export interface SoundsFile {
  syllables: Record<string, string>;
  /** `frequentWords` of the corpus: what pinyin (zhineng → 智能) is read against beside the search's own word list. */
  words?: string[];
}

/** At most this many of the texts' words in the file: the same size past a few hundred policies. */
export const SOUND_WORDS = 5000;

/**
 * The words of two to four Han characters the texts use (by the runtime's word segmenter), most
 * used first, at most `limit`: a reader's pinyin sentence (wuxi zhineng zhizao buzhu) is made of the
 * texts' everyday words, which the search's word list (the thesaurus, the topics) does not hold.
 */
export function frequentWords(
  texts: Iterable<string>,
  segment: (text: string) => string[],
  limit = SOUND_WORDS,
): string[] {
  const count = new Map<string, number>();
  for (const text of texts)
    for (const w of segment(text)) if (/^\p{Script=Han}{2,4}$/u.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
}

/** The texts' words in the file (an older file without them: none); throws naming the path if malformed. */
export function parseSoundWords(json: unknown, file = SEARCH_SOUNDS_PATH): string[] {
  const words = (json as Partial<SoundsFile> | null)?.words;
  if (words === undefined) return [];
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && HAN.test(w)))
    throw new Error(`${file}: "words" must be an array of words in Han characters`);
  return words;
}

/** Per character, its readings (toneless syllables). */
export type Readings = ReadonlyMap<string, readonly string[]>;

/** What a term is read by sound against: the readings, and the words the search knows (for pinyin). */
export interface Sounds {
  readings: Readings;
  words: readonly string[];
}

/** A Han term this long at most is compared by sound (longer ones are slips, retrieve.ts `correctOne`). */
export const MAX_SOUND_LENGTH = 6;

/** Readings of a word this many combinations at most (polyphones multiply them). */
const MAX_READINGS = 64;

const HAN = /^\p{Script=Han}+$/u;
const PINYIN = /^[a-z]+$/u;

/** Builds the syllable table from per-character readings (build time). */
export function soundTable(
  readingsOf: (char: string) => readonly string[],
  chars: Iterable<string>,
): Record<string, string> {
  const table = new Map<string, string>();
  for (const ch of chars)
    for (const s of new Set(readingsOf(ch).map((r) => r.toLowerCase().replace(/ü/gu, 'v'))))
      if (PINYIN.test(s)) table.set(s, (table.get(s) ?? '') + ch);
  return Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Reads the file (already parsed JSON); throws naming the path and what is wrong. */
export function parseSounds(json: unknown, file = SEARCH_SOUNDS_PATH): Readings {
  const f = json as Partial<SoundsFile> | null;
  if (!f || typeof f !== 'object' || !f.syllables || typeof f.syllables !== 'object')
    throw new Error(`${file}: expected { syllables: { [syllable]: characters } }`);
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(f.syllables ?? {})) {
    if (!PINYIN.test(syllable) || typeof chars !== 'string')
      throw new Error(
        `${file}: syllables["${syllable}"] must be a lowercase syllable mapped to a string of characters`,
      );
    for (const ch of chars) {
      const list = readings.get(ch);
      if (list) list.push(syllable);
      else readings.set(ch, [syllable]);
    }
  }
  return readings;
}

/** Every reading of a word as syllables (polyphones each way, at most MAX_READINGS), or [] if a character has none. */
export function readingsOf(word: string, readings: Readings): string[][] {
  let out: string[][] = [[]];
  for (const ch of word) {
    const r = readings.get(ch);
    if (!r) return [];
    out = out.flatMap((prefix) => r.map((s) => [...prefix, s])).slice(0, MAX_READINGS);
  }
  return out;
}

/** Whether a term no clause holds may have been typed by sound: Han of 2–6 characters, or lowercase pinyin. */
export function mayBeSound(term: string): boolean {
  const n = [...term].length;
  return (HAN.test(term) && n >= 2 && n <= MAX_SOUND_LENGTH) || (PINYIN.test(term) && n >= 2);
}

const same = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * Whether `word` sounds like the typed term: as long, every character the same or sharing a
 * reading with the typed one (奖励 for 奖历, 迈胜 for 迈盛), at least one different.
 */
export function soundsAlike(typed: string, word: string, readings: Readings): boolean {
  const a = [...typed];
  const b = [...word];
  if (a.length !== b.length || typed === word) return false;
  return a.every((ch, i) => ch === b[i] || same(readings.get(ch) ?? [], readings.get(b[i]!) ?? []));
}

/**
 * The places a homophone slip can be in a Han term of 2–6 characters: suggest.ts `typoPatterns`
 * from two characters on (it needs three for any slip: a slip's sound narrows the candidates where
 * two characters alone would not).
 */
export const soundPatterns = (term: string): TypoPattern[] => typoPatterns(term, { min: 2, max: MAX_SOUND_LENGTH });

/** The words the search knows that sound like a Han term (a slip of more than one character: 临床实验 → 临床试验 is one). */
export function soundAlikes(term: string, sounds: Sounds, limit = 5): string[] {
  if (!HAN.test(term)) return [];
  return sounds.words.filter((w) => soundsAlike(term, w, sounds.readings)).slice(0, limit);
}

/**
 * The words the search knows that a run of lowercase letters may be the pinyin of: the whole pinyin
 * (yiliaoqixie) or, for three letters or more, the initials of each character (ylqx). Whole pinyin
 * first, then in the words' order. Two initials name too many words to guess from.
 */
export function pinyinWords(typed: string, sounds: Sounds, limit = 5): string[] {
  if (!PINYIN.test(typed) || typed.length < 2) return [];
  const whole: string[] = [];
  const initials: string[] = [];
  for (const word of sounds.words) {
    const n = [...word].length;
    if (n < 2 || (n !== typed.length && n * 6 < typed.length)) continue;
    const rs = readingsOf(word, sounds.readings);
    if (rs.some((r) => r.join('') === typed)) whole.push(word);
    else if (typed.length >= 3 && n === typed.length && rs.some((r) => r.map((s) => s[0]).join('') === typed))
      initials.push(word);
  }
  return [...whole, ...initials].slice(0, limit);
}
