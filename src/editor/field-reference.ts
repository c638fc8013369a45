import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import {
  AGS_PATTERN,
  DATE_PATTERN,
  HTTP_URL_PATTERN,
  editorSchema,
  type JsonSchema,
} from './frontmatter-schema.ts';
import { relationsOf } from '../vocabulary/relations.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../vocabulary/slugs.ts';

/**
 * The field reference of the editors' guide (`docs/felder.md`), generated from the schemas'
 * German `.describe()` texts by way of the editor JSON Schemas, so it cannot drift from what
 * the build checks. `npm run schemas` writes it; a unit test fails when it is out of date.
 */
export function fieldReference(): string {
  const schemas = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, editorSchema(name)]),
  ) as Record<CollectionName, JsonSchema>;
  const common = commonFields(schemas);
  const out = [
    '# Felder der Einträge',
    '',
    '<!-- Erzeugt von `npm run schemas` aus den Schemas in src/schemas/. Bitte nicht von Hand ändern. -->',
    '',
    'Diese Übersicht entsteht aus denselben Schemas, mit denen der Build jede Datei prüft. „Pflicht“',
    `heißt: Ohne dieses Feld bricht die Prüfung ab. Verweise sind Slugs, also Dateinamen ohne Endung`,
    `(höchstens ${MAX_SLUG_LENGTH} Zeichen);`,
    'in Klammern steht, auf welche Art von Eintrag ein Verweis zeigen darf. Daten schreiben Sie als',
    '`JJJJ-MM-TT`, oder `JJJJ-MM` bzw. `JJJJ`, wenn nur Monat oder Jahr bekannt sind.',
    '',
    '## Felder aller Einträge',
    '',
    ...table(schemas.initiatives, common, 'initiatives'),
  ];
  for (const collection of COLLECTION_NAMES) {
    const schema = schemas[collection];
    const own = Object.keys(properties(schema)).filter((field) => !common.includes(field));
    out.push(
      '',
      `## ${COLLECTIONS[collection].singular} (\`content/${COLLECTIONS[collection].folder}/\`)`,
      '',
      ...table(schema, own, collection),
    );
  }
  return `${out.join('\n')}\n`;
}

/** Fields that every collection has with the same schema and the same obligation. */
function commonFields(schemas: Record<CollectionName, JsonSchema>): string[] {
  const first = schemas.initiatives;
  return Object.keys(properties(first)).filter((field) =>
    COLLECTION_NAMES.every((name) => {
      const other = schemas[name];
      return (
        JSON.stringify(properties(other)[field]) === JSON.stringify(properties(first)[field]) &&
        isRequired(other, field) === isRequired(first, field)
      );
    }),
  );
}

function table(schema: JsonSchema, fields: string[], collection: CollectionName): string[] {
  const rows = ['| Feld | Pflicht | Form | Bedeutung |', '|---|---|---|---|'];
  for (const field of fields) {
    const property = properties(schema)[field]!;
    rows.push(
      row(`\`${field}\``, isRequired(schema, field), form(property, collection, field), property),
    );
    const item = objectItem(property);
    if (!item) continue;
    for (const [sub, subProperty] of Object.entries(properties(item))) {
      const subField = sub === 'ref' ? field : '';
      rows.push(
        row(
          `\`${field}[].${sub}\``,
          isRequired(item, sub),
          form(subProperty, collection, subField),
          subProperty,
        ),
      );
    }
  }
  return rows;
}

function row(name: string, required: boolean, shape: string, property: JsonSchema): string {
  const cells = [name, required ? 'ja' : 'nein', shape, text(property['description'])];
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}

function form(property: JsonSchema, collection: CollectionName, field: string): string {
  const relation = relationsOf(collection).find((spec) => spec.field === field);
  const targets = relation?.targets.map((target) => COLLECTIONS[target].singular).join(', ');
  if (property['type'] === 'array') {
    const items = property['items'] as JsonSchema;
    const minimum =
      typeof property['minItems'] === 'number' ? `, mindestens ${property['minItems']}` : '';
    if (relation && field === 'members') return `Liste von Slugs oder Objekten (${targets})`;
    if (relation) return `Liste von Slugs (${targets})${minimum}`;
    if (items['type'] === 'object') return `Liste von Objekten${minimum}`;
    return `Liste: ${form(items, collection, '')}${minimum}`;
  }
  if (relation) return `Slug (${targets})`;
  return scalarForm(property);
}

function scalarForm(property: JsonSchema): string {
  const anyOf = property['anyOf'] as JsonSchema[] | undefined;
  if (property['pattern'] === DATE_PATTERN) return 'Datum';
  if (anyOf) return anyOf.map(scalarForm).join(' oder ');
  if (property['enum'])
    return `einer von ${(property['enum'] as string[]).map((value) => `\`${value}\``).join(', ')}`;
  if (property['pattern'] === HTTP_URL_PATTERN) return 'Webadresse';
  switch (property['type']) {
    case 'boolean':
      return '`true` oder `false`';
    case 'integer':
      return range('ganze Zahl', property['minimum'], property['maximum']);
    case 'number':
      return 'Zahl';
    case 'string':
      if (property['pattern'] === SLUG_PATTERN.source) return 'Slug';
      if (property['pattern'] === AGS_PATTERN) return '2, 5 oder 8 Ziffern in Anführungszeichen';
      if (property['pattern']) return `Text der Form \`${text(property['pattern'])}\``;
      return range('Text', property['minLength'], property['maxLength'], ' Zeichen');
    default:
      return text(property['type']);
  }
}

/** A schema keyword that JSON Schema defines as text (description, pattern, type name). */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function range(noun: string, minimum: unknown, maximum: unknown, unit = ''): string {
  if (typeof minimum === 'number' && typeof maximum === 'number')
    return `${noun}, ${minimum} bis ${maximum}${unit}`;
  if (typeof maximum === 'number') return `${noun}, höchstens ${maximum}${unit}`;
  if (typeof minimum === 'number' && minimum > 1) return `${noun}, mindestens ${minimum}${unit}`;
  return noun;
}

function properties(schema: JsonSchema): Record<string, JsonSchema> {
  return (schema['properties'] as Record<string, JsonSchema> | undefined) ?? {};
}

function isRequired(schema: JsonSchema, field: string): boolean {
  return ((schema['required'] as string[] | undefined) ?? []).includes(field);
}

function objectItem(property: JsonSchema): JsonSchema | undefined {
  const items = property['items'] as JsonSchema | undefined;
  if (!items) return undefined;
  if (items['type'] === 'object') return items;
  return (items['anyOf'] as JsonSchema[] | undefined)?.find(
    (option) => option['type'] === 'object',
  );
}
