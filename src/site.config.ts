/**
 * Site-wide settings, in one place. The deployment sets SITE_URL and REPOSITORY_URL;
 * the defaults are placeholders under the reserved `.example` domain, not real addresses.
 *
 * Who runs the atlas is the operator's to say: every operator detail below comes from an
 * environment variable and stays `undefined` until it is set. The legal pages then show a
 * visible placeholder („[Angabe fehlt: …]“) and the build warns
 * (src/integrations/missing-settings-warning.ts).
 */
const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

export const SITE = {
  title: 'Kooperationsatlas',
  description:
    'Regionale Zusammenarbeit in der Region Hannover und in Niedersachsen: Initiativen, Netzwerke, Handlungsfelder, Akteure und Pressemitteilungen.',
  url: env('SITE_URL') ?? 'https://kooperationsatlas.example',
  repository: {
    url: env('REPOSITORY_URL') ?? 'https://git.example/kooperationsatlas',
    branch: env('REPOSITORY_BRANCH') ?? 'main',
  },
  /**
   * Licence of the content and of the open data built from it; README, CONTRIBUTING.md,
   * content/README.md and the site footer name it (a unit test keeps them in step).
   */
  contentLicense: {
    id: 'CC-BY-4.0',
    name: 'Creative Commons Namensnennung 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    attribution:
      'Kooperationsatlas – Regionale Zusammenarbeit in der Region Hannover und Niedersachsen',
  },
  /** Folder of the knowledge base, relative to the project root; tests point it at fixtures. */
  contentDir: process.env['KA_CONTENT_DIR'] ?? 'content',
  /** Anbieter nach § 5 DDG und Verantwortlicher nach Art. 4 Nr. 7 DSGVO. */
  operator: {
    name: env('KA_OPERATOR_NAME'),
    /** Postal address; lines separated by „|“ in the variable, e.g. `Musterstraße 1|12345 Musterstadt`. */
    address: env('KA_OPERATOR_ADDRESS'),
    email: env('KA_OPERATOR_EMAIL'),
    phone: env('KA_OPERATOR_PHONE'),
    /** Vertretungsberechtigte Person(en), e.g. for a public body or an association. */
    representative: env('KA_OPERATOR_REPRESENTATIVE'),
    /** Inhaltlich verantwortlich nach § 18 Abs. 2 MStV: name and address. */
    contentResponsible: env('KA_CONTENT_RESPONSIBLE'),
    /** Supervisory authority, register entry or VAT ID, where the operator has one. */
    supervisoryAuthority: env('KA_OPERATOR_SUPERVISORY_AUTHORITY'),
    register: env('KA_OPERATOR_REGISTER'),
    vatId: env('KA_OPERATOR_VAT_ID'),
  },
  privacy: {
    /** Datenschutzbeauftragte(r), where the operator must name one. */
    dataProtectionOfficer: env('KA_DATA_PROTECTION_OFFICER'),
    /** Who hosts the site and keeps the web server's access logs (name and address). */
    hostingProvider: env('KA_HOSTING_PROVIDER'),
    /** What the access logs hold and how long they are kept, as the hosting contract says. */
    accessLogs: env('KA_ACCESS_LOGS'),
    /** Legal basis of the access logs, which depends on who the operator is (e.g. Art. 6 Abs. 1 lit. e or f DSGVO). */
    legalBasis: env('KA_PRIVACY_LEGAL_BASIS'),
    /** Data protection authority responsible for the operator. */
    supervisoryAuthority: env('KA_PRIVACY_SUPERVISORY_AUTHORITY'),
  },
  accessibility: {
    /** Date of the statement (JJJJ-MM-TT) and of the last review. */
    statementDate: env('KA_ACCESSIBILITY_STATEMENT_DATE'),
    /** Contact for accessibility feedback; falls back to the operator's e-mail address. */
    feedbackContact: env('KA_ACCESSIBILITY_CONTACT'),
    /** The enforcement body (Schlichtungs- oder Durchsetzungsstelle) for the operator: name, address, web address. */
    enforcementBody: env('KA_ACCESSIBILITY_ENFORCEMENT_BODY'),
  },
  openData: {
    /** DCAT-AP.de contributor ID of the operator (http://dcat-ap.de/def/contributors/…), given by the portal that harvests. */
    dcatContributorId: env('KA_DCAT_CONTRIBUTOR_ID'),
    /**
     * Areas the atlas covers, as political geocoding URIs for `dct:spatial`, separated by spaces
     * or „|“, e.g. http://dcat-ap.de/def/politicalGeocoding/districtKey/03241.
     */
    dcatSpatial: env('KA_DCAT_SPATIAL'),
  },
} as const;
