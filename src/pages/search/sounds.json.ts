/**
 * /search/sounds.json: how characters sound and which words the texts use, so that a term typed by
 * sound (奖历, 有效其, ylqx) is read as the texts' word (src/lib/search/sounds.ts). Fetched by the
 * search worker only for a term no clause holds. The table is GB 2312's characters (fixed size);
 * the words are the texts' most frequent, at most MAX_SOUND_WORDS, so the file stops growing.
 */
import type { APIRoute } from 'astro';
import { pinyin } from 'pinyin-pro';
import { getSiteData } from '../../data/policies';
import { soundTable, textWords, type SoundsFile } from '../../lib/search/sounds';

/** The 6,763 characters of GB 2312 (rows 0xB0–0xF7 of GBK), the ones a pinyin keyboard offers first. */
function* gb2312(): Generator<string> {
  const gbk = new TextDecoder('gbk');
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gbk.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) yield ch;
    }
}

export const GET: APIRoute = async () => {
  const { policies } = await getSiteData();
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const segment = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  const texts = policies.flatMap((p) => p.clauses.map((c) => [c.ownText, ...c.cells].join('\n')));
  const file: SoundsFile = {
    syllables: soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), gb2312()),
    words: textWords(texts, segment),
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
