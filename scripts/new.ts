/**
 * `npm run new -- <art> "<Titel>" [--slug <slug>]`: starts a new entry with every required
 * field and a German hint on what to write, then refreshes the editor schemas.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../src/vocabulary/collections.ts';
import { scanContent } from '../src/editor/content-scan.ts';
import {
  KIND_CHOICES,
  collectionOfKind,
  scaffoldEntry,
  slugConflict,
  slugForTitle,
} from '../src/editor/scaffold.ts';
import { MAX_SLUG_LENGTH, shortenSlug } from '../src/vocabulary/slugs.ts';
import { entryPath } from '../src/vocabulary/urls.ts';
import { PROJECT_ROOT } from './editor/editor-files.ts';

const USAGE = `Aufruf: npm run new -- <art> "<Titel>" [--slug <slug>]
  <art>: ${KIND_CHOICES}
  --slug <slug>: Dateiname ohne Endung, wenn er nicht aus dem Titel gebildet werden soll
    (Kleinbuchstaben, Ziffern, Bindestriche; höchstens ${MAX_SLUG_LENGTH} Zeichen)
  Beispiel: npm run new -- initiative "Radschnellweg Hannover–Lehrte"`;

const HELP = `Legt einen neuen Eintrag an: eine Datei mit allen Pflichtfeldern und Hinweisen, was hineingehört.

${USAGE}`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Node's parser explains in English; the editor needs the option and the usage.
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    return fail(
      option
        ? `Die Angabe „${option}“ gibt es nicht oder ihr fehlt ein Wert.`
        : 'Die Angaben lassen sich nicht lesen.',
    );
  }
})();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const [kind, ...titleWords] = positionals;
if (!kind) fail('Es fehlt die Art des Eintrags.');
const collection =
  collectionOfKind(kind) ?? fail(`Die Art „${kind}“ gibt es nicht. Erlaubt: ${KIND_CHOICES}.`);
const title = titleWords.join(' ').trim();
if (!title) fail('Es fehlt der Titel, in Anführungszeichen.');

if (values.slug !== undefined && values.slug.length > MAX_SLUG_LENGTH)
  fail(
    `Der Slug hat ${values.slug.length} Zeichen, erlaubt sind höchstens ${MAX_SLUG_LENGTH}. Wählen Sie einen kürzeren.`,
  );
const fromTitle = slugForTitle(title);
const slug = values.slug ?? shortenSlug(fromTitle);
if (!slug)
  fail(`Aus dem Titel „${title}“ lässt sich kein Slug bilden. Geben Sie einen mit --slug an.`);
if (values.slug === undefined && slug !== fromTitle)
  console.log(
    `Hinweis: Der Titel ergäbe einen Slug mit ${fromTitle.length} Zeichen; gekürzt auf „${slug}“ (höchstens ${MAX_SLUG_LENGTH}). Mit --slug wählen Sie einen anderen.`,
  );
const contentDir = path.resolve(PROJECT_ROOT, process.env['KA_CONTENT_DIR'] ?? 'content');
const scan = scanContent(contentDir);
const conflict = slugConflict(slug, scan);
if (conflict) fail(conflict);

const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
  .map((part) => String(part).padStart(2, '0'))
  .join('-');
const scaffold = scaffoldEntry({ collection, title, slug, today, published: scan.published });
const target = path.join(contentDir, scaffold.file);
if (existsSync(target)) fail(`Die Datei ${path.relative(PROJECT_ROOT, target)} gibt es schon.`);
writeFileSync(target, scaffold.text, { flag: 'wx' });

const shown = path.relative(PROJECT_ROOT, target);
console.log(`Angelegt: ${shown} (${COLLECTIONS[collection].singular})

Nächste Schritte:
  1. Öffnen Sie ${shown} und füllen Sie jedes Feld mit "" oder [] aus; die Zeilen mit # sagen, was hineingehört.
  2. Ersetzen Sie den Beispielsatz unter dem zweiten „---“ durch den Text des Eintrags.
  3. Prüfen: npm run check
  4. Ansehen: npm run dev, dann http://localhost:4321${entryPath(collection, scaffold.slug)}`);

if (contentDir === path.join(PROJECT_ROOT, 'content')) {
  // The new slug belongs in the editor's completion lists at once.
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/schemas.ts')], {
    stdio: 'ignore',
  });
}
