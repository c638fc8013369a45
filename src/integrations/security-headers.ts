import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/security-policy.ts';

/** Writes `dist/_headers` from the one policy definition (src/site/security-policy.ts). */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'kooperationsatlas:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        logger.info('_headers mit Content-Security-Policy und Sicherheits-Headern geschrieben.');
      },
    },
  };
}
