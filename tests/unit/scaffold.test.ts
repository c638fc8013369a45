import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { COLLECTION_NAMES, type CollectionName } from '../../src/vocabulary/collections.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import { collectionOfKind, scaffoldEntry, slugConflict } from '../../src/editor/scaffold.ts';
import { validateEntry } from '../../src/knowledge-base/validate-entry.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const GOOD = path.join(PROJECT_ROOT, 'tests/fixtures/good');
const TODAY = '2026-12-01';

/** What an editor writes into each placeholder the scaffold leaves. */
const FILLED: Record<string, string> = {
  'summary: ""': 'summary: Ein Satz über den Eintrag.',
  'status: ""': 'status: active',
  'form: ""': 'form: association',
  'kind: ""': 'kind: district',
  'leads: []': 'leads: [landkreis-nord]',
  'actionFields: []': 'actionFields: [mobilitaet]',
  'publisher: ""': 'publisher: landkreis-nord',
  'about: []': 'about: [radprojekt]',
  '  - title: ""': '  - title: "Mitteilung vom 1. Dezember"',
};

function fill(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const placeholder = Object.keys(FILLED).find((key) => line.startsWith(key));
      return placeholder ? FILLED[placeholder]! : line;
    })
    .join('\n');
}

function validate(collection: CollectionName, text: string) {
  const parsed = parseEntryFile(text);
  assert.deepEqual(parsed.yamlErrors, []);
  return validateEntry(collection, parsed.data, 'neu.md', parsed.lineOf).problems.map(
    (problem) => `${problem.code} ${problem.field}`,
  );
}

test('every German and English name of a kind finds its collection', () => {
  assert.equal(collectionOfKind('initiative'), 'initiatives');
  assert.equal(collectionOfKind('Netzwerk'), 'networks');
  assert.equal(collectionOfKind('handlungsfeld'), 'action-fields');
  assert.equal(collectionOfKind('action-field'), 'action-fields');
  assert.equal(collectionOfKind('akteur'), 'actors');
  assert.equal(collectionOfKind('actors'), 'actors');
  assert.equal(collectionOfKind('pressemitteilung'), 'press-releases');
  assert.equal(collectionOfKind('press-release'), 'press-releases');
  assert.equal(collectionOfKind('person'), undefined);
});

test('the slug is the title transliterated, and the file lies in the collection folder', () => {
  const scaffold = scaffoldEntry({
    collection: 'networks',
    title: 'Größere Übergänge für Bürger',
    today: TODAY,
  });
  assert.equal(scaffold.slug, 'groessere-uebergaenge-fuer-buerger');
  assert.equal(scaffold.file, 'networks/groessere-uebergaenge-fuer-buerger.md');
  assert.match(scaffold.text, /^title: "Größere Übergänge für Bürger"$/m);
});

test('a scaffolded entry of every kind fails until filled and validates with the real schemas once filled', () => {
  for (const collection of COLLECTION_NAMES) {
    const { text } = scaffoldEntry({ collection, title: 'Neuer Eintrag: „Test“', today: TODAY });
    const unfilled = validate(collection, text);
    assert.ok(
      unfilled.some((problem) => problem.endsWith(' summary')),
      `${collection}: ${unfilled.join(', ')}`,
    );
    assert.deepEqual(validate(collection, fill(text)), [], collection);
  }
});

test('every required field comes with a German comment on what to write', () => {
  const { text } = scaffoldEntry({ collection: 'initiatives', title: 'Radweg', today: TODAY });
  const lines = text.split('\n');
  for (const field of ['title', 'summary', 'status', 'leads', 'actionFields']) {
    const index = lines.findIndex((line) => line.startsWith(`${field}:`));
    assert.ok(index > 0, field);
    assert.match(lines[index - 1]!, /^# \S/, `${field} has no comment above it`);
  }
  assert.match(text, /^# Stand: planned \(geplant\), active \(laufend\)/m);
  assert.match(text, /^sources:\n {2}- title: ""/m, 'every kind asks for a source');
});

test("a press release gets today's date", () => {
  const { text } = scaffoldEntry({ collection: 'press-releases', title: 'PM', today: TODAY });
  assert.match(text, /^date: "2026-12-01"$/m);
});

test('reference fields show an example slug that exists', () => {
  const { published } = scanContent(GOOD);
  const { text } = scaffoldEntry({
    collection: 'initiatives',
    title: 'Radweg',
    today: TODAY,
    published,
  });
  const example = /^# Beispiel: actionFields: \[([a-z0-9-]+)\]$/m.exec(text)?.[1];
  assert.ok(example && published['action-fields'].includes(example), text);
});

test('an existing slug, an alias or a malformed slug is refused with a German message', () => {
  const scan = scanContent(GOOD);
  assert.match(
    slugConflict('stadt-a', scan) ?? '',
    /^Den Slug „stadt-a“ gibt es schon: content\/actors\/stadt-a\.md \(Akteur\)/,
  );
  assert.match(
    slugConflict('radprojekt', scan) ?? '',
    /content\/initiatives\/radprojekt\.md \(Initiative\)/,
  );
  const [alias] = [...scan.aliases.keys()];
  assert.ok(alias, 'the good fixture declares an alias');
  assert.match(
    slugConflict(alias, scan) ?? '',
    /frühere Slug \(Alias\) von content\/actors\/stadt-a\.md/,
  );
  assert.match(slugConflict('Stadt A', scan) ?? '', /kein gültiger Slug/);
  assert.equal(slugConflict('ganz-neu', scan), undefined);
});

test('the scan still sees every slug when another entry is broken', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ka-scan-'));
  try {
    mkdirSync(path.join(dir, 'actors'));
    writeFileSync(path.join(dir, 'actors/kaputt.md'), '---\ntitle: [nicht geschlossen\n---\n');
    writeFileSync(
      path.join(dir, 'actors/heil.md'),
      '---\ntitle: Heil\naliases: [alt-heil]\ndraft: true\n---\n',
    );
    const scan = scanContent(dir);
    assert.deepEqual([...scan.slugs.keys()].sort(), ['heil', 'kaputt']);
    assert.deepEqual([...scan.aliases.keys()], ['alt-heil']);
    assert.deepEqual(scan.published.actors, ['kaputt']);
    assert.match(slugConflict('kaputt', scan) ?? '', /gibt es schon/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
