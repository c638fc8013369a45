import { COLLECTIONS } from '../lib/collections.ts';
import { formatDate, type PartialDate } from '../lib/dates.ts';
import { suggestSlug, type Slug } from '../lib/slugs.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';
import type { Atlas, AtlasEntry } from './atlas.ts';

/** Presentation helpers: turn an entry's data into German labels and rows for the templates. */
export function kindLabel(item: AtlasEntry): string {
  const data = item.entry.data as Record<string, unknown>;
  switch (item.collection) {
    case 'actors':
      return ACTOR_KIND[data['kind'] as keyof typeof ACTOR_KIND];
    case 'networks':
      return NETWORK_FORM[data['form'] as keyof typeof NETWORK_FORM];
    default:
      return COLLECTIONS[item.collection].singular;
  }
}

export function statusLabel(status: string): string {
  return INITIATIVE_STATUS[status as keyof typeof INITIATIVE_STATUS] ?? status;
}

export interface AttributeRow {
  label: string;
  value: string;
  href?: string;
}

/** The key attributes shown under an entry's title, in reading order. */
export function attributeRows(atlas: Atlas, item: AtlasEntry): AttributeRow[] {
  const data = item.entry.data as Record<string, unknown>;
  const rows: AttributeRow[] = [];
  // The kind of entry stands above the title; repeat it here only where it says more (Verein, Landkreis …).
  const kind = kindLabel(item);
  if (kind !== COLLECTIONS[item.collection].singular) rows.push({ label: item.collection === 'networks' ? 'Organisationsform' : 'Art', value: kind });
  const date = (label: string, key: string) => {
    if (typeof data[key] === 'string') rows.push({ label, value: formatDate(data[key] as PartialDate) });
  };
  if (item.collection === 'initiatives') rows.push({ label: 'Stand', value: statusLabel(data['status'] as string) });
  date('Beginn', 'started');
  date('Ende', 'ended');
  date('Gegründet', 'founded');
  date('Datum', 'date');
  if (typeof data['publisher'] === 'string') {
    const publisher = atlas.get(data['publisher'] as Slug);
    rows.push({ label: 'Herausgeber', value: publisher.title, href: publisher.url });
  }
  if (typeof data['place'] === 'string') rows.push({ label: 'Ort', value: data['place'] });
  if (typeof data['ags'] === 'string') rows.push({ label: 'Amtlicher Gemeindeschlüssel', value: data['ags'] });
  if (Array.isArray(data['sdgs']) && data['sdgs'].length) {
    rows.push({ label: 'UN-Nachhaltigkeitsziele', value: (data['sdgs'] as number[]).map((goal) => `SDG ${goal}`).join(', ') });
  }
  if (typeof data['website'] === 'string') rows.push({ label: 'Website', value: hostOf(data['website']), href: data['website'] });
  return rows;
}

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** Anchor of a related-entries section, so other pages can link straight to it. */
export function relatedSectionId(label: string): string {
  return `bezug-${suggestSlug(label)}`;
}
