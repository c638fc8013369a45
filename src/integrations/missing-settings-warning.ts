import type { AstroIntegration } from 'astro';
import { missingSettings, missingSettingsWarning } from '../site/operator-settings.ts';
import { SITE } from '../site.config.ts';

/** Warns on every build while operator details for Impressum, Datenschutz and Barrierefreiheit are unset. */
export default function siteSettings(): AstroIntegration {
  return {
    name: 'kooperationsatlas:site-settings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = missingSettingsWarning(missingSettings(SITE));
        if (warning) logger.warn(warning);
      },
    },
  };
}
