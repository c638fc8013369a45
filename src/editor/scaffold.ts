import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import type { ContentScan } from './content-scan.ts';
import { editorSchema, type JsonSchema } from './frontmatter-schema.ts';
import { relationsOf } from '../vocabulary/relations.ts';
import { isSlug, suggestSlug } from '../vocabulary/slugs.ts';

/**
 * `npm run new -- <art> "<Titel>"`: the pieces that decide what is written, kept pure so
 * they can be tested without touching the disk. The script in `scripts/new.ts` only reads
 * the knowledge base, calls these and writes the file.
 */

/** German and English words for a kind, singular and plural, as an editor might type them. */
const KIND_WORDS: Record<CollectionName, readonly string[]> = {
  initiatives: ['initiative', 'initiativen', 'initiatives'],
  networks: ['netzwerk', 'netzwerke', 'network', 'networks'],
  'action-fields': ['handlungsfeld', 'handlungsfelder', 'action-field', 'action-fields'],
  actors: ['akteur', 'akteure', 'actor', 'actors'],
  'press-releases': [
    'pressemitteilung',
    'pressemitteilungen',
    'presse',
    'press-release',
    'press-releases',
  ],
};

export const KIND_CHOICES = 'initiative, netzwerk, handlungsfeld, akteur oder pressemitteilung';

export function collectionOfKind(word: string): CollectionName | undefined {
  const wanted = word.trim().toLowerCase();
  return COLLECTION_NAMES.find((name) => KIND_WORDS[name].includes(wanted));
}

/** Why a slug cannot be used for a new entry, in German; undefined if it is free. */
export function slugConflict(
  slug: string,
  scan: Pick<ContentScan, 'slugs' | 'aliases'>,
): string | undefined {
  if (!isSlug(slug)) {
    return `„${slug}“ ist kein gültiger Slug. Erwartet: Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. region-hannover.`;
  }
  const owner = scan.slugs.get(slug);
  if (owner) {
    return `Den Slug „${slug}“ gibt es schon: content/${owner.file} (${COLLECTIONS[owner.collection].singular}). Ein Slug gilt in allen Ordnern nur einmal. Ergänzen Sie diesen Eintrag, oder wählen Sie mit --slug einen anderen Slug, z. B. --slug ${slug}-2.`;
  }
  const alias = scan.aliases.get(slug);
  if (alias) {
    return `„${slug}“ ist der frühere Slug (Alias) von content/${alias.file}; unter dieser Adresse steht eine Weiterleitung. Wählen Sie mit --slug einen anderen Slug.`;
  }
  return undefined;
}

export interface ScaffoldRequest {
  collection: CollectionName;
  title: string;
  /** Defaults to the transliterated title. */
  slug?: string;
  /** Today's date as `YYYY-MM-DD`, for a press release's `date`. */
  today: string;
  /** Published slugs, to show a real example in the comment of each reference field. */
  published?: ContentScan['published'];
}

export interface Scaffold {
  slug: string;
  /** Relative to the content folder, e.g. `initiatives/radweg.md`. */
  file: string;
  text: string;
}

export function slugForTitle(title: string): string {
  return suggestSlug(title);
}

/**
 * The new file: every required field with a German comment taken from the schema's
 * description. A field still to be filled holds `""` or `[]`, which `npm run check` rejects,
 * so an unfinished entry cannot be published by accident.
 */
export function scaffoldEntry(request: ScaffoldRequest): Scaffold {
  const { collection, title, today } = request;
  const slug = request.slug ?? slugForTitle(title);
  const schema = editorSchema(collection);
  const properties = schema['properties'] as Record<string, JsonSchema>;
  const required = schema['required'] as string[];
  const lines = [
    '---',
    `# Neuer Eintrag (${COLLECTIONS[collection].singular}). Füllen Sie jedes Feld mit "" oder [] aus; die Zeilen mit # sind Hinweise`,
    '# und dürfen stehen bleiben oder gelöscht werden. Alle Felder: docs/felder.md.',
  ];
  // Sources are optional in the schema but every statement needs one, so the scaffold asks for one.
  const fields = required.includes('sources') ? required : [...required, 'sources'];
  for (const field of fields) {
    lines.push(...fieldLines(collection, field, properties[field]!, request, title, today));
  }
  lines.push(...optionalHint(properties, fields));
  lines.push('---', BODY_PLACEHOLDER, '');
  return { slug, file: `${COLLECTIONS[collection].folder}/${slug}.md`, text: lines.join('\n') };
}

function fieldLines(
  collection: CollectionName,
  field: string,
  property: JsonSchema,
  request: ScaffoldRequest,
  title: string,
  today: string,
): string[] {
  const comment = commentLines(
    typeof property['description'] === 'string' ? property['description'] : '',
  );
  if (field === 'title') return [...comment, `title: ${JSON.stringify(title)}`];
  if (field === 'date') return [...comment, `date: "${today}"`];
  if (field === 'sources') {
    return [
      ...comment,
      'sources:',
      '  - title: ""  # Titel der Quelle, z. B. die Überschrift einer Pressemitteilung',
      '    # publisher: Wer die Quelle veröffentlicht hat',
      '    # date: "JJJJ-MM-TT"',
      '    # url: https://…',
    ];
  }
  const enumValues = property['enum'] as string[] | undefined;
  if (enumValues) {
    const described = enumValues.every((value) => comment.join(' ').includes(value));
    return [
      ...comment,
      ...(described ? [] : [`# Erlaubt: ${enumValues.join(', ')}`]),
      `${field}: ""`,
    ];
  }
  const example = referenceExample(collection, field, request.published);
  if (property['type'] === 'array')
    return [
      ...comment,
      ...example.map((slug) => `# Beispiel: ${field}: [${slug}]`),
      `${field}: []`,
    ];
  return [...comment, ...example.map((slug) => `# Beispiel: ${field}: ${slug}`), `${field}: ""`];
}

function referenceExample(
  collection: CollectionName,
  field: string,
  published: ContentScan['published'] | undefined,
): string[] {
  const spec = relationsOf(collection).find((relation) => relation.field === field);
  if (!spec || !published) return [];
  const candidates = spec.targets.flatMap((target) => published[target]);
  const shortest = candidates.reduce<string | undefined>(
    (best, slug) => (best === undefined || slug.length < best.length ? slug : best),
    undefined,
  );
  return shortest ? [shortest] : [];
}

function optionalHint(properties: Record<string, JsonSchema>, written: string[]): string[] {
  const optional = Object.keys(properties).filter(
    (field) => !written.includes(field) && field !== 'draft' && field !== 'aliases',
  );
  return [`# Weitere Felder, wenn die Quelle sie nennt: ${optional.join(', ')}.`];
}

const BODY_PLACEHOLDER =
  'Ersetzen Sie diesen Satz durch den Text des Eintrags, in eigenen Worten und nur mit Angaben aus den Quellen. Zwischenüberschriften beginnen mit „## “.';

/** Splits a description into comment lines of at most about 100 characters. */
function commentLines(description: string): string[] {
  if (!description) return [];
  const lines: string[] = [];
  let current = '#';
  for (const word of description.split(/\s+/)) {
    if (current.length + word.length + 1 > 100 && current !== '#') {
      lines.push(current);
      current = '#';
    }
    current += ` ${word}`;
  }
  lines.push(current);
  return lines;
}
