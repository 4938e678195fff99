/**
 * Readers type by sound: a phone's pinyin keyboard offers the homophone first (奖历 for 奖励, 有效其
 * for 有效期, 孵化气 for 孵化器), and some type the pinyin itself or its initials (yiliaoqixie, ylqx
 * for 医疗器械). A term no clause holds is read by its sound against the words the texts use: the
 * candidates here are tried by the search (retrieve.ts), which keeps one only when some clause
 * then holds every term of the query, and says what it searched instead.
 *
 * The sound table covers the 6,763 characters of GB 2312 with every reading (toneless), built from
 * `pinyin-pro` at build time (src/pages/search/sounds.json.ts); the words are the texts' own,
 * most frequent first. Both are fetched by the search worker only when a term no clause holds may
 * be typed by sound (`mayBeSound`), so ordinary queries never download them.
 */

/** Where the search worker fetches the table and the words. */
export const SEARCH_SOUNDS_PATH = '/search/sounds.json';

/** The file: readings (syllable → the characters read so) and the texts' words, most frequent first. */
export interface SoundsFile {
  syllables: Record<string, string>;
  words: string[];
}

/** The file read for lookups: per character its readings. */
export interface Sounds {
  readings: Map<string, readonly string[]>;
  words: readonly string[];
}

/** Words of the texts read by sound at most (the most frequent), so the file stays small at any corpus size. */
export const MAX_SOUND_WORDS = 10_000;

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
export function parseSounds(json: unknown, file = SEARCH_SOUNDS_PATH): Sounds {
  const f = json as Partial<SoundsFile> | null;
  if (!f || typeof f !== 'object' || typeof f.syllables !== 'object' || !Array.isArray(f.words))
    throw new Error(`${file}: expected { syllables: { [syllable]: characters }, words: string[] }`);
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
  return { readings, words: f.words.filter((w): w is string => typeof w === 'string') };
}

/** Every reading of a word as syllables (polyphones each way, at most MAX_READINGS), or [] if a character has none. */
export function readingsOf(word: string, readings: Sounds['readings']): string[][] {
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
 * The texts' words a Han term may be a homophone slip of: as long as the term, each character
 * sharing a reading with the term's character there, at least one character different. Words
 * keeping more of the typed characters first (a slip changes one character more often than all),
 * then the most frequent.
 */
export function soundAlikes(term: string, sounds: Sounds, limit = 5): string[] {
  const chars = [...term];
  if (!HAN.test(term) || chars.length < 2 || chars.length > MAX_SOUND_LENGTH) return [];
  const typed = chars.map((c) => sounds.readings.get(c));
  if (typed.some((r) => !r)) return [];
  const found: { word: string; kept: number; at: number }[] = [];
  sounds.words.forEach((word, at) => {
    const w = [...word];
    if (w.length !== chars.length || word === term) return;
    let kept = 0;
    for (let i = 0; i < w.length; i++) {
      if (w[i] === chars[i]) kept++;
      else if (!same(sounds.readings.get(w[i]!) ?? [], typed[i]!)) return;
    }
    found.push({ word, kept, at });
  });
  return found
    .sort((a, b) => b.kept - a.kept || a.at - b.at)
    .slice(0, limit)
    .map((f) => f.word);
}

/**
 * The texts' words a run of lowercase letters may be the pinyin of: the whole pinyin (yiliaoqixie,
 * yiliao qixie typed together) or, for three letters or more, the initials of each character (ylqx).
 * Whole pinyin first, then the most frequent. Two initials name too many words to guess from.
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

/**
 * The words of the texts read by sound (build time): the segmenter's words of 2–6 Han characters
 * and two or three neighbouring words together (医疗 + 器械: readers type the compound), each
 * counted once per clause, a compound only when at least `minClauses` clauses hold it; most
 * clauses first, then in the order first met, at most MAX_SOUND_WORDS.
 */
export function textWords(
  texts: Iterable<string>,
  segment: (text: string) => string[],
  minClauses = 2,
  max = MAX_SOUND_WORDS,
): string[] {
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  const word = (w: string) => HAN.test(w) && [...w].length >= 2 && [...w].length <= MAX_SOUND_LENGTH;
  for (const text of texts) {
    const words = segment(text);
    const seen = new Set<string>();
    const seenPairs = new Set<string>();
    words.forEach((w, i) => {
      if (word(w)) seen.add(w);
      // Two or three neighbouring words (专精 + 特 + 新 is how a segmenter may cut 专精特新).
      let run = w;
      for (const next of words.slice(i + 1, i + 3)) {
        if (!HAN.test(run) || !HAN.test(next) || !word(run + next)) break;
        run += next;
        seenPairs.add(run);
      }
    });
    for (const w of seen) single.set(w, (single.get(w) ?? 0) + 1);
    for (const p of seenPairs) pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  for (const [p, n] of pairs) if (n >= minClauses && !single.has(p)) single.set(p, n);
  return [...single]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([w]) => w);
}
