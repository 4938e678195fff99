/**
 * Blind search sets (issue 17): graded queries written from the texts alone by a writer who never
 * read the search code, frozen in bench/blind/ before the code they judge changed. This runs one
 * set against a built site in Chromium, through contract 2 only (`/search/?q=` → the links in
 * `[data-search-results]`), and prints nDCG@10, MRR, recall@10 and precision@5 per kind, and how
 * the queries no text answers were answered.
 *
 *   node bench/search-blind.ts                                   build into bench-output/site, set 1
 *   node bench/search-blind.ts --site DIR [--set FILE] [--json OUT] [--kinds citation,docmeta]
 *
 * A query with `noAnswer: true` is answered well when `[data-search-results]` holds no link (the
 * nearest matches may be offered elsewhere, e.g. `[data-search-partial]`). A `docmeta` query whose
 * answer the text does not state (no grades) is answered well when the page says 未载明 in
 * `[data-search-answer]`. Never edit a set after its first run: write a new one (README there).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { ROOT } from '../tests/helpers/paths.ts';
import { readResults, waitForResults } from '../tests/search/helpers.ts';
import { mean, score, type Scores } from './lib/oracle.ts';
import { serveStatic } from './lib/serve.ts';

export interface BlindQuery {
  q: string;
  kind: string;
  grades: Record<string, 1 | 2>;
  noAnswer?: boolean;
  meta?: string;
  why?: string;
}

export interface BlindRun {
  q: string;
  kind: string;
  keys: string[];
  scores: Scores | null;
  /** For no-answer queries and unstated metadata: whether the page answered as it should. */
  ok: boolean | null;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

export function loadBlindSet(file: string): BlindQuery[] {
  const set = JSON.parse(readFileSync(file, 'utf8')) as BlindQuery[];
  if (!Array.isArray(set) || !set.length) throw new Error(`${file}: expected a non-empty JSON array of queries`);
  return set;
}

/** Scores one query's rendered results, as the module comment says. */
export function judge(q: BlindQuery, keys: string[], answerText: string): BlindRun {
  const grades = new Map(Object.entries(q.grades));
  if (q.noAnswer) return { q: q.q, kind: q.kind, keys, scores: null, ok: keys.length === 0 };
  if (!grades.size) return { q: q.q, kind: q.kind, keys, scores: null, ok: answerText.includes('未载明') };
  return { q: q.q, kind: q.kind, keys, scores: score(keys, grades), ok: null };
}

export interface KindSummary {
  kind: string;
  n: number;
  ndcg10: number;
  mrr: number;
  recall10: number;
  p5: number;
  /** Queries judged yes/no (no-answer, unstated metadata): how many answered well. */
  ok: number;
  judged: number;
}

export function summarise(runs: BlindRun[]): KindSummary[] {
  const kinds = [...new Set(runs.map((r) => r.kind)), 'all'];
  return kinds.map((kind) => {
    const rs = kind === 'all' ? runs : runs.filter((r) => r.kind === kind);
    const scored = rs.filter((r) => r.scores).map((r) => r.scores!);
    const judged = rs.filter((r) => r.ok !== null);
    return {
      kind,
      n: rs.length,
      ndcg10: mean(scored.map((s) => s.ndcg10)),
      mrr: mean(scored.map((s) => s.rr)),
      recall10: mean(scored.map((s) => s.recall10)),
      p5: mean(scored.map((s) => s.p5)),
      ok: judged.filter((r) => r.ok).length,
      judged: judged.length,
    };
  });
}

async function main() {
  const setFile = resolve(ROOT, arg('--set') ?? 'bench/blind/search-blind-1.json');
  let site = arg('--site');
  if (!site) {
    site = resolve(ROOT, 'bench-output/site');
    execFileSync('npx', ['astro', 'build', '--outDir', site], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(resolve(site, 'pagefind'))) throw new Error(`${site}: no /pagefind/ — build the site first`);
  // --kinds citation,docmeta: a subset while working on those kinds (the figures to report are the whole set's).
  const kinds = arg('--kinds')?.split(',');
  const set = loadBlindSet(setFile).filter((q) => !kinds || kinds.includes(q.kind));
  const server = await serveStatic(resolve(site));
  const browser = await launchBrowser();
  const runs: BlindRun[] = [];
  try {
    const page = await browser.newPage();
    for (const q of set) {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(q.q)}`);
      await waitForResults(page, q.q);
      const { keys } = await readResults(page);
      const answer = await page.evaluate(
        () => document.querySelector('[data-search-answer]')?.textContent?.replace(/\s+/g, ' ') ?? '',
      );
      runs.push(judge(q, keys, answer));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = summarise(runs);
  const f = (n: number) => n.toFixed(3);
  console.log(`Blind set ${setFile.slice(ROOT.length + 1)} on ${site}`);
  console.log('kind          n   nDCG@10  MRR    R@10   P@5    answered-as-none');
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(12)} ${String(r.n).padStart(3)}   ${f(r.ndcg10)}   ${f(r.mrr)}  ${f(r.recall10)}  ${f(r.p5)}  ${r.judged ? `${r.ok}/${r.judged}` : '—'}`,
    );
  const out = arg('--json');
  if (out) {
    mkdirSync(resolve(out, '..'), { recursive: true });
    writeFileSync(out, JSON.stringify({ set: setFile, site, rows, runs }, null, 2));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
