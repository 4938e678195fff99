import { describe, expect, it } from 'vitest';
import { readSelection, writeSelection } from './url-state.ts';
import { EMPTY_SELECTION, type Selection } from './types.ts';

const round = (sel: Selection) => readSelection(new URLSearchParams(writeSelection(sel).toString()));

describe('selection in the query string', () => {
  it('writes IDs in one order and reads them back to the same selection', () => {
    const sel: Selection = {
      stage: '临床II期',
      products: ['1类创新药', '创新医疗器械'],
      beneficiary: '企业',
      amounts: { 研发投入: 3000, 设备投资: 12.5 },
    };
    expect(writeSelection(sel).toString()).toBe(
      'stage=clinical-2&product=innovative-drug&product=device-innovative&who=enterprise&rd=3000&equipment=12.5',
    );
    expect(round(sel)).toEqual(sel);
  });

  it('an empty selection is an empty query', () => {
    expect(writeSelection(EMPTY_SELECTION).toString()).toBe('');
    expect(readSelection(new URLSearchParams(''))).toEqual(EMPTY_SELECTION);
  });

  it('canonical: products in vocabulary order, whatever order the link had', () => {
    const a = readSelection(new URLSearchParams('product=device-innovative&product=device-3'));
    expect(a.products).toEqual(['三类医疗器械', '创新医疗器械']);
    expect(writeSelection(a).toString()).toBe('product=device-3&product=device-innovative');
  });

  it('ignores what it does not know: unknown IDs, umbrella terms, malformed or negative amounts', () => {
    const s = readSelection(
      new URLSearchParams(
        'stage=nope&product=device&product=xx&product=device-2&who=alien&rd=abc&capital=-5&salary=80&x=1',
      ),
    );
    expect(s).toEqual({ stage: null, products: ['二类医疗器械'], beneficiary: null, amounts: { 年工资薪金: 80 } });
  });

  it('keeps a zero amount (a real answer), drops an empty one', () => {
    expect(readSelection(new URLSearchParams('rd=0&equipment=')).amounts).toEqual({ 研发投入: 0 });
  });
});
