/**
 * Clause pages and clause controls in the built HTML: headings that say a number once, rows named
 * by their task, titled breadcrumbs, citations by the document's own numbering (with the issuing
 * region), lone rows that span no rows, the Suzhou table's page-break header gone, and no control
 * on masthead lines.
 */
import { describe, expect, it } from 'vitest';
import { extractClauses } from '../../src/lib/clauses/extract.ts';
import { builtPage, contentFiles } from '../helpers/site.ts';

const text = (path: string, selector: string) => {
  const el = builtPage(path).querySelector(selector);
  expect(el, `${selector} on ${path}`).not.toBeNull();
  return el!.text.replace(/\s+/g, ' ').trim();
};
const WUXI = '/policies/wuxi-biomed-policy-opinions/';
const SUZHOU = '/policies/suzhou-biomed-chain-2021-2023/';
const KUNSHAN = '/policies/kunshan-nucleic-acid-cluster-worklist/';

describe('clause page headings', () => {
  it('say the number once (not 第（十二）条 （十二）支持…)', () => {
    expect(text(`${WUXI}s3-c12/`, 'h1')).toBe('（十二）支持上市许可持有人（MAH）发展');
    expect(text(`${SUZHOU}s3-c7/`, 'h1')).toBe('（七）人才引育工程');
    expect(text(`${SUZHOU}s3-c7-r2/`, 'h1')).toBe('二是加快集聚产业支撑人才');
  });

  it('name a row by its task, and so do its previous/next links', () => {
    expect(text(`${KUNSHAN}row2/`, 'h1')).toBe('序号2 加快创新药物研发');
    expect(text(`${KUNSHAN}row2/`, 'a[rel="prev"]')).toBe('← 上一条：序号1 加快原创性技术研究');
    expect(text(`${KUNSHAN}row2/`, 'a[rel="next"]')).toBe('下一条：序号3 加快医疗器械研制 →');
    expect(text(`${SUZHOU}annex1-row12/`, 'h1')).toBe('附件“三、创新平台工程”第5项 加快市医药服务平台建设');
  });

  it('show each ancestor in the breadcrumb with its title', () => {
    const crumbs = builtPage(`${SUZHOU}s3-c7-r2/`)
      .querySelectorAll('.breadcrumbs li')
      .map((li) => li.text.trim());
    expect(crumbs).toEqual([
      '首页',
      '苏州市强链补链三年行动计划',
      '三、开展十大工程',
      '（七）人才引育工程',
      '三、（七）二是',
    ]);
  });
});

describe('citations', () => {
  it('name the issuing region when the title does not', () => {
    expect(text(`${WUXI}s3-c12/`, '[data-citation]')).toBe(
      '无锡市《市政府关于加快推动生物医药产业高质量发展的若干政策意见》第（十二）条',
    );
  });

  it("cite a Suzhou task row by the document's own numbering", () => {
    expect(text(`${SUZHOU}annex1-row12/`, '[data-citation]')).toBe(
      '《苏州市生物医药及健康产业强链补链三年行动计划（2021—2023）》附件“三、创新平台工程”第5项',
    );
    expect(text(`${SUZHOU}annex1-row8/`, '[data-citation]')).toMatch(/附件“三、创新平台工程”第1项$/);
    // The serial of a table that has one stays the citation (昆山 序号, 高新区 序号).
    expect(text(`${KUNSHAN}row12/`, '[data-citation]')).toMatch(/》序号12$/);
  });

  it('cite 三、（七）二是 with the text a page break had cut off', () => {
    const r2 = text(`${SUZHOU}s3-c7-r2/`, '.clause-text');
    expect(r2).toMatch(/^二是加快集聚产业支撑人才。持续扩大生物医药及健康产业紧缺人才覆盖面/);
    expect(r2).toMatch(/与高校院所联合培养博士后。$/);
  });

  it("keep 四、's closing paragraphs out of its item 2", () => {
    expect(text(`${SUZHOU}s4-i2/`, '.clause-text')).not.toContain('本文件中涉及');
    expect(text(`${SUZHOU}s4/`, '.clause-text')).toMatch(/本文件中涉及既有政策.*成立打造苏州生物医药产业地标领导小组/);
  });
});

describe('tables', () => {
  it('render the Suzhou header repeated at a page break not at all, and 三、创新平台工程 over its nine rows', () => {
    const page = builtPage(SUZHOU);
    expect(page.querySelectorAll('.policy-text tr').filter((tr) => tr.text.includes('十大工程'))).toHaveLength(1);
    const group = page.querySelector('#annex1-g3')!;
    expect(group.querySelectorAll('tr')).toHaveLength(9);
    expect(group.querySelector('th[scope="rowgroup"]')?.getAttribute('rowspan')).toBe('9');
    expect(group.querySelectorAll('td[rowspan]')).toHaveLength(0);
  });

  it('give a row page the group cell of its row, spanning no rows', () => {
    for (const id of ['annex1-row8', 'annex1-row12', 'annex1-row16']) {
      const table = builtPage(`${SUZHOU}${id}/`).querySelector('.clause-text table')!;
      expect(table.querySelector('tbody th')?.text, id).toBe('三、创新平台工程');
      expect(table.querySelectorAll('[rowspan]'), id).toHaveLength(0);
    }
  });
});

describe('clause controls', () => {
  it('one per clause, run and row — none on masthead lines', () => {
    for (const file of contentFiles()) {
      const page = builtPage(`/policies/${file.id}/`);
      const clauses = extractClauses(file.body);
      const controlled = page.querySelectorAll('a.ct').map((a) => a.closest('[data-clause]')!.id);
      expect(new Set(controlled).size, file.id).toBe(controlled.length);
      const masthead = clauses.filter((c) => c.kind === 'paragraph' && !/[。；！？]/.test(c.text)).map((c) => c.id);
      expect(
        controlled.filter((id) => masthead.includes(id)),
        file.id,
      ).toEqual([]);
      // Groups carry their rows' controls; every other clause has its own.
      const expected = clauses.filter((c) => c.kind !== 'group' && !masthead.includes(c.id)).map((c) => c.id);
      expect(controlled, file.id).toEqual(expected);
    }
    const suzhou = builtPage(SUZHOU);
    for (const id of ['p1', 'p2', 'p7', 'p8', 'p9']) expect(suzhou.querySelector(`#${id} a.ct`), id).toBeNull();
    expect(suzhou.querySelector('#s3-c7-r2 > a.ct')?.getAttribute('aria-label')).toBe('三、（七）二是：链接与引用');
  });
});
