import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The date of the last commit that touched each file below `directory`, from a single
 * `git log` (newest first, so the first mention of a file wins). Outside a Git checkout,
 * or for files never committed, there is no date, and pages show none.
 */
export function lastCommitDates(directory: string): Map<string, string> {
  const dates = new Map<string, string>();
  let output: string;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    output = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', '.'], {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    for (const block of output.split('\0')) {
      const [date, ...files] = block.split('\n').filter(Boolean);
      if (!date) continue;
      for (const file of files) {
        const absolute = path.join(root, file);
        if (!dates.has(absolute)) dates.set(absolute, date);
      }
    }
  } catch {
    return dates;
  }
  return dates;
}
