/** The published entries of tests/fixtures/good and their pages, written down once by hand. */
export const GOOD_FIXTURE_ENTRY_PAGES = [
  '/akteure/land-beispiel/',
  '/akteure/landkreis-nord/',
  '/akteure/stadt-a/',
  '/akteure/hochschule-nord/',
  '/netzwerke/verein-a/',
  '/handlungsfelder/mobilitaet/',
  '/handlungsfelder/klima/',
  '/initiativen/radprojekt/',
  '/initiativen/mdx-projekt/',
  '/presse/pm-2023/',
  '/presse/pm-2022/',
  '/presse/pm-2019-05/',
];

/** The index pages every build has. */
export const INDEX_PAGES = [
  '/',
  '/initiativen/',
  '/netzwerke/',
  '/handlungsfelder/',
  '/akteure/',
  '/presse/',
];

/** Every operator detail the legal pages and the open data need, each set through its environment variable. */
export const OPERATOR_ENV = {
  KA_OPERATOR_NAME: 'Testbetreiber e. V.',
  KA_OPERATOR_ADDRESS: 'Teststraße 1|30000 Teststadt',
  KA_OPERATOR_EMAIL: 'kontakt@betreiber.example',
  KA_OPERATOR_PHONE: '+49 511 000000',
  KA_OPERATOR_REPRESENTATIVE: 'Vorstand Test',
  KA_CONTENT_RESPONSIBLE: 'Redaktion Test, Teststraße 1, 30000 Teststadt',
  KA_HOSTING_PROVIDER: 'Testhoster GmbH',
  KA_ACCESS_LOGS: 'IP-Adresse gekürzt, 7 Tage',
  KA_PRIVACY_LEGAL_BASIS: 'Art. 6 Abs. 1 lit. e DSGVO',
  KA_PRIVACY_SUPERVISORY_AUTHORITY: 'Testaufsicht',
  KA_ACCESSIBILITY_STATEMENT_DATE: '2026-11-30',
  KA_ACCESSIBILITY_ENFORCEMENT_BODY: 'Teststelle für Barrierefreiheit',
  KA_DCAT_CONTRIBUTOR_ID: 'http://dcat-ap.de/def/contributors/test',
  KA_DCAT_SPATIAL: 'http://dcat-ap.de/def/politicalGeocoding/districtKey/03241',
};

/** The site address of a deployment in the tests. */
export const DEPLOYED_SITE_URL = 'https://atlas.test';

/**
 * A build as a deployment makes it (.github/workflows/deploy.yml): its public address, the
 * repository's, every operator detail set, and the flag that fails the build while one is
 * missing. The good fixture is built twice, like this and as shipped (nothing set):
 * tests/build/trust.test.ts compares the two, tests/build/discovery.test.ts reads the addresses
 * of the deployed one.
 */
export const DEPLOYMENT_ENV = {
  SITE_URL: DEPLOYED_SITE_URL,
  REPOSITORY_URL: 'https://git.test/kooperationsatlas',
  KA_REQUIRE_SETTINGS: '1',
  ...OPERATOR_ENV,
};
