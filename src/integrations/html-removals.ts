import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, KnowledgeBaseError, type Problem } from '../lib/errors.ts';
import type { RemovalReport } from '../lib/sanitize.ts';
import { removalProblems } from '../lib/sanitize-report.ts';

/**
 * Tells the editor what the HTML sanitiser removed: a warning per removal with file and
 * line while previewing (`npm run dev`, local builds), and in CI (`CI=true`, set by GitHub
 * Actions and most CI services) a failed build listing every removal. Removed markup means
 * the page says less than the file, silently; in a pull request nobody reads build logs, and
 * nothing a reader needs is lost by deleting the markup from the file, so CI insists on it.
 */
export function htmlRemovals(): { report: (report: RemovalReport) => void; integration: AstroIntegration } {
  const problems: Problem[] = [];
  let logger: AstroIntegrationLogger | undefined;
  let root = process.cwd();
  const strict = /^(1|true)$/i.test(process.env['CI'] ?? '');
  return {
    report(report) {
      for (const problem of removalProblems(report, root)) {
        problems.push(problem);
        if (logger) logger.warn(formatProblem(problem));
        else console.warn(formatProblem(problem));
      }
    },
    integration: {
      name: 'kooperationsatlas:html-removals',
      hooks: {
        'astro:config:setup': ({ config, logger: astroLogger }) => {
          root = path.resolve(fileURLToPath(config.root));
          logger = astroLogger;
        },
        'astro:build:done': () => {
          if (strict && problems.length) throw new KnowledgeBaseError(problems);
        },
      },
    },
  };
}
