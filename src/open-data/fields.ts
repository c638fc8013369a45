import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';
import { SLUG_PATTERN } from '../vocabulary/slugs.ts';

/**
 * The fields of the open-data files, per collection, in one table: the JSON records, the CSV
 * columns, the JSON Schemas and the Table Schemas of datapackage.json are all derived from
 * it, so a field is described once. A unit test checks it against the content schemas.
 */
export type FieldKind =
  | 'text'
  | 'date'
  | 'url'
  | 'code'
  | 'ags'
  | 'slug'
  | 'slugs'
  | 'integer'
  | 'integers'
  | 'members'
  | 'sources'
  | 'facts';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** German column heading of the spreadsheet file (.xlsx), as the site words it. */
  heading: string;
  /** German description for the schemas and the /daten/ page. */
  description: string;
  required?: boolean;
  /** For `code`: the allowed values with their German labels. */
  values?: Readonly<Record<string, string>>;
  /** For `integers`: smallest and largest value. */
  range?: readonly [number, number];
}

/** Separator of list values in a CSV cell; slugs and numbers never contain it. */
export const LIST_SEPARATOR = ';';

/** Dates as editors write them: the day or the month may be missing. */
export const PARTIAL_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
export const SLUG_PATTERN_SOURCE = SLUG_PATTERN.source;

const labelled = (values: Readonly<Record<string, string>>) =>
  Object.entries(values)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');

const HEAD: FieldSpec[] = [
  {
    name: 'slug',
    kind: 'slug',
    heading: 'Kennung (Slug)',
    required: true,
    description: 'Kennung des Eintrags, eindeutig über alle Arten; Teil der Adresse.',
  },
  {
    name: 'url',
    kind: 'url',
    heading: 'Adresse im Atlas',
    required: true,
    description: 'Adresse der Seite des Eintrags im Atlas.',
  },
  { name: 'title', kind: 'text', heading: 'Titel', required: true, description: 'Anzeigename.' },
  {
    name: 'summary',
    kind: 'text',
    heading: 'Kurzbeschreibung',
    required: true,
    description: 'Kurzbeschreibung in ein oder zwei Sätzen.',
  },
];

const website: FieldSpec = {
  name: 'website',
  kind: 'url',
  heading: 'Website',
  description: 'Eigene Webadresse.',
};
const facts: FieldSpec = {
  name: 'facts',
  kind: 'facts',
  heading: 'Kennzahlen',
  description: 'Datierte Kennzahlen: label, value, asOf, source (Nummer der Quelle).',
};
const sources: FieldSpec = {
  name: 'sources',
  kind: 'sources',
  heading: 'Quellen',
  description: 'Quellen der Angaben: title, publisher, date, url.',
};
const actionFields = (required: boolean): FieldSpec => ({
  name: 'actionFields',
  kind: 'slugs',
  heading: 'Handlungsfelder',
  required,
  description: 'Handlungsfelder (Slugs).',
});
const areas: FieldSpec = {
  name: 'areas',
  kind: 'slugs',
  heading: 'Gebiet',
  description: 'Gebiet: Slugs von Akteuren (Kommune, Landkreis, Region, Land).',
};

const TAIL: FieldSpec[] = [
  {
    name: 'aliases',
    kind: 'slugs',
    heading: 'Frühere Kennungen',
    description: 'Frühere Slugs; ihre Adressen leiten auf den Eintrag weiter.',
  },
  {
    name: 'updated',
    kind: 'date',
    heading: 'Zuletzt bearbeitet',
    description:
      'Letzte inhaltliche Änderung: Angabe der Redaktion, sonst Datum des letzten Commits der Datei.',
  },
];

export const COLLECTION_FIELDS: Record<CollectionName, readonly FieldSpec[]> = {
  initiatives: [
    ...HEAD,
    {
      name: 'status',
      kind: 'code',
      heading: 'Stand',
      required: true,
      values: INITIATIVE_STATUS,
      description: `Stand: ${labelled(INITIATIVE_STATUS)}.`,
    },
    { name: 'started', kind: 'date', heading: 'Beginn', description: 'Beginn.' },
    { name: 'ended', kind: 'date', heading: 'Ende', description: 'Ende.' },
    {
      name: 'leads',
      kind: 'slugs',
      heading: 'Träger',
      required: true,
      description: 'Träger: Slugs von Akteuren oder Netzwerken.',
    },
    {
      name: 'partners',
      kind: 'slugs',
      heading: 'Beteiligte',
      description: 'Beteiligte: Slugs von Akteuren oder Netzwerken.',
    },
    actionFields(true),
    areas,
    website,
    facts,
    sources,
    ...TAIL,
  ],
  networks: [
    ...HEAD,
    {
      name: 'form',
      kind: 'code',
      heading: 'Organisationsform',
      required: true,
      values: NETWORK_FORM,
      description: `Rechtsform oder Art: ${labelled(NETWORK_FORM)}.`,
    },
    { name: 'founded', kind: 'date', heading: 'Gegründet', description: 'Gründung.' },
    {
      name: 'leads',
      kind: 'slugs',
      heading: 'Träger',
      description:
        'Träger oder Gründer, die nicht Mitglied sind: Slugs von Akteuren oder Netzwerken.',
    },
    {
      name: 'members',
      kind: 'members',
      heading: 'Mitglieder',
      description: 'Mitglieder: ref (Slug eines Akteurs oder Netzwerks), role, since, note.',
    },
    {
      name: 'partners',
      kind: 'members',
      heading: 'Beteiligte',
      description:
        'Beteiligte, die nicht Mitglied sind: ref (Slug eines Akteurs oder Netzwerks), role, since, note.',
    },
    actionFields(false),
    areas,
    website,
    facts,
    sources,
    ...TAIL,
  ],
  'action-fields': [
    ...HEAD,
    {
      name: 'sdgs',
      kind: 'integers',
      heading: 'UN-Nachhaltigkeitsziele',
      range: [1, 17],
      description: 'Nummern der UN-Nachhaltigkeitsziele (1 bis 17).',
    },
    {
      name: 'related',
      kind: 'slugs',
      heading: 'Verwandte Handlungsfelder',
      description: 'Verwandte Handlungsfelder (Slugs).',
    },
    facts,
    sources,
    ...TAIL,
  ],
  actors: [
    ...HEAD,
    {
      name: 'kind',
      kind: 'code',
      heading: 'Art',
      required: true,
      values: ACTOR_KIND,
      description: `Art: ${labelled(ACTOR_KIND)}.`,
    },
    {
      name: 'ags',
      kind: 'ags',
      heading: 'Amtlicher Gemeindeschlüssel',
      description:
        'Amtlicher Gemeindeschlüssel: 2 (Land), 5 (Landkreis, Region) oder 8 Ziffern (Gemeinde).',
    },
    {
      name: 'parent',
      kind: 'slug',
      heading: 'Übergeordnet',
      description: 'Übergeordneter Akteur (Slug).',
    },
    website,
    facts,
    sources,
    ...TAIL,
  ],
  'press-releases': [
    ...HEAD,
    {
      name: 'date',
      kind: 'date',
      heading: 'Datum',
      required: true,
      description: 'Datum der Mitteilung; wo die Quelle nur Monat oder Jahr nennt, nur diese.',
    },
    {
      name: 'publisher',
      kind: 'slug',
      heading: 'Herausgeber',
      required: true,
      description: 'Herausgeber: Slug eines Akteurs oder Netzwerks.',
    },
    {
      name: 'about',
      kind: 'slugs',
      heading: 'Worum es geht',
      required: true,
      description:
        'Worum es geht: Slugs von Initiativen, Netzwerken, Handlungsfeldern oder Akteuren.',
    },
    { name: 'place', kind: 'text', heading: 'Ort', description: 'Ort der Mitteilung.' },
    { ...sources, required: true },
    ...TAIL,
  ],
};

/** Fields that are nested lists of objects: complete in JSON, left out of the CSV (one row per entry). */
const JSON_ONLY: ReadonlySet<FieldKind> = new Set(['sources', 'facts']);

/** CSV columns: every field but the nested ones; members become their slugs. */
export function csvFields(collection: CollectionName): readonly FieldSpec[] {
  return COLLECTION_FIELDS[collection].filter((field) => !JSON_ONLY.has(field.kind));
}

/**
 * The facts table (kennzahlen.*): one row per dated fact of any entry, with its source spelled
 * out. The value stays as the source writes it, unit included ("60.000 € pro Jahr"): the
 * knowledge base has no separate unit, and splitting one off would be guessing.
 */
const COLLECTION_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, info]) => [name, info.singular]),
);

export const FACT_FIELDS: readonly FieldSpec[] = [
  {
    name: 'entry',
    kind: 'slug',
    heading: 'Kennung des Eintrags',
    required: true,
    description: 'Slug des Eintrags, zu dem die Kennzahl gehört.',
  },
  {
    name: 'entryTitle',
    kind: 'text',
    heading: 'Eintrag',
    required: true,
    description: 'Titel dieses Eintrags.',
  },
  {
    name: 'collection',
    kind: 'code',
    heading: 'Art des Eintrags',
    required: true,
    values: COLLECTION_LABELS,
    description: `Art des Eintrags: ${labelled(COLLECTION_LABELS)}.`,
  },
  {
    name: 'position',
    kind: 'integer',
    heading: 'Nr.',
    required: true,
    range: [1, Number.MAX_SAFE_INTEGER],
    description: 'Stelle der Kennzahl in der Liste des Eintrags, die erste ist 1.',
  },
  {
    name: 'label',
    kind: 'text',
    heading: 'Kennzahl',
    required: true,
    description: 'Was die Zahl bedeutet, z. B. „Mitglieder“.',
  },
  {
    name: 'value',
    kind: 'text',
    heading: 'Wert',
    required: true,
    description: 'Der Wert mit Einheit, wie er in der Quelle steht, z. B. „60.000 € pro Jahr“.',
  },
  { name: 'asOf', kind: 'date', heading: 'Stand der Angabe', description: 'Stand des Werts.' },
  {
    name: 'sourceTitle',
    kind: 'text',
    heading: 'Quelle',
    description: 'Titel der Quelle, die die Kennzahl belegt.',
  },
  {
    name: 'sourcePublisher',
    kind: 'text',
    heading: 'Herausgeber der Quelle',
    description: 'Wer die Quelle veröffentlicht hat.',
  },
  {
    name: 'sourceDate',
    kind: 'date',
    heading: 'Datum der Quelle',
    description: 'Datum der Quelle.',
  },
  {
    name: 'sourceUrl',
    kind: 'url',
    heading: 'Adresse der Quelle',
    description: 'Webadresse der Quelle.',
  },
];
