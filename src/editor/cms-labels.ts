import { ACTOR_KIND } from '../schemas/actor.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';

/**
 * German names of the frontmatter fields, as the form editor shows them above each input.
 * The schemas describe a field (its hint), but name it only by its key; a key missing here
 * makes the generated CMS configuration throw, so a new field cannot reach the form unnamed.
 * `parent.child` names a field inside a list item where the bare name would mislead.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Titel',
  summary: 'Kurzbeschreibung',
  body: 'Text',
  sources: 'Quellen',
  'sources.title': 'Titel der Quelle',
  'sources.publisher': 'Herausgeber der Quelle',
  'sources.date': 'Datum der Quelle',
  'sources.url': 'Webadresse der Quelle',
  aliases: 'Frühere Slugs',
  updated: 'Zuletzt inhaltlich geändert',
  draft: 'Entwurf (nicht veröffentlichen)',
  facts: 'Kennzahlen',
  'facts.label': 'Bezeichnung',
  'facts.value': 'Wert',
  'facts.asOf': 'Stand',
  'facts.source': 'Nummer der Quelle',
  status: 'Stand',
  started: 'Beginn',
  ended: 'Ende',
  leads: 'Träger',
  partners: 'Beteiligte',
  actionFields: 'Handlungsfelder',
  areas: 'Gebiet',
  website: 'Website',
  form: 'Rechtsform oder Art',
  founded: 'Gründung',
  members: 'Mitglieder',
  ref: 'Eintrag',
  role: 'Rolle',
  since: 'Seit',
  note: 'Anmerkung',
  source: 'Nummer der Quelle',
  sdgs: 'UN-Nachhaltigkeitsziele',
  related: 'Verwandte Handlungsfelder',
  kind: 'Art',
  ags: 'Amtlicher Gemeindeschlüssel',
  parent: 'Gehört zu',
  date: 'Datum',
  publisher: 'Herausgeber',
  about: 'Worum es geht',
  place: 'Ortsmarke',
};

/** German labels of every enumerated field's values, the same the pages show. */
export const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  status: INITIATIVE_STATUS,
  kind: ACTOR_KIND,
  form: NETWORK_FORM,
};

/** The label of `field` inside `parent` (a list field), or of the field itself. */
export function fieldLabel(field: string, parent?: string): string {
  const label = (parent && FIELD_LABELS[`${parent}.${field}`]) ?? FIELD_LABELS[field];
  if (!label)
    throw new Error(
      `No German label for field ${parent ? `${parent}.` : ''}${field} in cms-labels.ts`,
    );
  return label;
}
