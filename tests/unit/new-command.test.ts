import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/** Runs `npm run new` the way npm does, against a copy of a fixture knowledge base. */
function runNew(fixture: string, args: string[]) {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'ka-new-'));
  cpSync(path.join(PROJECT_ROOT, fixture), contentDir, { recursive: true });
  const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/new.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, KA_CONTENT_DIR: contentDir },
  });
  return { ...result, contentDir };
}

test('npm run new writes the entry, prints its path and the next step', () => {
  const run = runNew('tests/fixtures/good', ['netzwerk', 'Bündnis für Radwege']);
  try {
    assert.equal(run.status, 0, run.stderr);
    const file = path.join(run.contentDir, 'networks/buendnis-fuer-radwege.md');
    assert.ok(existsSync(file));
    assert.match(readFileSync(file, 'utf8'), /^title: "Bündnis für Radwege"$/m);
    assert.match(run.stdout, /Angelegt: .*networks\/buendnis-fuer-radwege\.md \(Netzwerk\)/);
    assert.match(run.stdout, /npm run check/);
    assert.match(run.stdout, /http:\/\/localhost:4321\/netzwerke\/buendnis-fuer-radwege\//);
  } finally {
    rmSync(run.contentDir, { recursive: true, force: true });
  }
});

test('npm run new refuses an existing slug and an alias, and writes nothing', () => {
  for (const [title, expected] of [
    ['Stadt A', /Den Slug „stadt-a“ gibt es schon: content\/actors\/stadt-a\.md/],
    [
      'Alte Stadt A',
      /„alte-stadt-a“ ist der frühere Slug \(Alias\) von content\/actors\/stadt-a\.md/,
    ],
  ] as const) {
    const run = runNew('tests/fixtures/good', ['initiative', title]);
    try {
      assert.equal(run.status, 1);
      assert.match(run.stderr, expected);
      assert.doesNotMatch(run.stderr, /\bat \S+:\d+:\d+/, 'no stack trace');
      assert.ok(
        !existsSync(
          path.join(
            run.contentDir,
            'initiatives',
            `${title.toLowerCase().replaceAll(' ', '-')}.md`,
          ),
        ),
      );
    } finally {
      rmSync(run.contentDir, { recursive: true, force: true });
    }
  }
});

test('npm run new works while other entries are broken, and explains an unknown kind', () => {
  const broken = runNew('tests/fixtures/bad', ['pressemitteilung', 'Neue Mitteilung']);
  try {
    assert.equal(broken.status, 0, broken.stderr);
    assert.ok(existsSync(path.join(broken.contentDir, 'press-releases/neue-mitteilung.md')));
  } finally {
    rmSync(broken.contentDir, { recursive: true, force: true });
  }
  const unknown = runNew('tests/fixtures/good', ['person', 'Jemand']);
  try {
    assert.equal(unknown.status, 1);
    assert.match(
      unknown.stderr,
      /Die Art „person“ gibt es nicht\. Erlaubt: initiative, netzwerk, handlungsfeld, akteur oder pressemitteilung/,
    );
  } finally {
    rmSync(unknown.contentDir, { recursive: true, force: true });
  }
});

test('npm run new -- --help answers in German with the usage; an unknown option names itself', () => {
  const help = runNew('tests/fixtures/good', ['--help']);
  const unknown = runNew('tests/fixtures/good', ['--farbe', 'rot']);
  try {
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /^Legt einen neuen Eintrag an/);
    assert.match(help.stdout, /^Aufruf: npm run new -- <art> "<Titel>"/m);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^Die Angabe „--farbe“ gibt es nicht/);
    assert.doesNotMatch(`${help.stdout}${unknown.stderr}`, /Unknown option|ERR_/);
  } finally {
    rmSync(help.contentDir, { recursive: true, force: true });
    rmSync(unknown.contentDir, { recursive: true, force: true });
  }
});

test('a title that makes a slug over 80 characters is cut at a word, and says so', () => {
  const title = 'Interkommunale Arbeitsgemeinschaft '.repeat(5).trim();
  const run = runNew('tests/fixtures/good', ['netzwerk', title]);
  try {
    assert.equal(run.status, 0, run.stderr);
    const slug = /gekürzt auf „([a-z0-9-]+)“/.exec(run.stdout)?.[1];
    assert.ok(slug && slug.length <= 80 && !slug.endsWith('-'), run.stdout);
    assert.ok(existsSync(path.join(run.contentDir, `networks/${slug}.md`)));
  } finally {
    rmSync(run.contentDir, { recursive: true, force: true });
  }
});
