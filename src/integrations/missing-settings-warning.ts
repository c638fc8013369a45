import type { AstroIntegration } from 'astro';
import { missingSettings } from '../site/operator-settings.ts';
import { SITE } from '../site.config.ts';

/**
 * Warns on every build while operator details for Impressum, Datenschutz and Barrierefreiheit
 * are unset: one line, naming the variables, so that it does not bury an editor's own messages
 * in a local build (the table with what each shows is in the README).
 */
export default function siteSettings(): AstroIntegration {
  return {
    name: 'kooperationsatlas:site-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const missing = missingSettings(SITE);
        if (!missing.length) return;
        const pages = [...new Set(missing.map((spec) => spec.page))].join(', ');
        logger.warn(
          `${missing.length} Angaben des Betreibers fehlen (${missing.map((spec) => spec.variable).join(', ')}); die Seiten ${pages} zeigen dort „[Angabe fehlt: …]“. Vor dem Veröffentlichen setzen, siehe README.md.`,
        );
      },
    },
  };
}
