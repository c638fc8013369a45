import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of a process and all its descendants (Pagefind's indexer runs as a
 * child of the build), sampled from /proc. Linux only; elsewhere it reports nothing.
 */
export function watchPeakRss(pid: number, intervalMs = 200): { stop(): number | undefined } {
  let peak: number | undefined;
  const sample = () => {
    const total = treeRss(pid);
    if (total !== undefined) peak = Math.max(peak ?? 0, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function treeRss(root: number): number | undefined {
  let processes: { pid: number; parent: number; rss: number }[];
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          // Fields after the command name, which may itself contain spaces and parentheses.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return [{ pid: Number(name), parent: Number(fields[1]), rss: Number(fields[21]) * 4096 }];
        } catch {
          return [];
        }
      });
  } catch {
    return undefined;
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const process of processes) {
      if (!tree.has(process.pid) && tree.has(process.parent)) {
        tree.add(process.pid);
        grew = true;
      }
    }
  }
  const members = processes.filter((process) => tree.has(process.pid));
  return members.length ? members.reduce((sum, process) => sum + process.rss, 0) : undefined;
}
