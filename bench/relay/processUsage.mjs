// @ts-check
// CPU time and resident memory of a process from /proc (Linux), read from outside so measuring
// the relay costs the relay nothing.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ticksPerSecond = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/**
 * @param {number} pid
 * @returns {{ cpuMs: number; rssBytes: number }}
 */
export function usageOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may hold spaces, sit after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / ticksPerSecond, rssBytes: rssKiB * 1024 };
}

/**
 * Follows processes through a window: CPU used in it (as % of one core) and the peak memory.
 * @param {Record<string, number>} pids name → pid
 */
export function watchUsage(pids) {
  const names = Object.keys(pids);
  const read = () => Object.fromEntries(names.map((name) => [name, usageOf(/** @type {number} */ (pids[name]))]));
  const startMs = Date.now();
  const first = read();
  /** @type {Record<string, number>} */
  const peakRss = Object.fromEntries(names.map((name) => [name, first[name]?.rssBytes ?? 0]));
  const timer = setInterval(() => {
    const now = read();
    for (const name of names) peakRss[name] = Math.max(peakRss[name] ?? 0, now[name]?.rssBytes ?? 0);
  }, 1000);
  return {
    stop() {
      clearInterval(timer);
      const last = read();
      const seconds = (Date.now() - startMs) / 1000;
      return Object.fromEntries(
        names.map((name) => [
          name,
          {
            cpuSeconds: Math.round((last[name]?.cpuMs ?? 0) - (first[name]?.cpuMs ?? 0)) / 1000,
            cpuPercentOfOneCore: Math.round((((last[name]?.cpuMs ?? 0) - (first[name]?.cpuMs ?? 0)) / 10 / seconds) * 10) / 10,
            peakRssMiB: Math.round(((peakRss[name] ?? 0) / 1024 / 1024) * 10) / 10,
          },
        ]),
      );
    },
  };
}
