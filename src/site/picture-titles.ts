/**
 * The pictures' names, one place for all: the page heading, the breadcrumb and every link to
 * a picture use these, so a reader meets each picture under one name.
 */
export const PICTURES = {
  overview: { name: 'Übersicht', title: 'Übersicht: wer mit wem zusammenarbeitet' },
  timeline: { name: 'Zeitleiste', title: 'Zeitleiste: Initiativen und Pressemitteilungen' },
  matrix: {
    name: 'Handlungsfelder-Matrix',
    title: 'Handlungsfelder-Matrix: Initiativen und Netzwerke nach Handlungsfeld',
  },
  memberships: {
    name: 'Mitgliedschaften',
    title: 'Mitgliedschaften: wer in welchem Netzwerk ist',
  },
} as const;
