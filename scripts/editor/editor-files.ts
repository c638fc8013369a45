import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTION_NAMES } from '../../src/vocabulary/collections.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
import {
  editorSchema,
  schemaFileName,
  serialiseSchema,
} from '../../src/editor/frontmatter-schema.ts';
import { fieldReference } from '../../src/editor/field-reference.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_DIR = '.vscode/schemas';
export const FIELD_REFERENCE = 'docs/felder.md';

/**
 * Every file `npm run schemas` writes, by path relative to the project root: one JSON Schema
 * per collection (reference fields list the knowledge base's current slugs) and the field
 * reference of the guide. The unit test compares this with the committed files.
 */
export function editorFiles(contentDir = path.join(PROJECT_ROOT, 'content')): Map<string, string> {
  const { published } = scanContent(contentDir);
  const files = new Map<string, string>();
  for (const collection of COLLECTION_NAMES) {
    files.set(
      `${SCHEMA_DIR}/${schemaFileName(collection)}`,
      serialiseSchema(editorSchema(collection, published)),
    );
  }
  files.set(FIELD_REFERENCE, fieldReference());
  return files;
}
