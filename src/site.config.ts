/**
 * Site-wide settings, in one place. The deployment sets SITE_URL and REPOSITORY_URL;
 * the defaults are placeholders under the reserved `.example` domain, not real addresses.
 */
export const SITE = {
  title: 'Kooperationsatlas',
  description: 'Regionale Zusammenarbeit in der Region Hannover und in Niedersachsen: Initiativen, Netzwerke, Handlungsfelder, Akteure und Pressemitteilungen.',
  url: process.env['SITE_URL'] ?? 'https://kooperationsatlas.example',
  repository: {
    url: process.env['REPOSITORY_URL'] ?? 'https://git.example/kooperationsatlas',
    branch: process.env['REPOSITORY_BRANCH'] ?? 'main',
  },
  /**
   * Licence of the content and of the open data built from it; README, CONTRIBUTING.md,
   * content/README.md and the site footer name it (a unit test keeps them in step).
   */
  contentLicense: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    attribution: 'Kooperationsatlas – Regionale Zusammenarbeit in der Region Hannover und Niedersachsen',
  },
  /** Folder of the knowledge base, relative to the project root; tests point it at fixtures. */
  contentDir: process.env['KA_CONTENT_DIR'] ?? 'content',
} as const;
