import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface CommitDates {
  /** Absolute path → date of the last commit that touched the file (YYYY-MM-DD). */
  dates: Map<string, string>;
  /** Why the dates are missing or may be wrong, in German, for the build log; absent when all is well. */
  warning?: string;
}

/**
 * The date of the last commit that touched each file below `directory`, from a single
 * `git log` (newest first, so the first mention of a file wins). Files never committed have
 * no date, and pages show none. What keeps Git from dating the files is said, never swallowed:
 * outside a checkout there are no dates at all, and in a shallow clone every file would get
 * the date of the one commit there is.
 */
export function lastCommitDates(directory: string): CommitDates {
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    return {
      dates: new Map(),
      warning: `Kein Git-Verlauf für ${directory} (${firstLine(error)}): Seiten zeigen kein Änderungsdatum, die Sitemap kein lastmod.`,
    };
  }
  const dates = new Map<string, string>();
  for (const block of git([
    'log',
    '--format=%x00%cs',
    '--name-only',
    '--no-renames',
    '--',
    '.',
  ]).split('\0')) {
    const [date, ...files] = block.split('\n').filter(Boolean);
    if (!date) continue;
    for (const file of files) {
      const absolute = path.join(root, file);
      if (!dates.has(absolute)) dates.set(absolute, date);
    }
  }
  if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') {
    return {
      dates,
      warning:
        'Der Git-Klon ist flach (shallow): Dateien, deren letzte Änderung älter ist als der Klon, tragen das Datum seines ältesten Commits. Für richtige Änderungsdaten den ganzen Verlauf holen (git fetch --unshallow; in GitHub Actions actions/checkout mit fetch-depth: 0).',
    };
  }
  return { dates };
}

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text =
    typeof stderr === 'string' && stderr.trim()
      ? stderr
      : error instanceof Error
        ? error.message
        : String(error);
  return text.trim().split('\n')[0]!;
}
