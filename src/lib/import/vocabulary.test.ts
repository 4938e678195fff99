import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { departmentSchema, regionSchema } from '../../schemas/vocab.ts';
import type { RegionEntry } from '../model.ts';
import type { DepartmentEntry } from '../responsible-units.ts';
import {
  appendEntries,
  departmentId,
  departmentLine,
  draftDepartments,
  ImportStop,
  inferLevel,
  newRegion,
  regionLine,
  unitInitials,
} from './vocabulary.ts';

const regions: RegionEntry[] = [
  { id: 'jiangsu', name: '江苏省', parent: null, level: 'province', order: 1 },
  { id: 'suzhou', name: '苏州市', parent: 'jiangsu', level: 'city', order: 2 },
  { id: 'snd', name: '苏州高新区（虎丘区）', parent: 'suzhou', level: 'district', order: 5 },
];
const jiangsu = { id: 'jiangsu', name: '江苏省' };
const suzhou = { id: 'suzhou', name: '苏州市' };
const changshu = { id: 'changshu', name: '常熟市' };

describe('new regions', () => {
  it('infers the level from the parent and the name', () => {
    expect(inferLevel('常州市', 'province')).toBe('city');
    expect(inferLevel('常熟市', 'city')).toBe('county');
    expect(inferLevel('沛县', 'city')).toBe('county');
    expect(inferLevel('苏州工业园区', 'city')).toBe('district');
    expect(inferLevel('浙江省', null)).toBe('province');
  });

  it('makes an entry the schema accepts, ordered after every region', () => {
    const entry = newRegion({ id: 'changshu', name: ' 常熟市 ', parent: 'suzhou' }, regions);
    expect(entry).toEqual({ id: 'changshu', name: '常熟市', parent: 'suzhou', level: 'county', order: 6 });
    // The schema adds an empty list of aliases (readers' other names) the import has none of.
    expect(regionSchema.parse(entry)).toEqual({ ...entry, aliases: [] });
    expect(newRegion({ id: 'sip', name: '苏州工业园区', parent: 'suzhou', level: 'county' }, regions).level).toBe(
      'county',
    );
  });

  it('stops with the fix for an ID, parent, name or level that does not fit', () => {
    const stop = (request: Parameters<typeof newRegion>[0]) => {
      try {
        newRegion(request, regions);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportStop);
        return (error as Error).message;
      }
      throw new Error('no stop');
    };
    expect(stop({ id: 'Chang_Zhou', name: '常州市', parent: 'jiangsu' })).toMatch(/not a lower-case ASCII slug/);
    expect(stop({ id: 'changzhou', name: '常州市', parent: 'zhejiang' })).toMatch(
      /--region-parent "zhejiang" is not in .*regions\.yaml — use one of: jiangsu, suzhou, snd/,
    );
    expect(stop({ id: 'sz', name: '苏州市', parent: 'jiangsu' })).toMatch(/exists already with id "suzhou"/);
    expect(stop({ id: 'suzhou', name: '苏州', parent: 'jiangsu' })).toMatch(/region "suzhou" exists already/);
    expect(stop({ id: 'changzhou', name: '常州市', parent: 'jiangsu', level: 'town' })).toMatch(
      /--region-level "town" is not one of province, city, county, district/,
    );
    expect(stop({ id: 'changzhou', name: '  ', parent: 'jiangsu' })).toMatch(/--region-name is empty/);
  });
});

describe('vocabulary lines', () => {
  it('writes entries in the files’ flow style, quoting what YAML 1.1 would misread', () => {
    expect(regionLine({ id: 'changzhou', name: '常州市', parent: 'jiangsu', level: 'city', order: 7 })).toBe(
      '- { id: changzhou, name: 常州市, parent: jiangsu, level: city, order: 7 }',
    );
    const d: DepartmentEntry = {
      id: 'changzhou-kjj',
      name: '常州市科技局',
      region: 'changzhou',
      aliases: ['市科技局', 'yes', '[x]'],
      draft: true,
    };
    const line = departmentLine(d);
    expect(line).toBe(
      '- { id: changzhou-kjj, name: 常州市科技局, region: changzhou, aliases: [市科技局, "yes", "[x]"], draft: true }',
    );
    expect(departmentSchema.parse(parse(line, { version: '1.1' })[0])).toEqual(d);
  });

  it('appends under a heading, leaving the file as it was', () => {
    const text = '# Regions\n- { id: a }';
    expect(appendEntries(text, 'added', ['- { id: b }'])).toBe(
      '# Regions\n- { id: a }\n\n# ── added ──\n- { id: b }\n',
    );
    expect(appendEntries(text, 'added', [])).toBe(text);
  });
});

describe('draft departments', () => {
  it('makes IDs from the initials of the name without its region and level word', () => {
    expect(unitInitials('市科技局', [changshu, suzhou, jiangsu])).toBe('kjj');
    expect(unitInitials('市市场监管局', [changshu, suzhou, jiangsu])).toBe('scjgj');
    expect(unitInitials('常熟海关', [changshu, suzhou, jiangsu])).toBe('hg');
    expect(unitInitials('市5G产业办', [changshu, suzhou, jiangsu])).toMatch(/^5gcyb$/);
    expect(unitInitials('（）', [changshu])).toBe('unit');
    expect(departmentId('changshu', '科技局', [changshu], new Set(['changshu-kjj', 'changshu-kjj-2']))).toBe(
      'changshu-kjj-3',
    );
  });

  it('drafts one entry per unit, merging wordings that name the same unit, in the text’s order', () => {
    const existing: DepartmentEntry[] = [{ id: 'changshu-czj', name: '其他', region: 'changshu', aliases: [] }];
    expect(
      draftDepartments(['市科技局', '市财政局', '科技局', '各辖市、区人民政府'], [changshu, suzhou, jiangsu], existing),
    ).toEqual([
      { id: 'changshu-kjj', name: '常熟市科技局', region: 'changshu', aliases: ['市科技局', '科技局'], draft: true },
      { id: 'changshu-czj-2', name: '常熟市财政局', region: 'changshu', aliases: ['市财政局'], draft: true },
      {
        id: 'changshu-gxsqrmzf',
        name: '常熟市各辖市、区人民政府',
        region: 'changshu',
        aliases: ['各辖市、区人民政府'],
        draft: true,
      },
    ]);
    expect(draftDepartments(['市科技局'], [], existing)).toEqual([]);
  });
});
