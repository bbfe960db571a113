// Running one command as a child process and measuring it: wall time, CPU time and peak memory.
// Peak RSS comes from GNU time (`/usr/bin/time -v`), which reads the kernel's rusage of the child tree: the
// largest single process (for a build, the Astro child). Without GNU time only wall time is known.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  wallMs: number;
  /** user + system CPU time of the child tree; null without GNU time. */
  cpuMs: number | null;
  /** Peak resident set size in bytes of the largest process; null without GNU time. */
  peakRss: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/** Fields of `time -v` output we use; values as printed. */
export function parseGnuTime(report: string): { cpuMs: number; peakRss: number } | null {
  const field = (label: string) => {
    const match = new RegExp(`^\\s*${label}:\\s*([\\d.]+)`, 'm').exec(report);
    return match ? Number(match[1]) : null;
  };
  const user = field('User time \\(seconds\\)');
  const system = field('System time \\(seconds\\)');
  const rssKiB = field('Maximum resident set size \\(kbytes\\)');
  if (user === null || system === null || rssKiB === null) return null;
  return { cpuMs: Math.round((user + system) * 1000), peakRss: rssKiB * 1024 };
}

export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Measured {
  const useTime = existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(scratch, 'time.txt');
  const started = performance.now();
  const run = useTime
    ? spawnSync(GNU_TIME, ['-v', '-o', report, command, ...args], { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const usage = useTime && existsSync(report) ? parseGnuTime(readFileSync(report, 'utf8')) : null;
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, cpuMs: usage?.cpuMs ?? null, peakRss: usage?.peakRss ?? null, status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '' };
}

/** The run with the least wall time of `times` runs (the least disturbed by other load on the machine). */
export function best(times: number, run: () => Measured): Measured {
  let fastest: Measured | undefined;
  for (let i = 0; i < times; i++) {
    const result = run();
    if (result.status !== 0) return result;
    if (!fastest || result.wallMs < fastest.wallMs) fastest = result;
  }
  return fastest!;
}
