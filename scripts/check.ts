/**
 * `npm run check`: validates the knowledge base (schemas, references, links) without a full
 * build and prints every problem with file, field and error code. Exit code 1 on problems.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseError } from '../src/lib/errors.ts';
import { loadKnowledgeBase } from '../src/lib/knowledge-base.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(root, process.argv[2] ?? process.env['KA_CONTENT_DIR'] ?? 'content');

try {
  const { entries } = loadKnowledgeBase(root, contentDir);
  console.log(`Wissensbasis in Ordnung: ${entries.length} veröffentlichte Einträge in ${path.relative(root, contentDir) || '.'}.`);
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
