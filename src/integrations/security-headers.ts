import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../site/security-policy.ts';

/**
 * Writes `dist/_headers` from the one policy definition (src/site/security-policy.ts) and the
 * cache rules for the files built (src/site/cache-policy.ts). Listed after the Pagefind
 * integration in astro.config.mjs, so the index is in place when the files are listed.
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'kooperationsatlas:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) =>
            `${entry.parentPath}/${entry.name}`.slice(outDir.length).replace(/^\/+/, ''),
          );
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(files));
        logger.info(
          '_headers mit Content-Security-Policy, Sicherheits-Headern und Cache-Regeln geschrieben.',
        );
      },
    },
  };
}
