/**
 * Citation formats against hand-written references, for every kind of clause. Labels come from
 * clauseLabel (src/lib/clauses/ids.ts), so these also check the labels a reader pastes.
 */
import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../clauses/ids.ts';
import {
  bibtex,
  citationAttributes,
  citationKey,
  creators,
  cslJson,
  formatCitation,
  gbt7714,
  localIsoDate,
  markdownLink,
  plainCitation,
  type CitationSource,
} from './index.ts';
import { bibtexToCsl, gbtRender } from './testing.ts';

const ORIGIN = 'https://policies.test';

const wuxi = {
  policy: 'wuxi-biomed-policy-opinions',
  title: '市政府关于加快推动生物医药产业高质量发展的若干政策意见',
  region: '无锡市',
  issuers: ['无锡市人民政府'],
  docNumber: null,
  date: null,
  accessed: '2026-11-29',
};
const suzhou = {
  policy: 'suzhou-biomed-chain-2021-2023',
  title: '苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）',
  region: '苏州市',
  issuers: ['中共苏州市委办公室', '苏州市人民政府办公室'],
  docNumber: '苏委办发〔2021〕14号',
  date: '2021-04-17',
  accessed: '2026-11-29',
};
const snd = {
  policy: 'suzhou-snd-meddevice-biomed-2020-2022',
  title: '苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）',
  region: '苏州高新区（虎丘区）',
  issuers: ['苏州国家高新技术产业开发区管理委员会', '苏州市虎丘区人民政府'],
  docNumber: null,
  date: '2020-05-27',
  accessed: '2026-11-30',
};
const kunshan = {
  policy: 'kunshan-nucleic-acid-cluster-worklist',
  title: '昆山市小核酸及生物医药产业创新集群建设重点工作清单',
  region: '昆山市',
  issuers: [],
  docNumber: null,
  date: null,
  accessed: '2026-11-29',
};

function source(policy: typeof wuxi | typeof suzhou | typeof snd | typeof kunshan, clause: string, label: string) {
  return { ...policy, clause, label, url: `${ORIGIN}/policies/${policy.policy}/${clause}/` } satisfies CitationSource;
}

describe('plainCitation', () => {
  it('names the region when the title does not (无锡 市政府关于…)', () => {
    const label = clauseLabel('s2-c12', { numbering: 'running' });
    expect(plainCitation(source(wuxi, 's2-c12', label))).toBe(
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（十二）条',
    );
  });

  it('does not repeat a region the title names, parenthesised alias or not', () => {
    expect(plainCitation(source(suzhou, 's3-c7-r2', clauseLabel('s3-c7-r2')))).toBe(
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》三、（七）二是',
    );
    expect(plainCitation(source(snd, 'annex1-row12', clauseLabel('annex1-row12', { rowHasSerial: true })))).toBe(
      '《苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）》附件1序号12',
    );
    expect(plainCitation(source(kunshan, 'row2', clauseLabel('row2', { rowHasSerial: true })))).toBe(
      '《昆山市小核酸及生物医药产业创新集群建设重点工作清单》序号2',
    );
  });
});

describe('formatCitation: every kind of clause', () => {
  const cases: [string, CitationSource, string][] = [
    [
      'section',
      source(suzhou, 's3', clauseLabel('s3')),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》三、',
    ],
    [
      'item, running numbering',
      source(wuxi, 's2-c12', clauseLabel('s2-c12', { numbering: 'running' })),
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（十二）条',
    ],
    [
      'point of a running item',
      source(wuxi, 's1-c3-i4', clauseLabel('s1-c3-i4', { numbering: 'running' })),
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（三）条第4项',
    ],
    [
      'subpoint',
      source(snd, 's1-c3-i4-n2', clauseLabel('s1-c3-i4-n2')),
      '《苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年）》一、（三）第4项（2）',
    ],
    [
      'run',
      source(suzhou, 's3-c7-r2', clauseLabel('s3-c7-r2')),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》三、（七）二是',
    ],
    [
      'box',
      source(suzhou, 'box7', clauseLabel('box7')),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》专栏7',
    ],
    [
      'box item',
      source(suzhou, 'box7-2', clauseLabel('box7-2')),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》专栏7第2项',
    ],
    [
      'annex',
      source(suzhou, 'annex1', clauseLabel('annex1', { annexNames: { 1: '附件' } })),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》附件',
    ],
    [
      'group',
      source(
        suzhou,
        'annex1-g3',
        clauseLabel('annex1-g3', { annexNames: { 1: '附件' }, groupNames: { 'annex1-g3': '三、创新平台工程' } }),
      ),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》附件“三、创新平台工程”',
    ],
    [
      'row numbered inside its group',
      source(
        suzhou,
        'annex1-row12',
        clauseLabel('annex1-row12', { annexNames: { 1: '附件' }, rowItem: { group: '三、创新平台工程', n: 5 } }),
      ),
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》附件“三、创新平台工程”第5项',
    ],
    [
      'row with a 序号',
      source(kunshan, 'row2', clauseLabel('row2', { rowHasSerial: true })),
      '《昆山市小核酸及生物医药产业创新集群建设重点工作清单》序号2',
    ],
    [
      'paragraph',
      source(wuxi, 'p4', clauseLabel('p4')),
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第4段',
    ],
    [
      'article',
      source(wuxi, 'a4-c2-i2', clauseLabel('a4-c2-i2')),
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第四条（二）第2项',
    ],
  ];

  it.each(cases)('%s: plain, with the URL', (_, s, expected) => {
    expect(formatCitation('plain', s)).toBe(`${expected}，${s.url}`);
  });

  it.each(cases)('%s: Markdown link', (_, s, expected) => {
    expect(formatCitation('markdown', s)).toBe(`[${expected}](${s.url})`);
  });

  it.each(cases)(
    '%s: GB/T 7714 names the clause in the title, as citeproc with the GB/T 7714-2015 style does',
    (_, s) => {
      const citation = formatCitation('gbt7714', s);
      expect(citation).toContain(`${s.title} ${s.label}`);
      expect(citation).toBe(gbtRender(JSON.parse(formatCitation('csl', s))[0]));
    },
  );

  it.each(cases)('%s: the BibTeX, read by citation-js, renders to the same GB/T 7714 string', (_, s) => {
    const [item] = bibtexToCsl(formatCitation('bibtex', s));
    expect(item).toMatchObject({ type: 'legislation', title: `${s.title} ${s.label}` });
    expect(gbtRender(item!)).toBe(formatCitation('gbt7714', s));
  });
});

describe('gbt7714', () => {
  // The standard's own example of a government document online (GB/T 7714-2015):
  // 北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发〔2005〕37号[A/OL].
  // (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.
  it('follows the standard’s example: issuers, title, 文号, [A/OL], (date)[引用日期], URL', () => {
    expect(gbt7714(source(suzhou, 'annex1-row12', '附件“三、创新平台工程”第5项'))).toBe(
      '中共苏州市委办公室, 苏州市人民政府办公室. 苏州市生物医药及健康产业强链补链三年行动计划（2021—2023） 附件“三、创新平台工程”第5项: 苏委办发〔2021〕14号[A/OL]. (2021-04-17)[2026-11-29]. https://policies.test/policies/suzhou-biomed-chain-2021-2023/annex1-row12/.',
    );
  });

  it('leaves out the 文号 and the date when the text states none (no year is guessed)', () => {
    expect(gbt7714(source(wuxi, 's2-c12', '第（十二）条'))).toBe(
      '无锡市人民政府. 市政府关于加快推动生物医药产业高质量发展的若干政策意见 第（十二）条[A/OL]. [2026-11-29]. https://policies.test/policies/wuxi-biomed-policy-opinions/s2-c12/.',
    );
    expect(gbt7714(source(snd, 'annex1-row1', '附件1序号1'))).toBe(
      '苏州国家高新技术产业开发区管理委员会, 苏州市虎丘区人民政府. 苏州高新区医疗器械及生物医药产业发展三年行动计划（2020-2022年） 附件1序号1[A/OL]. (2020-05-27)[2026-11-30]. https://policies.test/policies/suzhou-snd-meddevice-biomed-2020-2022/annex1-row1/.',
    );
  });

  it('names the issuing region when the text names no issuer (太仓, 昆山), without its alias', () => {
    expect(gbt7714(source(kunshan, 'row2', '序号2'))).toBe(
      '昆山市. 昆山市小核酸及生物医药产业创新集群建设重点工作清单 序号2[A/OL]. [2026-11-29]. https://policies.test/policies/kunshan-nucleic-acid-cluster-worklist/row2/.',
    );
    expect(creators({ issuers: [], region: '苏州高新区（虎丘区）' })).toEqual(['苏州高新区']);
    expect(creators({ issuers: ['无锡市人民政府'], region: '无锡市' })).toEqual(['无锡市人民政府']);
    expect(creators({ issuers: [], region: '' })).toEqual([]);
  });

  it('cites two clauses of one text differently before the URL', () => {
    const strip = (c: string) => c.slice(0, c.indexOf('https://'));
    expect(strip(gbt7714(source(wuxi, 's2-c12', '第（十二）条')))).not.toBe(
      strip(gbt7714(source(wuxi, 's2-c13', '第（十三）条'))),
    );
  });
});

describe('markdownLink', () => {
  it('escapes brackets in the text and parentheses in the URL', () => {
    const s = { ...source(kunshan, 'row2', '[序号2]'), url: 'https://x.test/a (1)/' };
    expect(markdownLink(s)).toBe(
      '[《昆山市小核酸及生物医药产业创新集群建设重点工作清单》\\[序号2\\]](https://x.test/a%20%281%29/)',
    );
  });
});

describe('bibtex', () => {
  it('writes a biblatex @legislation entry with corporate authors, 文号, date, URL and langid', () => {
    expect(bibtex(source(suzhou, 's3-c7-r2', '三、（七）二是'))).toBe(
      [
        '@legislation{suzhou-biomed-chain-2021-2023:s3-c7-r2,',
        '  author = {{中共苏州市委办公室} and {苏州市人民政府办公室}},',
        '  title = {{苏州市生物医药及健康产业强链补链三年行动计划（2021—2023） 三、（七）二是}},',
        '  number = {苏委办发〔2021〕14号},',
        '  date = {2021-04-17},',
        '  url = {https://policies.test/policies/suzhou-biomed-chain-2021-2023/s3-c7-r2/},',
        '  urldate = {2026-11-29},',
        '  langid = {chinese},',
        '}',
      ].join('\n'),
    );
  });

  it('leaves out what the text does not state, and names the region when it names no issuer', () => {
    expect(bibtex(source(kunshan, 'row2', '序号2'))).toBe(
      [
        '@legislation{kunshan-nucleic-acid-cluster-worklist:row2,',
        '  author = {{昆山市}},',
        '  title = {{昆山市小核酸及生物医药产业创新集群建设重点工作清单 序号2}},',
        '  url = {https://policies.test/policies/kunshan-nucleic-acid-cluster-worklist/row2/},',
        '  urldate = {2026-11-29},',
        '  langid = {chinese},',
        '}',
      ].join('\n'),
    );
  });

  it("escapes TeX's special characters", () => {
    const s = { ...source(kunshan, 'row2', '序号2'), title: 'A&B 50% #1 $x_y^z~\\{}' };
    expect(bibtex(s)).toContain('  title = {{A\\&B 50\\% \\#1 \\$x\\_y\\^{}z\\~{}\\textbackslash{}\\{\\} 序号2}},');
  });
});

describe('cslJson', () => {
  it('writes one legislation item', () => {
    expect(JSON.parse(cslJson(source(suzhou, 'box7-2', '专栏7第2项')))).toEqual([
      {
        id: 'suzhou-biomed-chain-2021-2023:box7-2',
        type: 'legislation',
        title: '苏州市生物医药及健康产业强链补链三年行动计划（2021—2023） 专栏7第2项',
        author: [{ literal: '中共苏州市委办公室' }, { literal: '苏州市人民政府办公室' }],
        number: '苏委办发〔2021〕14号',
        issued: { 'date-parts': [[2021, 4, 17]] },
        accessed: { 'date-parts': [[2026, 11, 29]] },
        URL: 'https://policies.test/policies/suzhou-biomed-chain-2021-2023/box7-2/',
        language: 'zh-CN',
      },
    ]);
  });

  it('leaves out author, number and issued when the text does not state them', () => {
    expect(JSON.parse(cslJson(source(wuxi, 'p4', '第4段')))).toEqual([
      {
        id: 'wuxi-biomed-policy-opinions:p4',
        type: 'legislation',
        title: '市政府关于加快推动生物医药产业高质量发展的若干政策意见 第4段',
        author: [{ literal: '无锡市人民政府' }],
        accessed: { 'date-parts': [[2026, 11, 29]] },
        URL: 'https://policies.test/policies/wuxi-biomed-policy-opinions/p4/',
        language: 'zh-CN',
      },
    ]);
    const kunshanItem = JSON.parse(cslJson(source(kunshan, 'row2', '序号2')))[0];
    expect(kunshanItem.author).toEqual([{ literal: '昆山市' }]);
    expect(JSON.stringify(kunshanItem)).not.toMatch(/number|issued|section/);
  });

  it('is what formatCitation gives for csl, as is every other format', () => {
    const s = source(suzhou, 'box7-2', '专栏7第2项');
    expect(formatCitation('csl', s)).toBe(cslJson(s));
    expect(formatCitation('bibtex', s)).toBe(bibtex(s));
    expect(formatCitation('gbt7714', s)).toBe(gbt7714(s));
    expect(formatCitation('markdown', s)).toBe(markdownLink(s));
  });
});

describe('helpers', () => {
  it('keys an entry by policy and clause', () => {
    expect(citationKey({ policy: 'p', clause: 's1-c2' })).toBe('p:s1-c2');
  });

  it("writes the reader's local day", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 10, 29, 0, 0))).toBe('2026-11-29');
  });
});

describe('citationAttributes', () => {
  it('carries what the menu needs, the publication date first and unknowns empty', () => {
    const base = { id: 'p', title: 'T', region: '无锡市', issuers: ['甲', '乙'], docNumber: null };
    expect(citationAttributes({ ...base, datePublished: '2021-05-01', dateWritten: '2021-04-17' })).toEqual({
      'data-policy': 'p',
      'data-title': 'T',
      'data-region': '无锡市',
      'data-issuers': '["甲","乙"]',
      'data-doc-number': '',
      'data-date': '2021-05-01',
    });
    expect(citationAttributes({ ...base, datePublished: null, dateWritten: '2021-04-17' })['data-date']).toBe(
      '2021-04-17',
    );
    expect(citationAttributes({ ...base, datePublished: null, dateWritten: null })['data-date']).toBe('');
  });
});
