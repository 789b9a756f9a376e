/**
 * Reads CPU time and memory of a process from /proc, so peers we cannot instrument are
 * measured exactly like ours (Linux only, which is where the benchmark runs).
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Kernel clock ticks per second for utime/stime; almost always 100, but ask rather than assume.
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** User + system CPU seconds consumed so far by `pid` (all its threads). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields after the closing paren are fixed.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state), so utime (field 14) is rest[11] and stime (field 15) rest[12].
  return (Number(rest[11]) + Number(rest[12])) / CLK_TCK;
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  return statusField(pid, 'VmRSS');
}

/** Peak resident set size since the process started (VmHWM), in bytes. */
export function peakRssBytes(pid: number): number {
  return statusField(pid, 'VmHWM');
}

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!m?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(m[1]) * 1024;
}

/**
 * Samples CPU and RSS of a process over a window. CPU % is relative to one core
 * (100 % = one core fully busy), the usual convention for a single-threaded Node server.
 */
export class ProcSampler {
  private readonly timer: NodeJS.Timeout;
  private readonly cpuStart: number;
  private readonly tStart: number;
  private peakRss: number;

  constructor(private readonly pid: number, intervalMs = 200) {
    this.cpuStart = cpuSeconds(pid);
    this.tStart = performance.now();
    this.peakRss = rssBytes(pid);
    this.timer = setInterval(() => {
      try {
        this.peakRss = Math.max(this.peakRss, rssBytes(this.pid));
      } catch {
        // The process may have exited; stop() reports what we saw so far.
      }
    }, intervalMs);
  }

  stop(): { cpuPercent: number; peakRssBytes: number } {
    clearInterval(this.timer);
    const elapsed = (performance.now() - this.tStart) / 1000;
    let cpu = Number.NaN;
    try {
      cpu = cpuSeconds(this.pid) - this.cpuStart;
      this.peakRss = Math.max(this.peakRss, rssBytes(this.pid));
    } catch {
      // Exited: CPU unknown.
    }
    return { cpuPercent: (cpu / elapsed) * 100, peakRssBytes: this.peakRss };
  }
}
