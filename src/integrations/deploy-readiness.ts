import type { AstroIntegration } from 'astro';
import {
  deployProblems,
  incompleteSiteMessage,
  repositoryPlaceholderWarning,
  settingsRequired,
  type DeploySite,
} from '../site/deploy-readiness.ts';

/**
 * The deployment's build (`KA_REQUIRE_SETTINGS=1`, set in .github/workflows/deploy.yml) fails
 * before anything is built while an operator detail is missing or an address is a placeholder;
 * other builds warn in one line about the repository address (the operator details and the site
 * address have warnings of their own).
 */
export default function deployReadiness(
  site: DeploySite,
  env: Record<string, string | undefined> = process.env,
): AstroIntegration {
  return {
    name: 'kooperationsatlas:deploy-readiness',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (settingsRequired(env)) {
          const problems = deployProblems(site);
          if (problems.length) {
            const error = new Error(incompleteSiteMessage(problems));
            // The message says what to set; a stack trace would only bury it.
            error.stack = '';
            throw error;
          }
          return;
        }
        const warning = repositoryPlaceholderWarning(site);
        if (warning) logger.warn(warning);
      },
    },
  };
}
