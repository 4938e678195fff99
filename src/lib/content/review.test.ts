import { describe, expect, it } from 'vitest';
import { comparable, drafted, isDraft } from './review.ts';

const policy = (id: string, draft?: boolean) => ({ id, data: draft === undefined ? {} : { draft } });

describe('review marks', () => {
  const all = [policy('a'), policy('b', true), policy('c', false), policy('d', true)];

  it('reads only draft: true as a draft', () => {
    expect(all.map(isDraft)).toEqual([false, true, false, true]);
  });

  it('keeps drafts out of comparisons and lists them apart, in order', () => {
    expect(comparable(all).map((p) => p.id)).toEqual(['a', 'c']);
    expect(drafted(all).map((p) => p.id)).toEqual(['b', 'd']);
  });
});
