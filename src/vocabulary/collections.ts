/**
 * The five collections of the knowledge base: folder, URL segment and German names.
 * This table is the single source for everything that depends on a collection's name.
 */
export const COLLECTION_NAMES = [
  'initiatives',
  'networks',
  'action-fields',
  'actors',
  'press-releases',
] as const;

export type CollectionName = (typeof COLLECTION_NAMES)[number];

export interface CollectionInfo {
  /** Folder below `content/`. */
  folder: string;
  /** First URL segment of the collection's pages. */
  segment: string;
  singular: string;
  plural: string;
  /** One sentence for the index page. */
  intro: string;
}

export const COLLECTIONS: Record<CollectionName, CollectionInfo> = {
  initiatives: {
    folder: 'initiatives',
    segment: 'initiativen',
    singular: 'Initiative',
    plural: 'Initiativen',
    intro:
      'Vorhaben, Projekte und Programme, mit denen Kommunen und Partner gemeinsam etwas bewegen.',
  },
  networks: {
    folder: 'networks',
    segment: 'netzwerke',
    singular: 'Netzwerk',
    plural: 'Netzwerke',
    intro:
      'Vereine, Gesellschaften, Bündnisse und Arbeitsgemeinschaften, in denen Akteure dauerhaft zusammenarbeiten.',
  },
  'action-fields': {
    folder: 'action-fields',
    segment: 'handlungsfelder',
    singular: 'Handlungsfeld',
    plural: 'Handlungsfelder',
    intro: 'Die Themen, an denen Initiativen und Netzwerke arbeiten.',
  },
  actors: {
    folder: 'actors',
    segment: 'akteure',
    singular: 'Akteur',
    plural: 'Akteure',
    intro: 'Kommunen, Landkreise, Behörden, Verbände, Unternehmen und Hochschulen.',
  },
  'press-releases': {
    folder: 'press-releases',
    segment: 'presse',
    singular: 'Pressemitteilung',
    plural: 'Pressemitteilungen',
    intro: 'Mitteilungen und Berichte über die Zusammenarbeit in der Region, die neuesten zuerst.',
  },
};

const byFolder = new Map(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].folder, name]));

export function collectionOfFolder(folder: string): CollectionName | undefined {
  return byFolder.get(folder);
}
