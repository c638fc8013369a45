import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, KnowledgeBaseError, type Problem } from '../lib/errors.ts';
import type { Removal, RemovalSource } from '../lib/sanitize.ts';
import { removalReporter } from '../lib/sanitize-report.ts';

/**
 * Tells the editor what the HTML sanitiser removed: a warning per removal with file and
 * line while previewing (`npm run dev`, local builds), and in CI (`CI=true`, set by GitHub
 * Actions and most CI services) a failed build listing every removal. Removed markup means
 * the page says less than the file, silently; in a pull request nobody reads build logs, and
 * nothing a reader needs is lost by deleting the markup from the file, so CI insists on it.
 */
export function htmlRemovals(): { report: (removal: Removal, source: RemovalSource) => void; integration: AstroIntegration } {
  const problems: Problem[] = [];
  let logger: AstroIntegrationLogger | undefined;
  let toProblem = removalReporter(process.cwd());
  const strict = /^(1|true)$/i.test(process.env['CI'] ?? '');
  return {
    report(removal, source) {
      const problem = toProblem(removal, source);
      problems.push(problem);
      if (logger) logger.warn(formatProblem(problem));
      else console.warn(formatProblem(problem));
    },
    integration: {
      name: 'kooperationsatlas:html-removals',
      hooks: {
        'astro:config:setup': ({ config, logger: astroLogger }) => {
          toProblem = removalReporter(path.resolve(fileURLToPath(config.root)));
          logger = astroLogger;
        },
        'astro:build:done': () => {
          if (strict && problems.length) throw new KnowledgeBaseError(problems);
        },
      },
    },
  };
}
