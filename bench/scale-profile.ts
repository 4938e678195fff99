/**
 * Reads the V8 CPU profiles `node --cpu-prof` wrote for a build and sums self time by function
 * and by file. Shares of a profile hold up on a loaded machine where wall times do not: "35 % of
 * the build in related.ts" means the same at any load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Time sampled, and the part of it the process was idle (waiting for files, the index service …); shares are of the rest. */
  totalMs: number;
  idleMs: number;
  functions: { name: string; file: string; ms: number; share: number }[];
  files: { file: string; ms: number; share: number }[];
}

/** A short name for a script URL: project files by path, packages by name, the rest as V8 reports them. */
export function shortFile(url: string): string {
  if (!url) return '(native)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const chunk = url.match(/\/(?:dist|\.astro|\.prerender)\/.*?([^/]+)$/);
  if (chunk) return `chunk ${chunk[1]!.replace(/[._-][A-Za-z0-9_-]{8}\.mjs$/, '.mjs')}`;
  const src = url.match(/\/(src\/.+)$/);
  if (src) return src[1]!;
  return url.replace(/^file:\/\//, '').replace(/^node:/, 'node:');
}

export function summarizeProfiles(dir: string, top = 15): ProfileSummary {
  const byFunction = new Map<string, { name: string; file: string; us: number }>();
  const byFile = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const frame = nodes.get(id)!.callFrame;
      const file = shortFile(frame.url);
      const name = frame.functionName || '(anonymous)';
      if (name === '(idle)') {
        idle += us;
        return;
      }
      const key = `${name} ${file}:${frame.lineNumber}`;
      const entry = byFunction.get(key) ?? { name, file: `${file}:${frame.lineNumber + 1}`, us: 0 };
      entry.us += us;
      byFunction.set(key, entry);
      byFile.set(file, (byFile.get(file) ?? 0) + us);
      total += us;
    });
  }
  const share = (us: number) => (total ? us / total : 0);
  return {
    totalMs: (total + idle) / 1000,
    idleMs: idle / 1000,
    functions: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((e) => ({ name: e.name, file: e.file, ms: e.us / 1000, share: share(e.us) })),
    files: [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, ms: us / 1000, share: share(us) })),
  };
}
