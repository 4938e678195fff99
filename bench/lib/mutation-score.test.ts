import { describe, expect, it } from 'vitest';
import { formatScores, moduleScores, scoreOf, type MutantStatus, type MutationReport } from './mutation-score.ts';

const mutants = (...statuses: MutantStatus[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('scoreOf', () => {
  it("counts detected mutants over valid ones, as Stryker's mutation score does", () => {
    const score = scoreOf('x', {
      'a.ts': mutants(
        'Killed',
        'Killed',
        'Timeout',
        'Survived',
        'NoCoverage',
        'RuntimeError',
        'CompileError',
        'Ignored',
      ),
    });
    expect(score).toEqual({
      name: 'x',
      files: 1,
      mutants: 8,
      killed: 2,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      invalid: 3,
      score: 60,
    });
  });
  it('rounds to one decimal and has no score without valid mutants', () => {
    expect(scoreOf('x', { 'a.ts': mutants('Killed', 'Killed', 'Survived') }).score).toBe(66.7);
    expect(scoreOf('x', { 'a.ts': mutants('Ignored') }).score).toBeNull();
    expect(scoreOf('x', {}).score).toBeNull();
  });
});

describe('moduleScores', () => {
  const report: MutationReport = {
    files: {
      'src/lib/status.ts': mutants('Killed', 'Survived'),
      'src/lib/search/rank.ts': mutants('Killed'),
      'src\\lib\\search\\normalize.ts': mutants('Survived', 'Killed', 'Killed'),
      'src/lib/finder/compute.ts': mutants('NoCoverage'),
      'src/lib/other.ts': mutants('Survived'),
    },
  };
  const { modules, files } = moduleScores(report);
  it('groups files into the decision modules, in a fixed order, leaving out the others', () => {
    expect(modules.map((m) => [m.name, m.files, m.mutants, m.score])).toEqual([
      ['status', 1, 2, 50],
      ['search', 2, 4, 75],
      ['finder', 1, 1, 0],
    ]);
  });
  it('also scores each file, by repository path', () => {
    expect(files.map((f) => [f.name, f.score])).toEqual([
      ['src/lib/status.ts', 50],
      ['src/lib/search/normalize.ts', 66.7],
      ['src/lib/search/rank.ts', 100],
      ['src/lib/finder/compute.ts', 0],
    ]);
  });
});

describe('formatScores', () => {
  it('prints a row per module, marking the ones below the goal', () => {
    const lines = formatScores([
      scoreOf('amounts', { a: mutants('Killed', 'Killed', 'Killed', 'Killed', 'Survived') }),
      scoreOf('status', { s: mutants('Killed', 'Survived') }),
      scoreOf('ids', {}),
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^module\s+mutants\s+killed\s+timeout\s+survived\s+no cov\s+invalid\s+score$/);
    expect(lines[1]).toMatch(/^amounts\s+5\s+4\s+0\s+1\s+0\s+0\s+80\.0 % {2}✓$/);
    expect(lines[2]).toMatch(/^status\s+2\s+1\s+0\s+1\s+0\s+0\s+50\.0 % {2}✗ below 80 %$/);
    expect(lines[3]).toMatch(/^ids\s+0(\s+0){5}\s+—$/);
  });
});
