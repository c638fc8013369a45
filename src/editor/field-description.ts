import type { CollectionName } from '../vocabulary/collections.ts';
import { fieldPath } from '../knowledge-base/frontmatter.ts';
import { editorSchema, type JsonSchema } from './frontmatter-schema.ts';

const schemas = new Map<CollectionName, JsonSchema>();

/**
 * The German description the schema gives the field of a problem, as „name“: text, for the
 * innermost named field that has one (`members[2].ref` → `ref`, `leads[0]` → `leads`), so the
 * editor reads what the field is for next to what went wrong.
 */
export function fieldDescription(collection: CollectionName, field: string): string | undefined {
  let schema = schemas.get(collection);
  if (!schema) schemas.set(collection, (schema = editorSchema(collection)));
  let node: JsonSchema | undefined = schema;
  let description: string | undefined;
  for (const segment of fieldPath(field)) {
    node =
      typeof segment === 'number'
        ? (node['items'] as JsonSchema | undefined)
        : child(node, segment);
    if (!node) break;
    if (typeof segment === 'string' && typeof node['description'] === 'string')
      description = `„${segment}“: ${node['description']}`;
  }
  return description;
}

/** A named field of an object, or of the object form of `slug | { ref, … }`. */
function child(node: JsonSchema, name: string): JsonSchema | undefined {
  const variants = [node, ...((node['anyOf'] as JsonSchema[] | undefined) ?? [])];
  for (const variant of variants) {
    const properties = variant['properties'] as Record<string, JsonSchema> | undefined;
    if (properties?.[name]) return properties[name];
  }
  return undefined;
}
