import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { draftMetadata, findDocNumber, findIssuers, findKind, findPeriod, findTitle } from './metadata.ts';
import { guessRegion } from './frontmatter.ts';
import type { RegionEntry } from '../model.ts';
import { POLICIES, readFixture, readSource, ROOT } from './test-support.ts';

const curated = (id: string) =>
  parse(readFileSync(resolve(ROOT, 'src/content/policies', `${id}.mdx`), 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]!);

describe('draftMetadata of the five published texts', () => {
  it.each(POLICIES)('%s: agrees with the curated frontmatter', (id) => {
    const meta = draftMetadata(readSource(id));
    const data = curated(id);
    expect(meta).toMatchObject({
      title: data.title,
      kind: data.kind,
      issuers: data.issuers,
      docNumber: data.docNumber,
      dateWritten: data.dateWritten,
      datePublished: data.datePublished,
      validUntil: data.validUntil,
      period: data.period,
    });
  });
});

describe('pieces', () => {
  it('takes the document’s own 文号, not one it cites', () => {
    expect(findDocNumber('中共苏州市委办公室\n苏委办发〔2021〕14号')).toBe('苏委办发〔2021〕14号');
    expect(findDocNumber('根据《市政府关于印发…的通知》（锡政发〔2023〕18号）等精神')).toBeNull();
  });

  it('finds the issuers above the signing date, or at the end', () => {
    expect(
      findIssuers(['正文。', '中共苏州市委办公室', '苏州市人民政府办公室', '2021年4月17日', '（此件公开发布）']),
    ).toEqual(['中共苏州市委办公室', '苏州市人民政府办公室']);
    expect(findIssuers(['本政策自印发之日起实施。', '无锡市人民政府'])).toEqual(['无锡市人民政府']);
    expect(findIssuers(['本政策自印发之日起实施。'])).toEqual([]);
  });

  it('reads a planning period or only its end', () => {
    expect(findPeriod('（2021—2023）')).toEqual({ start: 2021, end: 2023 });
    expect(findPeriod('三年行动计划（2020-2022年）')).toEqual({ start: 2020, end: 2022 });
    expect(findPeriod('太仓市推进生物医药产业创新集群发展2025行动计划')).toEqual({ start: null, end: 2025 });
    expect(findPeriod('若干政策意见')).toBeNull();
  });

  it('names the kind the title gives itself', () => {
    expect(findKind('苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）')).toBe('行动计划');
    expect(findKind('市政府关于加快推动生物医药产业高质量发展的若干政策意见')).toBe('政策意见');
    expect(findKind('无锡市生物医药产业发展扶持办法')).toBe('办法');
  });

  it('skips the notice title for the plan’s, joining a title broken over two lines', () => {
    const lines = readFixture('notice')
      .split('\n')
      .filter((l) => l.trim());
    expect(findTitle(lines)).toBe('苏州工业园区生物医药产业创新发展行动方案');
  });

  it('guesses the most specific region a title or issuer names', () => {
    const regions = parse(readFileSync(resolve(ROOT, 'src/content/vocab/regions.yaml'), 'utf8')) as RegionEntry[];
    expect(guessRegion(['苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）'], regions)).toBe('snd');
    expect(guessRegion(['太仓市推进生物医药产业创新集群发展2025行动计划'], regions)).toBe('taicang');
    expect(guessRegion(['市政府关于加快推动生物医药产业高质量发展的若干政策意见', '无锡市人民政府'], regions)).toBe(
      'wuxi',
    );
    expect(guessRegion(['常熟市生物医药产业发展实施方案'], regions)).toBeNull();
  });
});

describe('draftMetadata of the fixtures', () => {
  it('reads a 第X条 text signed at its end', () => {
    expect(draftMetadata(readFixture('articles'))).toMatchObject({
      title: '无锡市生物医药产业发展扶持办法',
      kind: '办法',
      issuers: ['无锡市人民政府'],
      dateWritten: '2024-12-10',
      validUntil: '2027-12-31',
    });
  });

  it('reads a notice’s 文号, issuer and date', () => {
    expect(draftMetadata(readFixture('notice'))).toMatchObject({
      docNumber: '苏园管〔2024〕15号',
      issuers: ['苏州工业园区管理委员会'],
      dateWritten: '2024-03-20',
      kind: '行动方案',
    });
  });
});
