/**
 * `npm run schemas`: writes the editor JSON Schemas (`.vscode/schemas/`) and the field
 * reference (`docs/felder.md`) from the zod schemas and the current knowledge base.
 * Run it after adding, renaming or removing an entry; `npm run new` and `npm run dev` run it
 * by themselves (`--quiet`: say something only when a file changed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, editorFiles } from './editor/editor-files.ts';

const quiet = process.argv.includes('--quiet');
let changed = 0;
for (const [file, text] of editorFiles()) {
  const target = path.join(PROJECT_ROOT, file);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`geschrieben: ${file}`);
  changed++;
}
if (changed) console.log(`${changed} Datei(en) aktualisiert.`);
else if (!quiet) console.log('Schemas und Feldübersicht sind aktuell.');
