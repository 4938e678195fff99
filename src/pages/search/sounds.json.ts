/**
 * /search/sounds.json: how characters sound, so that a term typed by sound (奖历, 孵化气, ylqx) is read
 * as the texts' word (src/lib/search/sounds.ts). Fetched by the search worker only for a term no
 * clause holds. GB 2312's characters with every reading, and the texts' most used words (at most
 * `SOUND_WORDS`, read once per build): the same size past a few hundred policies.
 */
import type { APIRoute } from 'astro';
import { pinyin } from 'pinyin-pro';
import { getSiteData } from '../../data/policies';
import { intlSegment } from '../../lib/search/question';
import { frequentWords, soundTable, type SoundsFile } from '../../lib/search/sounds';

/** The 6,763 characters of GB 2312 (rows 0xB0–0xF7 of GBK), the ones a pinyin keyboard offers first. */
function* gb2312(): Generator<string> {
  const gbk = new TextDecoder('gbk');
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = gbk.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) yield ch;
    }
}

/** The texts' own text, clause by clause, in the corpus's order. */
function* texts(policies: Awaited<ReturnType<typeof getSiteData>>['policies']): Generator<string> {
  for (const policy of policies) for (const clause of policy.clauses) yield clause.ownText;
}

export const GET: APIRoute = async () => {
  const { policies } = await getSiteData();
  const file: SoundsFile = {
    syllables: soundTable((ch) => pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), gb2312()),
    // Without a word segmenter (no runtime here lacks one), no words: pinyin is read against the search's own.
    words: intlSegment ? frequentWords(texts(policies), intlSegment) : [],
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
