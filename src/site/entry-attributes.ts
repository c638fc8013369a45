import { COLLECTIONS } from '../vocabulary/collections.ts';
import { formatDate, type PartialDate } from '../vocabulary/dates.ts';
import { kindLabel, statusLabel } from '../schemas/labels.ts';
import { suggestSlug } from '../vocabulary/slugs.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

export { kindLabel, statusLabel };

export interface AttributeRow {
  label: string;
  value: string;
  href?: string;
}

/** The key attributes shown under an entry's title, in reading order. */
export function attributeRows(atlas: Atlas, item: AtlasEntry): AttributeRow[] {
  const rows: AttributeRow[] = [];
  // The kind of entry stands above the title; repeat it here only where it says more (Verein,
  // Landkreis …).
  const kind = kindLabel(item);
  if (kind !== COLLECTIONS[item.collection].singular)
    rows.push({ label: item.collection === 'networks' ? 'Organisationsform' : 'Art', value: kind });
  const date = (label: string, value: PartialDate | undefined) => {
    if (value !== undefined) rows.push({ label, value: formatDate(value) });
  };
  switch (item.collection) {
    case 'initiatives':
      rows.push({ label: 'Stand', value: statusLabel(item.data.status) });
      date('Beginn', item.data.started);
      date('Ende', item.data.ended);
      break;
    case 'networks':
      date('Gegründet', item.data.founded);
      break;
    case 'press-releases': {
      date('Datum', item.data.date);
      const publisher = atlas.get(item.data.publisher);
      rows.push({ label: 'Herausgeber', value: publisher.title, href: publisher.url });
      if (item.data.place) rows.push({ label: 'Ort', value: item.data.place });
      break;
    }
    case 'actors':
      if (item.data.ags) rows.push({ label: 'Amtlicher Gemeindeschlüssel', value: item.data.ags });
      break;
    case 'action-fields':
      if (item.data.sdgs?.length)
        rows.push({
          label: 'UN-Nachhaltigkeitsziele',
          value: item.data.sdgs.map((goal) => `SDG ${goal}`).join(', '),
        });
      break;
  }
  const website = 'website' in item.data ? item.data.website : undefined;
  if (website) rows.push({ label: 'Website', value: hostOf(website), href: website });
  return rows;
}

function hostOf(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/** Anchor of a related-entries section, so other pages can link straight to it. */
export function relatedSectionId(label: string): string {
  return `bezug-${suggestSlug(label)}`;
}

/** Anchor of one related entry in its section, so a picture can link to exactly that pair. */
export function relatedItemId(label: string, slug: string): string {
  return `${relatedSectionId(label)}--${slug}`;
}
