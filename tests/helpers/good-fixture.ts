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
export const INDEX_PAGES = ['/', '/initiativen/', '/netzwerke/', '/handlungsfelder/', '/akteure/', '/presse/'];
