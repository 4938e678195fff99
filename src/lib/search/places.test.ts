import { describe, expect, it } from 'vitest';
import {
  effectiveRegions,
  joinPlaceWords,
  placeChipText,
  placeLexicon,
  regionAncestors,
  placesWithin,
  splitPlaces,
  withoutPlace,
} from './places.ts';

const regions = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province' },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city' },
  { id: 'taicang', name: '太仓市', parent: 'suzhou', level: 'county' },
  { id: 'kunshan', name: '昆山市', parent: 'suzhou', level: 'county' },
  { id: 'snd', name: '苏州高新区（虎丘区）', parent: 'suzhou', level: 'district' },
  { id: 'wuxi', name: '无锡市', parent: 'jiangsu', level: 'city' },
];
const lexicon = placeLexicon(regions);
const regionOf = (text: string) => lexicon.find((p) => p.text === text)?.region;

describe('placeLexicon', () => {
  it('knows every writing of a region below the province, longest first', () => {
    expect(regionOf('苏州')).toBe('suzhou');
    expect(regionOf('苏州市')).toBe('suzhou');
    expect(regionOf('太仓')).toBe('taicang');
    expect(regionOf('无锡市')).toBe('wuxi');
    expect(regionOf('苏州高新区')).toBe('snd');
    expect(regionOf('高新区')).toBe('snd');
    expect(regionOf('虎丘区')).toBe('snd');
    expect(regionOf('虎丘')).toBe('snd');
    expect(regionOf('苏州高新区(虎丘区)')).toBe('snd');
    expect(regionOf('江苏')).toBeUndefined();
    expect(regionOf('江苏省')).toBeUndefined();
    const lengths = lexicon.map((p) => p.text.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe('splitPlaces', () => {
  it('takes a place typed alone or in front of a term', () => {
    expect(splitPlaces(['无锡', '临床试验'], lexicon)).toEqual({
      places: [{ text: '无锡', region: 'wuxi' }],
      terms: ['临床试验'],
      whole: [],
    });
    expect(splitPlaces(['昆山小核酸'], lexicon)).toEqual({
      places: [{ text: '昆山', region: 'kunshan' }],
      terms: ['小核酸'],
      whole: ['昆山小核酸'],
    });
    expect(splitPlaces(['苏州高新区', '税收优惠'], lexicon).places).toEqual([{ text: '苏州高新区', region: 'snd' }]);
  });

  it('leaves the 市 of a level word to it (无锡市级医院 is 无锡 + 市级医院; stop 24)', () => {
    const split = splitPlaces(['无锡市级医院'], lexicon);
    expect(split.places.map((p) => p.text)).toEqual(['无锡']);
    expect(split.terms).toEqual(['市级医院']);
    expect(splitPlaces(['无锡市人才'], lexicon).places.map((p) => p.text)).toEqual(['无锡市']);
  });

  it('takes a place joined to the first by a conjunction (无锡和苏州高新区…; stop 24)', () => {
    expect(splitPlaces(['无锡和苏州高新区对二类资助'], lexicon)).toEqual({
      places: [
        { text: '无锡', region: 'wuxi' },
        { text: '苏州高新区', region: 'snd' },
      ],
      terms: ['对二类资助'],
      whole: ['无锡和苏州高新区对二类资助'],
    });
    expect(splitPlaces(['无锡与昆山', '人才'], lexicon).places.map((p) => p.region)).toEqual(['wuxi', 'kunshan']);
    // A conjunction before words that are no place stays in the term.
    expect(splitPlaces(['无锡和企业', '人才'], lexicon).terms).toEqual(['和企业', '人才']);
  });

  it('searches a place as text when nothing else is typed, and leaves terms without places alone', () => {
    expect(splitPlaces(['无锡'], lexicon)).toEqual({ places: [], terms: ['无锡'], whole: [] });
    expect(splitPlaces(['临床试验', '支持无锡企业'], lexicon)).toEqual({
      places: [],
      terms: ['临床试验', '支持无锡企业'],
      whole: [],
    });
  });
});

describe('places inside words and questions (issue 17)', () => {
  it('does not take a place name that starts a longer known word (高新 of 高新技术企业)', () => {
    const words = ['高新技术企业'];
    expect(splitPlaces(['高新技术企业', '税收减免'], lexicon, words).places).toEqual([]);
    expect(splitPlaces(['高新区', '税收减免'], lexicon, words).places.map((p) => p.region)).toEqual(['snd']);
    expect(placesWithin('认定高新技术企业有奖励吗', lexicon, words).places).toEqual([]);
  });

  it('finds every place inside a question and cuts each out with a space', () => {
    const found = placesWithin('成为世界500强落户无锡奖励多少', lexicon);
    expect(found.places.map((p) => p.region)).toEqual(['wuxi']);
    expect(found.rest).toBe('成为世界500强落户 奖励多少');
    expect(placesWithin('临床试验有什么奖励', lexicon)).toEqual({ places: [], rest: '临床试验有什么奖励' });
  });
});

describe('regions', () => {
  it('walk up to the province, leaving it out', () => {
    expect(regionAncestors('kunshan', regions)).toEqual(['kunshan', 'suzhou']);
    expect(regionAncestors('wuxi', regions)).toEqual(['wuxi']);
    expect(regionAncestors('nowhere', regions)).toEqual([]);
  });

  it('narrow a typed place by the chosen one, and the other way round', () => {
    expect(effectiveRegions(undefined, ['suzhou'], regions)).toEqual(['suzhou']);
    expect(effectiveRegions('kunshan', ['suzhou'], regions)).toEqual(['kunshan']);
    expect(effectiveRegions('suzhou', ['kunshan'], regions)).toEqual(['kunshan']);
    expect(effectiveRegions('suzhou', ['wuxi'], regions)).toEqual([]);
    expect(effectiveRegions('wuxi', [], regions)).toEqual(['wuxi']);
    expect(effectiveRegions(undefined, [], regions)).toEqual([]);
    expect(effectiveRegions(undefined, ['wuxi', 'kunshan'], regions)).toEqual(['wuxi', 'kunshan']);
  });
});

describe('withoutPlace', () => {
  it('removes the place the chip stands for and keeps the rest as typed', () => {
    expect(withoutPlace('无锡 临床试验', { text: '无锡', region: 'wuxi' })).toBe('临床试验');
    expect(withoutPlace('无锡临床试验补贴', { text: '无锡', region: 'wuxi' })).toBe('临床试验补贴');
    expect(withoutPlace('临床试验  昆山', { text: '昆山', region: 'kunshan' })).toBe('临床试验');
    expect(withoutPlace(' 无锡 临床试验 资助 ', { text: '无锡', region: 'wuxi' })).toBe('临床试验 资助');
  });
});

describe('placeChipText', () => {
  it('names the region, or the place and whose policies apply there', () => {
    expect(placeChipText({ text: '无锡', region: 'wuxi' }, regions)).toBe('地区：无锡市');
    expect(placeChipText({ text: '常熟', region: 'suzhou', via: '常熟市' }, regions)).toBe(
      '地区：常熟市（适用苏州市的政策）',
    );
    expect(placeChipText({ text: '千灯', region: 'kunshan', via: '千灯镇' }, regions)).toBe(
      '地区：千灯镇（适用昆山市的政策）',
    );
  });
});

describe('joinPlaceWords', () => {
  const named = placeLexicon([
    ...regions.filter((r) => r.id !== 'snd'),
    {
      id: 'snd',
      name: '苏州高新区（虎丘区）',
      parent: 'suzhou',
      level: 'district',
      aliases: ['Suzhou New District', 'Suzhou Hi-tech Zone'],
    },
  ]);
  it('joins a Latin place name typed across spaces, the longest first', () => {
    expect(joinPlaceWords(['suzhou', 'new', 'district', '医疗器械'], named)).toEqual(['suzhounewdistrict', '医疗器械']);
    expect(joinPlaceWords(['suzhou', 'hi-tech', 'zone'], named)).toEqual(['suzhouhitechzone']);
    expect(named.find((p) => p.text === 'suzhounewdistrict')?.region).toBe('snd');
    // Words that name no place stay as typed (suzhou alone is the city).
    expect(joinPlaceWords(['suzhou', 'cro', '平台'], named)).toEqual(['suzhou', 'cro', '平台']);
    expect(joinPlaceWords(['new', 'drug'], named)).toEqual(['new', 'drug']);
  });
});
