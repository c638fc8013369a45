import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a process tree used, sampled from /proc; undefined where /proc tells nothing. */
export interface TreeUsage {
  /** Highest sum of resident memory over the tree at one sample. */
  peakRssBytes: number | undefined;
  /**
   * CPU time (user + system) of the process and every descendant seen, each at its last
   * sample. Pagefind's indexer is killed rather than waited for, so `/usr/bin/time` (which
   * counts only reaped children) misses it; sampling does not. A process shorter than one
   * interval may be missed, and each loses at most its last interval.
   */
  cpuSeconds: number | undefined;
}

export interface ProcessStat {
  pid: number;
  parent: number;
  /** utime + stime, in clock ticks. */
  cpuTicks: number;
  /** Start time after boot, in clock ticks: with the pid it names one process, even if the pid is reused. */
  started: number;
  rssPages: number;
}

/** Fields of `/proc/<pid>/stat` (proc(5)): 4 ppid, 14 utime, 15 stime, 22 starttime, 24 rss. */
export function parseStat(text: string): ProcessStat {
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // The command name in parentheses may itself hold spaces and parentheses: count from the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const field = (number: number) => Number(fields[number - 3]);
  return {
    pid,
    parent: field(4),
    cpuTicks: field(14) + field(15),
    started: field(22),
    rssPages: field(24),
  };
}

let systemUnits: { ticksPerSecond: number; pageBytes: number } | undefined;

function units() {
  const ask = (name: string, fallback: number) => {
    try {
      return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
    } catch {
      return fallback;
    }
  };
  return (systemUnits ??= {
    ticksPerSecond: ask('CLK_TCK', 100),
    pageBytes: ask('PAGESIZE', 4096),
  });
}

/**
 * Watches a process and all its descendants (Pagefind's indexer runs as a child of the
 * build) from /proc until `stop()`. Linux only; elsewhere it reports nothing.
 */
export function watchProcessTree(pid: number, intervalMs = 200): { stop(): TreeUsage } {
  const { ticksPerSecond, pageBytes } = units();
  let peakRss: number | undefined;
  const lastTicks = new Map<string, number>();
  const sample = () => {
    const members = tree(pid);
    if (!members) return;
    peakRss = Math.max(
      peakRss ?? 0,
      members.reduce((sum, member) => sum + member.rssPages * pageBytes, 0),
    );
    for (const member of members) lastTicks.set(`${member.pid}:${member.started}`, member.cpuTicks);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      sample();
      clearInterval(timer);
      const ticks = [...lastTicks.values()].reduce((sum, value) => sum + value, 0);
      return {
        peakRssBytes: peakRss,
        cpuSeconds: lastTicks.size ? ticks / ticksPerSecond : undefined,
      };
    },
  };
}

function tree(root: number): ProcessStat[] | undefined {
  let processes: ProcessStat[];
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          return [parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'))];
        } catch {
          // Gone between listing and reading.
          return [];
        }
      });
  } catch {
    return undefined;
  }
  const children = new Map<number, ProcessStat[]>();
  for (const process of processes) {
    const siblings = children.get(process.parent);
    if (siblings) siblings.push(process);
    else children.set(process.parent, [process]);
  }
  const members = processes.filter((process) => process.pid === root);
  for (let index = 0; index < members.length; index++)
    members.push(...(children.get(members[index]!.pid) ?? []));
  return members.length ? members : undefined;
}
