/**
 * Mutation scores per decision module, read from Stryker's JSON report
 * (mutation-testing-report-schema): what share of the small bugs Stryker planted the unit tests
 * caught. Issue 14 asks ≥ 80 % for each module.
 */

/** The decision modules whose scores the bench reports, by the files they are made of. */
export const MODULES: { name: string; matches: (file: string) => boolean }[] = [
  { name: 'amounts', matches: (f) => f === 'src/lib/amounts.ts' },
  { name: 'status', matches: (f) => f === 'src/lib/status.ts' },
  { name: 'ids', matches: (f) => f === 'src/lib/clauses/ids.ts' },
  { name: 'numerals', matches: (f) => f === 'src/lib/chinese-numerals.ts' || f === 'src/lib/fold.ts' },
  { name: 'search', matches: (f) => f.startsWith('src/lib/search/') },
  { name: 'finder', matches: (f) => f.startsWith('src/lib/finder/') },
];

/** The goal of issue 14. */
export const TARGET_SCORE = 80;

export type MutantStatus =
  'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'RuntimeError' | 'CompileError' | 'Ignored' | 'Pending';

export interface MutationReport {
  files: Record<string, { mutants: { status: MutantStatus }[] }>;
}

export interface ModuleScore {
  name: string;
  files: number;
  mutants: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Mutants that could not be measured (runtime or compile errors) or were left out on purpose. */
  invalid: number;
  /** Detected (killed or timed out) over all valid mutants, in %; null when there are none. */
  score: number | null;
}

const count = (mutants: { status: MutantStatus }[], ...statuses: MutantStatus[]) =>
  mutants.filter((m) => statuses.includes(m.status)).length;

/** Stryker's mutation score: (killed + timeout) / (killed + timeout + survived + no coverage). */
export function scoreOf(name: string, files: MutationReport['files']): ModuleScore {
  const mutants = Object.values(files).flatMap((f) => f.mutants);
  const killed = count(mutants, 'Killed');
  const timeout = count(mutants, 'Timeout');
  const survived = count(mutants, 'Survived');
  const noCoverage = count(mutants, 'NoCoverage');
  const valid = killed + timeout + survived + noCoverage;
  return {
    name,
    files: Object.keys(files).length,
    mutants: mutants.length,
    killed,
    timeout,
    survived,
    noCoverage,
    invalid: mutants.length - valid,
    score: valid ? Math.round(((killed + timeout) / valid) * 1000) / 10 : null,
  };
}

/** Report paths as repository paths: Stryker writes them relative to the project root, with the OS's separator. */
const repoPath = (file: string) => file.replace(/\\/g, '/').replace(/^\.\//, '');

/** One score per decision module the report covers, in MODULES order, then one per file of each. */
export function moduleScores(report: MutationReport): { modules: ModuleScore[]; files: ModuleScore[] } {
  const entries = Object.entries(report.files).map(([file, data]) => [repoPath(file), data] as const);
  const modules: ModuleScore[] = [];
  const files: ModuleScore[] = [];
  for (const module of MODULES) {
    const own = entries.filter(([file]) => module.matches(file)).sort(([a], [b]) => a.localeCompare(b));
    if (!own.length) continue;
    modules.push(scoreOf(module.name, Object.fromEntries(own)));
    for (const [file, data] of own) files.push(scoreOf(file, { [file]: data }));
  }
  return { modules, files };
}

/** The table `npm run bench` prints. */
export function formatScores(rows: ModuleScore[], title = 'module'): string[] {
  const width = Math.max(title.length, ...rows.map((r) => r.name.length));
  const head = `${title.padEnd(width)}  ${['mutants', 'killed', 'timeout', 'survived', 'no cov', 'invalid', 'score'].map((h) => h.padStart(9)).join('')}`;
  return [
    head,
    ...rows.map((r) => {
      const score = r.score === null ? '—' : `${r.score.toFixed(1)} %`;
      const mark = r.score === null ? '' : r.score >= TARGET_SCORE ? '  ✓' : `  ✗ below ${TARGET_SCORE} %`;
      return `${r.name.padEnd(width)}  ${[r.mutants, r.killed, r.timeout, r.survived, r.noCoverage, r.invalid].map((n) => String(n).padStart(9)).join('')}${score.padStart(9)}${mark}`;
    }),
  ];
}
