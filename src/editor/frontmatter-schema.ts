import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import { relationsOf } from '../vocabulary/relations.ts';
import { SLUG_PATTERN } from '../vocabulary/slugs.ts';
import { HttpUrlSchema, PartialDateSchema, baseFields } from '../schemas/common.ts';
import { SCHEMAS } from '../schemas/index.ts';

/**
 * JSON Schemas (draft-07) of the five collections, for editors that check the frontmatter
 * while one types. They are generated from the zod schemas, so they cannot drift; what zod
 * checks in `.refine()` (dates, web addresses, plain-text summary, AGS) is added here as
 * `pattern`, because `z.toJSONSchema` leaves refinements out. Reference fields list the
 * slugs of the published entries they may name, which gives completion and a red mark on a
 * dangling reference. What a schema cannot say (a date like 2023-02-30, a fact's source
 * number beyond the list of sources, references across files) stays with `npm run check`.
 */
export type JsonSchema = { [key: string]: unknown };

/** Slugs a reference may name, per collection; without it references are checked by form only. */
export type PublishedSlugs = Record<CollectionName, readonly string[]>;

const SAFE_INTEGER_LIMIT = Number.MAX_SAFE_INTEGER;

export const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
export const HTTP_URL_PATTERN = '^https?://[^\\s/]+\\.[^\\s]+$';
export const AGS_PATTERN = '^(\\d{2}|\\d{5}|\\d{8})$';
/** The same characters that `summary` rejects in zod (`**`, `__`, backticks, links, HTML, a leading `#`). */
export const MARKDOWN_PATTERN = '(\\*\\*|__|`|\\]\\(|<[a-zA-Z/!]|^#)';

/** A year may be written without quotes; `pattern` applies to text only, the bounds to numbers only. */
const dateSchema = (): JsonSchema => ({
  type: ['string', 'integer'],
  pattern: DATE_PATTERN,
  minimum: 1000,
  maximum: 9999,
});

export function editorSchema(collection: CollectionName, slugs?: PublishedSlugs): JsonSchema {
  const generated = z.toJSONSchema(SCHEMAS[collection], {
    target: 'draft-07',
    io: 'input',
    override(ctx) {
      // `.describe()` clones a schema but keeps its definition, so compare definitions.
      const def = ctx.zodSchema._zod.def;
      if (def === PartialDateSchema._zod.def) replaceWith(ctx.jsonSchema, dateSchema());
      if (def === HttpUrlSchema._zod.def) ctx.jsonSchema['pattern'] = HTTP_URL_PATTERN;
      if (def === baseFields.summary._zod.def)
        ctx.jsonSchema['not'] = { pattern: MARKDOWN_PATTERN };
    },
  }) as JsonSchema;
  const schema: JsonSchema = {
    $schema: generated['$schema'],
    title: `${COLLECTIONS[collection].singular} im Kooperationsatlas`,
    ...withoutKeys(generated, ['$schema']),
  };
  const properties = schema['properties'] as Record<string, JsonSchema>;
  if (properties['ags']) {
    replaceWith(properties['ags'], { type: 'string', pattern: AGS_PATTERN }, ['description']);
  }
  for (const spec of relationsOf(collection)) {
    const field = properties[spec.field]!;
    const slot = field['type'] === 'array' ? (field['items'] as JsonSchema) : field;
    const targets = [...new Set(spec.targets.flatMap((target) => slugs?.[target] ?? []))].sort();
    const reference = referenceSchema(slot, targets);
    if (slot['type'] === 'object') {
      // A member or partner is written as a bare slug or as `{ ref, role, since, note }`.
      (slot['properties'] as Record<string, JsonSchema>)['ref'] = reference;
      field['items'] = { anyOf: [reference, slot] };
    } else {
      replaceWith(slot, reference);
    }
  }
  return stripIntegerLimits(schema) as JsonSchema;
}

function referenceSchema(slot: JsonSchema, targets: readonly string[]): JsonSchema {
  const ref =
    slot['type'] === 'object' ? (slot['properties'] as Record<string, JsonSchema>)['ref']! : slot;
  const description = ref['description'];
  return targets.length
    ? { description, type: 'string', enum: [...targets] }
    : { description, type: 'string', pattern: SLUG_PATTERN.source };
}

function replaceWith(
  target: JsonSchema,
  replacement: JsonSchema,
  keep: string[] = ['description'],
): void {
  for (const key of Object.keys(target)) if (!keep.includes(key)) delete target[key];
  Object.assign(target, replacement);
}

function withoutKeys(object: JsonSchema, keys: string[]): JsonSchema {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** zod writes ±2^53−1 as the bounds of every integer; they say nothing to an editor. */
function stripIntegerLimits(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIntegerLimits);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key, item]) =>
          !(
            (key === 'minimum' || key === 'maximum') &&
            Math.abs(item as number) === SAFE_INTEGER_LIMIT
          ),
      )
      .map(([key, item]) => [key, stripIntegerLimits(item)]),
  );
}

/** The file name of a collection's schema, e.g. `initiatives.schema.json`. */
export function schemaFileName(collection: CollectionName): string {
  return `${collection}.schema.json`;
}

/** Serialised as written to disk, so a test can compare byte for byte. */
export function serialiseSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
