import { describe, expect, it } from 'vitest';
import { atomDate, entryDates, feedPlan } from './feed.ts';

const policy = (id: string, dates: { datePublished?: string; dateWritten?: string; revised?: string }) => ({
  id,
  datePublished: dates.datePublished ?? null,
  dateWritten: dates.dateWritten ?? null,
  revised: dates.revised ?? null,
});

describe('entryDates', () => {
  it('publishes on the date the text states: published, else written', () => {
    expect(entryDates(policy('snd', { datePublished: '2020-05-27', dateWritten: '2020-05-20' }))).toEqual({
      published: '2020-05-27',
      updated: '2020-05-27',
    });
    expect(entryDates(policy('suzhou', { dateWritten: '2021-04-17' }))).toEqual({
      published: '2021-04-17',
      updated: '2021-04-17',
    });
  });

  it('dates a text that states no date by its revision day only, with no published date', () => {
    expect(entryDates(policy('wuxi', { revised: '2026-11-29' }))).toEqual({ published: null, updated: '2026-11-29' });
  });

  it('updates a dated text on its revision day when that is later, never earlier than the text', () => {
    expect(entryDates(policy('a', { dateWritten: '2021-04-17', revised: '2026-11-29' }))!.updated).toBe('2026-11-29');
    expect(entryDates(policy('b', { dateWritten: '2021-04-17', revised: '2020-01-01' }))!.updated).toBe('2021-04-17');
  });

  it('gives no date to a text with neither (never the day of the build)', () => {
    expect(entryDates(policy('kunshan', {}))).toBeNull();
  });
});

describe('feedPlan', () => {
  it('orders entries newest update first, dates the feed by its latest entry, and names the undated', () => {
    const plan = feedPlan([
      policy('suzhou', { dateWritten: '2021-04-17' }),
      policy('new', {}),
      policy('wuxi', { revised: '2026-11-29' }),
      policy('kunshan', { revised: '2026-11-29' }),
      policy('snd', { datePublished: '2020-05-27' }),
    ]);
    expect(plan.entries.map((e) => e.policy.id)).toEqual(['kunshan', 'wuxi', 'suzhou', 'snd']);
    expect(plan.updated).toBe('2026-11-29');
    expect(plan.undated).toEqual(['new']);
    expect(feedPlan([]).updated).toBeNull();
  });

  it('writes an Atom date-time for a day', () => {
    expect(atomDate('2026-11-29')).toBe('2026-11-29T00:00:00Z');
  });
});
