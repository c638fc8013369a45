/**
 * The operator's settings that the legal pages need, with the environment variable that sets
 * each and the German label of its placeholder. Nothing here has a default: an unknown
 * operator detail stays visibly missing on the page, and the build warns, until it is set.
 */
export interface SettingSpec {
  /** Dotted path in SITE, e.g. `operator.name`. */
  key: string;
  variable: string;
  label: string;
  /** The page that shows it. */
  page: string;
}

export const REQUIRED_SETTINGS: readonly SettingSpec[] = [
  {
    key: 'operator.name',
    variable: 'KA_OPERATOR_NAME',
    label: 'Name des Anbieters',
    page: '/impressum/',
  },
  {
    key: 'operator.address',
    variable: 'KA_OPERATOR_ADDRESS',
    label: 'Anschrift des Anbieters',
    page: '/impressum/',
  },
  {
    key: 'operator.email',
    variable: 'KA_OPERATOR_EMAIL',
    label: 'E-Mail-Adresse des Anbieters',
    page: '/impressum/',
  },
  {
    key: 'operator.phone',
    variable: 'KA_OPERATOR_PHONE',
    label: 'Telefonnummer des Anbieters',
    page: '/impressum/',
  },
  {
    key: 'operator.representative',
    variable: 'KA_OPERATOR_REPRESENTATIVE',
    label: 'vertretungsberechtigte Person',
    page: '/impressum/',
  },
  {
    key: 'operator.contentResponsible',
    variable: 'KA_CONTENT_RESPONSIBLE',
    label: 'inhaltlich verantwortliche Person nach § 18 Abs. 2 MStV',
    page: '/impressum/',
  },
  {
    key: 'privacy.hostingProvider',
    variable: 'KA_HOSTING_PROVIDER',
    label: 'Hosting-Dienstleister',
    page: '/datenschutz/',
  },
  {
    key: 'privacy.accessLogs',
    variable: 'KA_ACCESS_LOGS',
    label: 'Inhalt und Speicherdauer der Server-Protokolle',
    page: '/datenschutz/',
  },
  {
    key: 'privacy.legalBasis',
    variable: 'KA_PRIVACY_LEGAL_BASIS',
    label: 'Rechtsgrundlage der Server-Protokolle',
    page: '/datenschutz/',
  },
  {
    key: 'privacy.supervisoryAuthority',
    variable: 'KA_PRIVACY_SUPERVISORY_AUTHORITY',
    label: 'zuständige Datenschutz-Aufsichtsbehörde',
    page: '/datenschutz/',
  },
  {
    key: 'accessibility.statementDate',
    variable: 'KA_ACCESSIBILITY_STATEMENT_DATE',
    label: 'Datum der Erklärung',
    page: '/barrierefreiheit/',
  },
  {
    key: 'accessibility.enforcementBody',
    variable: 'KA_ACCESSIBILITY_ENFORCEMENT_BODY',
    label: 'zuständige Schlichtungs- bzw. Durchsetzungsstelle',
    page: '/barrierefreiheit/',
  },
  {
    key: 'openData.dcatContributorId',
    variable: 'KA_DCAT_CONTRIBUTOR_ID',
    label: 'DCAT-AP.de-Kennung des Datenbereitstellers (contributorID)',
    page: '/daten/katalog.jsonld',
  },
  {
    key: 'openData.dcatSpatial',
    variable: 'KA_DCAT_SPATIAL',
    label: 'abgedecktes Gebiet als URIs der politischen Geokodierung (dct:spatial)',
    page: '/daten/katalog.jsonld',
  },
];

/** The placeholder a page or file shows where an unset setting belongs. */
export function missingSettingText(key: string): string {
  return `[Angabe fehlt: ${settingSpec(key).label}]`;
}

export function settingValue(site: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (value, part) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined,
      site,
    );
}

/** The required settings that are unset (or blank) in `site`. */
export function missingSettings(site: object): SettingSpec[] {
  return REQUIRED_SETTINGS.filter((spec) => {
    const value = settingValue(site, spec.key);
    return typeof value !== 'string' || value.trim() === '';
  });
}

export function settingSpec(key: string): SettingSpec {
  const spec = REQUIRED_SETTINGS.find((item) => item.key === key);
  if (!spec) throw new Error(`No setting ${key}`);
  return spec;
}

/** The warning the build prints while settings are missing; undefined when all are set. */
export function missingSettingsWarning(missing: readonly SettingSpec[]): string | undefined {
  if (!missing.length) return undefined;
  const lines = missing.map((spec) => `  - ${spec.label} (${spec.variable}) für ${spec.page}`);
  return `${missing.length} Angaben des Betreibers fehlen; die Seiten zeigen dort „[Angabe fehlt: …]“. Setzen Sie vor dem Veröffentlichen diese Umgebungsvariablen:\n${lines.join('\n')}`;
}
