import type { CollectionName } from '../vocabulary/collections.ts';
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
  | 'integers'
  | 'members'
  | 'sources'
  | 'facts';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
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
    required: true,
    description: 'Kennung des Eintrags, eindeutig über alle Arten; Teil der Adresse.',
  },
  {
    name: 'url',
    kind: 'url',
    required: true,
    description: 'Adresse der Seite des Eintrags im Atlas.',
  },
  { name: 'title', kind: 'text', required: true, description: 'Anzeigename.' },
  {
    name: 'summary',
    kind: 'text',
    required: true,
    description: 'Kurzbeschreibung in ein oder zwei Sätzen.',
  },
];

const website: FieldSpec = { name: 'website', kind: 'url', description: 'Eigene Webadresse.' };
const facts: FieldSpec = {
  name: 'facts',
  kind: 'facts',
  description: 'Datierte Kennzahlen: label, value, asOf, source (Nummer der Quelle).',
};
const sources: FieldSpec = {
  name: 'sources',
  kind: 'sources',
  description: 'Quellen der Angaben: title, publisher, date, url.',
};
const actionFields = (required: boolean): FieldSpec => ({
  name: 'actionFields',
  kind: 'slugs',
  required,
  description: 'Handlungsfelder (Slugs).',
});
const areas: FieldSpec = {
  name: 'areas',
  kind: 'slugs',
  description: 'Gebiet: Slugs von Akteuren (Kommune, Landkreis, Region, Land).',
};

const TAIL: FieldSpec[] = [
  {
    name: 'aliases',
    kind: 'slugs',
    description: 'Frühere Slugs; ihre Adressen leiten auf den Eintrag weiter.',
  },
  {
    name: 'updated',
    kind: 'date',
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
      required: true,
      values: INITIATIVE_STATUS,
      description: `Stand: ${labelled(INITIATIVE_STATUS)}.`,
    },
    { name: 'started', kind: 'date', description: 'Beginn.' },
    { name: 'ended', kind: 'date', description: 'Ende.' },
    {
      name: 'leads',
      kind: 'slugs',
      required: true,
      description: 'Träger: Slugs von Akteuren oder Netzwerken.',
    },
    {
      name: 'partners',
      kind: 'slugs',
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
      required: true,
      values: NETWORK_FORM,
      description: `Rechtsform oder Art: ${labelled(NETWORK_FORM)}.`,
    },
    { name: 'founded', kind: 'date', description: 'Gründung.' },
    {
      name: 'leads',
      kind: 'slugs',
      description:
        'Träger oder Gründer, die nicht Mitglied sind: Slugs von Akteuren oder Netzwerken.',
    },
    {
      name: 'members',
      kind: 'members',
      description: 'Mitglieder: ref (Slug eines Akteurs oder Netzwerks), role, since, note.',
    },
    {
      name: 'partners',
      kind: 'members',
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
      range: [1, 17],
      description: 'Nummern der UN-Nachhaltigkeitsziele (1 bis 17).',
    },
    { name: 'related', kind: 'slugs', description: 'Verwandte Handlungsfelder (Slugs).' },
    facts,
    sources,
    ...TAIL,
  ],
  actors: [
    ...HEAD,
    {
      name: 'kind',
      kind: 'code',
      required: true,
      values: ACTOR_KIND,
      description: `Art: ${labelled(ACTOR_KIND)}.`,
    },
    {
      name: 'ags',
      kind: 'ags',
      description:
        'Amtlicher Gemeindeschlüssel: 2 (Land), 5 (Landkreis, Region) oder 8 Ziffern (Gemeinde).',
    },
    { name: 'parent', kind: 'slug', description: 'Übergeordneter Akteur (Slug).' },
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
      required: true,
      description: 'Datum der Mitteilung; wo die Quelle nur Monat oder Jahr nennt, nur diese.',
    },
    {
      name: 'publisher',
      kind: 'slug',
      required: true,
      description: 'Herausgeber: Slug eines Akteurs oder Netzwerks.',
    },
    {
      name: 'about',
      kind: 'slugs',
      required: true,
      description:
        'Worum es geht: Slugs von Initiativen, Netzwerken, Handlungsfeldern oder Akteuren.',
    },
    { name: 'place', kind: 'text', description: 'Ort der Mitteilung.' },
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
