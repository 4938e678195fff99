import { describe, expect, it } from 'vitest';
import { loadOnce } from './retry-load.ts';

describe('loadOnce', () => {
  it('shares one load between callers, and keeps it once it succeeded', async () => {
    let calls = 0;
    const get = loadOnce(() => Promise.resolve(++calls));
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets a load that failed, so the next call loads again', async () => {
    let calls = 0;
    const get = loadOnce(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(calls)));
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
  });
});
