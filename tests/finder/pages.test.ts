/**
 * The built /finder/ and /stages/ pages: the region files the calculator fetches carry the same
 * provisions and figures as the open data (/data/subsidies.json), the page embeds only their
 * index, the stage pages put each city's provisions and targets side by side, and the nav has its
 * entry. Read from the built files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPage, STAND_IN_ORIGIN } from '../helpers/site.ts';
import { LIFECYCLE_STAGES } from '../../src/schemas/eligibility-vocab.ts';
import { assemble, type FinderIndex, type FinderRegionFile } from '../../src/lib/finder/island.ts';
import type { FinderData } from '../../src/lib/finder/types.ts';
import { allSubsidies, subsidiesNaming } from './helpers.ts';

const siteDir = inject('siteDir');
const index = (): FinderIndex =>
  JSON.parse(builtPage('/finder/').querySelector('#finder-data')!.textContent) as FinderIndex;
const regionFile = (id: string): FinderRegionFile =>
  JSON.parse(readFileSync(resolve(siteDir, `finder/regions/${id}.json`), 'utf8')) as FinderRegionFile;
/** What the calculator has once it has fetched every region file the index names. */
const island = (): FinderData => assemble(index(), index().located.map(regionFile));

describe('/finder/ data: the embedded index and the region files', () => {
  it('embeds the index only: the regions and which have policies, no provision', () => {
    const i = index();
    expect(Object.keys(i).sort()).toEqual(['asOf', 'located', 'regions']);
    expect(i.located).toEqual(['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    const html = readFileSync(resolve(siteDir, 'finder/index.html'), 'utf8');
    expect(html).not.toContain('"provisions"');
  });

  it('a region file holds that region’s own policies and provisions only', () => {
    const taicang = regionFile('taicang');
    expect(taicang.policies.length).toBeGreaterThan(0);
    expect(taicang.policies.every((p) => p.region === 'taicang')).toBe(true);
    expect(taicang.provisions.length).toBeGreaterThan(0);
    expect(taicang.provisions.every((p) => p.region === 'taicang')).toBe(true);
  });

  it('holds every provision with the same figures and conditions as /data/subsidies.json', () => {
    const open = JSON.parse(readFileSync(resolve(siteDir, 'data/subsidies.json'), 'utf8')) as Record<string, unknown>[];
    const data = island();
    expect(data.provisions.length).toBe(open.length);
    const fields = [
      'what',
      'kind',
      'maxAmountWan',
      'ratePct',
      'rateBase',
      'tiers',
      'annualCapWan',
      'raisedMaxWan',
      'raiseByWan',
      'quote',
      'eligibility',
      'clause',
    ] as const;
    for (const row of open) {
      const p = data.provisions.find((x) => x.policy === row.policy && x.id === row.id);
      expect(p, `${row.policy}#${row.id}`).toBeDefined();
      for (const f of fields) expect(p![f], `${row.policy}#${row.id}.${f}`).toEqual(row[f]);
      // Root-relative without SITE_URL (the test build): resolve against any origin.
      const url = new URL(String(row.url), STAND_IN_ORIGIN);
      expect(url.pathname + url.hash).toBe(p!.href);
    }
  });

  it('carries each policy’s computed status and the as-of date of the build', () => {
    const data = island();
    const policies = JSON.parse(readFileSync(resolve(siteDir, 'data/policies.json'), 'utf8')) as {
      id: string;
      status: string;
      statusAsOf: string;
    }[];
    for (const p of policies) expect(data.policies.find((x) => x.id === p.id)?.status.code).toBe(p.status);
    expect(data.asOf).toBe(policies[0]!.statusAsOf);
  });

  it('is one <script> element whose whole text is the index: nothing in it ends the element early', () => {
    const html = readFileSync(resolve(siteDir, 'finder/index.html'), 'utf8');
    const open = '<script type="application/json" id="finder-data">';
    const start = html.indexOf(open);
    expect(start).toBeGreaterThan(0);
    const text = html.slice(start + open.length, html.indexOf('</script>', start));
    // If a quote had closed the element, the text up to the first </script> would be cut short and not parse.
    expect(JSON.parse(text)).toEqual(index());
    expect(text).not.toMatch(/<\/?script|<!--/i);
  });
});

describe('/stages/', () => {
  it('has a page per stage, linked from the index in lifecycle order', () => {
    const links = builtPage('/stages/')
      .querySelectorAll('.stage-nav a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(LIFECYCLE_STAGES.map((s) => `/stages/${s.id}/`));
    for (const s of LIFECYCLE_STAGES)
      expect(builtPage(`/stages/${s.id}/`).querySelector('h1')?.textContent).toBe(s.name);
  });

  it('临床II期: each city’s column lists exactly the provisions whose clause names II期, and the clinical targets', () => {
    const page = builtPage('/stages/clinical-2/');
    const shown = page.querySelectorAll('.stage-col [data-provision]').map((li) => li.getAttribute('data-provision'));
    const expected = subsidiesNaming('stages', '临床II期').map(({ policy, s }) => `${policy}#${s.id}`);
    expect([...shown].sort()).toEqual(expected.sort());
    // Side by side: one column per city, each provision in its own city's column.
    const columns = page.querySelectorAll('.stage-col').map((c) => c.getAttribute('data-region'));
    expect(columns).toEqual(['suzhou', 'taicang', 'kunshan', 'snd', 'wuxi']);
    for (const { policy, region, s } of subsidiesNaming('stages', '临床II期')) {
      expect(
        page.querySelector(`.stage-col[data-region="${region}"] [data-provision="${policy}#${s.id}"]`),
        `${policy}#${s.id}`,
      ).not.toBeNull();
    }
    // 苏州高新区's “研究” filed under 研发 is this site's inference, and the page says so where the provision is.
    const snd = page.querySelector('[data-provision="suzhou-snd-meddevice-biomed-2020-2022#sub11"]');
    expect(snd?.textContent).toContain('本站推断：原文“新药开展临床实验和研究”中的“研究”未写明阶段');
    const targets = page.querySelectorAll('[data-target]').map((li) => li.getAttribute('data-target'));
    expect(targets).toEqual(
      expect.arrayContaining(['suzhou-biomed-chain-2021-2023#t11', 'taicang-biomed-cluster-2025#t12']),
    );
  });

  it('the nav has “政策计算器”, current on /finder/', () => {
    const nav = builtPage('/finder/').querySelector('nav[aria-label="主导航"]')!;
    const link = nav.querySelectorAll('a').find((a) => a.textContent === '政策计算器');
    expect(link?.getAttribute('href')).toBe('/finder/');
    expect(link?.getAttribute('aria-current')).toBe('page');
  });

  it('every payer provision is on some stage page or on /stages/none/ (不分阶段)', () => {
    const onStages = new Set(
      LIFECYCLE_STAGES.flatMap((s) =>
        builtPage(`/stages/${s.id}/`)
          .querySelectorAll('[data-provision]')
          .map((li) => li.getAttribute('data-provision')),
      ),
    );
    const none = new Set(
      builtPage('/stages/none/')
        .querySelectorAll('[data-provision]')
        .map((li) => li.getAttribute('data-provision')),
    );
    const missing = allSubsidies()
      .filter(({ s }) => !(s.eligibility?.stacking && s.eligibility.stacking.scope !== '本条款'))
      .map(({ policy, s }) => `${policy}#${s.id}`)
      .filter((id) => !onStages.has(id) && !none.has(id));
    expect(missing).toEqual([]);
  });
});
