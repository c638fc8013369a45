/**
 * The classic mistakes of an editor, each in a file of its own in one knowledge base: for each,
 * `npm run check -- <file>` (locally) and `npm run check` as the pull request runs it (`CI=true`
 * inside GitHub Actions) must give the same verdict and the same German message with its line,
 * and CI must put it as an `::error` annotation on that line. Nothing is built: a knowledge base
 * with problems stops the check before the build, in CI as locally.
 *
 * | #  | mistake                                              | code                  | message says                          |
 * |----|------------------------------------------------------|-----------------------|---------------------------------------|
 * | 1  | misspelt field name (`titel:`)                       | unknown-field         | Meinten Sie „title“?                  |
 * | 2  | slug typo in a reference (`leads: [stadt-b]`)        | unknown-reference     | Meinten Sie „stadt-a“?                |
 * | 3  | date written the German way (`17.11.2023`)           | invalid-date          | Meinten Sie „2023-11-17“?             |
 * | 4  | German label instead of the value (`status: laufend`)| invalid-value         | Meinten Sie „active“?                 |
 * | 5  | unclosed bracket in the YAML (`title: [kaputt`)      | yaml-syntax           | the bracket is not closed             |
 * | 6  | `<script>`/`<iframe>` in the body                    | html-removed          | what was removed, at its line         |
 * | 7  | an action field in its own `related`                 | self-reference        | it is the entry itself                |
 * | 8  | a network as its own member                          | self-reference        | it is the entry itself                |
 * | 9  | the same member twice                                | duplicate-reference   | where it stands first                 |
 * | 10 | three spaces under `- ref:` (`   role: …`)           | yaml-syntax           | indented wrong, how many spaces       |
 * | 11 | closing `---` forgotten, a `---` rule further down   | yaml-syntax           | the `---` is missing here             |
 * | 12 | entry renamed `.md` → `.mdx`, links still say `.md`  | broken-link           | Meinten Sie „…/x.mdx“?                |
 * | 13 | body link to the former slug of a renamed entry      | broken-link           | renamed, link the new path            |
 * | 14 | body link to a draft                                 | broken-link           | is a draft                            |
 * | 15 | slug typo in a body link                             | broken-link           | Meinten Sie „../actors/stadt-a.md“?   |
 * | 16 | a parent loop, checked from the file that closes it  | parent-cycle          | the loop, with both files             |
 * | 17 | a slug of 170 characters                             | invalid-filename      | at most 80, a shorter name            |
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const LONG_SLUG = `arbeitsgemeinschaft-${'kommunale-zusammenarbeit-'.repeat(6)}ende`;

const valid: Record<string, string> = {
  'actors/stadt-a.md': '---\ntitle: Stadt A\nsummary: Eine Stadt.\nkind: municipality\n---\n',
  'actors/landkreis-nord.md':
    '---\ntitle: Landkreis Nord\nsummary: Ein Landkreis.\nkind: district\naliases: [kreis-nord-alt]\n---\n',
  'actors/entwurf.md':
    '---\ntitle: Entwurf\nsummary: Noch nicht fertig.\nkind: other\ndraft: true\n---\n',
  'action-fields/mobilitaet.md': '---\ntitle: Mobilität\nsummary: Verkehr.\n---\n',
  'networks/verein-a.md':
    '---\ntitle: Verein A\nsummary: Ein Verein.\nform: association\nmembers: [stadt-a, landkreis-nord]\n---\n',
};

const initiative = (fields: string, body = 'Text.\n') =>
  `---\ntitle: Radweg\nsummary: Ein Projekt.\n${fields}\n---\n${body}`;
const linking = (link: string) =>
  `---\ntitle: Verkehr\nsummary: Ein Feld.\n---\nSiehe\n[den Eintrag](${link}).\n`;

interface Mistake {
  name: string;
  /** The file `npm run check -- <file>` is given (relative to the content folder). */
  file: string;
  files: Record<string, string>;
  code: string;
  /** Where the problem is reported: the file (relative to the content folder) and line. */
  at?: string;
  line: number;
  says: RegExp;
}

const mistakes: Mistake[] = [
  {
    name: 'misspelt field name',
    file: 'actors/tippfehler.md',
    files: { 'actors/tippfehler.md': '---\ntitel: X\nsummary: S.\nkind: other\n---\n' },
    code: 'unknown-field',
    line: 2,
    says: /Meinten Sie „title“\?/,
  },
  {
    name: 'slug typo in a reference',
    file: 'initiatives/verweis.md',
    files: {
      'initiatives/verweis.md': initiative(
        'status: active\nleads:\n  - stadt-b\nactionFields: [mobilitaet]',
      ),
    },
    code: 'unknown-reference',
    line: 6,
    says: /Meinten Sie „stadt-a“\?/,
  },
  {
    name: 'German date',
    file: 'initiatives/datum.md',
    files: {
      'initiatives/datum.md': initiative(
        'status: active\nstarted: 17.11.2023\nleads: [stadt-a]\nactionFields: [mobilitaet]',
      ),
    },
    code: 'invalid-date',
    line: 5,
    says: /Meinten Sie „2023-11-17“\?/,
  },
  {
    name: 'German label instead of the value',
    file: 'initiatives/status.md',
    files: {
      'initiatives/status.md': initiative(
        'status: laufend\nleads: [stadt-a]\nactionFields: [mobilitaet]',
      ),
    },
    code: 'invalid-value',
    line: 4,
    says: /Meinten Sie „active“/,
  },
  {
    name: 'unclosed bracket',
    file: 'actors/klammer.md',
    files: { 'actors/klammer.md': '---\ntitle: [kaputt\nsummary: S.\nkind: other\n---\n' },
    code: 'yaml-syntax',
    line: 2,
    says: /Klammer \[ wird nicht geschlossen/,
  },
  {
    name: 'script and iframe in the body',
    file: 'initiatives/skript.md',
    files: {
      'initiatives/skript.md': initiative(
        'status: active\nleads: [stadt-a]\nactionFields: [mobilitaet]',
        'Text.\n\n<iframe src="https://video.example/x"></iframe>\n',
      ),
    },
    code: 'html-removed',
    line: 10,
    says: /<iframe>.*samt Inhalt entfernt/,
  },
  {
    name: 'action field related to itself',
    file: 'action-fields/selbst.md',
    files: {
      'action-fields/selbst.md':
        '---\ntitle: Selbst\nsummary: Ein Feld.\nrelated: [mobilitaet, selbst]\n---\n',
    },
    code: 'self-reference',
    line: 4,
    says: /„selbst“ ist dieser Eintrag selbst/,
  },
  {
    name: 'network as its own member',
    file: 'networks/selbst-netz.md',
    files: {
      'networks/selbst-netz.md':
        '---\ntitle: Netz\nsummary: Ein Netz.\nform: association\nmembers:\n  - stadt-a\n  - selbst-netz\n---\n',
    },
    code: 'self-reference',
    line: 7,
    says: /ist dieser Eintrag selbst/,
  },
  {
    name: 'the same member twice',
    file: 'networks/doppelt-netz.md',
    files: {
      'networks/doppelt-netz.md':
        '---\ntitle: Netz\nsummary: Ein Netz.\nform: association\nmembers:\n  - ref: stadt-a\n  - ref: landkreis-nord\n  - ref: stadt-a\n    role: Vorsitz\n---\n',
    },
    code: 'duplicate-reference',
    line: 8,
    says: /„stadt-a“ steht schon in members\[0\]/,
  },
  {
    name: 'three spaces under - ref:',
    file: 'networks/einrueckung.md',
    files: {
      'networks/einrueckung.md':
        '---\ntitle: Netz\nsummary: Ein Netz.\nform: association\nmembers:\n  - ref: stadt-a\n   role: Vorsitz\n---\n',
    },
    code: 'yaml-syntax',
    line: 7,
    says: /nicht weit genug eingerückt \(3 Leerzeichen\).*mit 4 Leerzeichen/,
  },
  {
    name: 'closing --- forgotten, a --- rule further down',
    file: 'initiatives/ohne-ende.md',
    files: {
      'initiatives/ohne-ende.md':
        '---\ntitle: Radweg\nsummary: Ein Projekt.\nstatus: active\nleads: [stadt-a]\nactionFields: [mobilitaet]\n\nDer Radweg verbindet zwei Orte.\n\n---\n\nMehr Text.\n',
    },
    code: 'yaml-syntax',
    line: 7,
    says: /fehlt vermutlich die Zeile „---“.*Zeile 10/,
  },
  {
    name: 'renamed .md to .mdx',
    file: 'action-fields/verlinkt-mdx.md',
    files: {
      'initiatives/neues-format.mdx': initiative(
        'status: active\nleads: [stadt-a]\nactionFields: [mobilitaet]',
      ),
      'action-fields/verlinkt-mdx.md': linking('../initiatives/neues-format.md'),
    },
    code: 'broken-link',
    line: 6,
    says: /Meinten Sie „\.\.\/initiatives\/neues-format\.mdx“\?/,
  },
  {
    name: 'body link to a renamed entry',
    file: 'action-fields/link-alias.md',
    files: { 'action-fields/link-alias.md': linking('../actors/kreis-nord-alt.md') },
    code: 'broken-link',
    line: 6,
    says: /umbenannt; verlinken Sie „\.\.\/actors\/landkreis-nord\.md“/,
  },
  {
    name: 'body link to a draft',
    file: 'action-fields/link-entwurf.md',
    files: { 'action-fields/link-entwurf.md': linking('../actors/entwurf.md') },
    code: 'broken-link',
    line: 6,
    says: /ist ein Entwurf \(draft: true\)/,
  },
  {
    name: 'slug typo in a body link',
    file: 'action-fields/link-tippfehler.md',
    files: { 'action-fields/link-tippfehler.md': linking('../actors/stadt-b.md') },
    code: 'broken-link',
    line: 6,
    says: /Meinten Sie „\.\.\/actors\/stadt-a\.md“\?/,
  },
  {
    name: 'parent loop, checked from the file that closes it',
    file: 'actors/schleife-b.md',
    files: {
      'actors/schleife-a.md':
        '---\ntitle: A\nsummary: Ein Akteur.\nkind: other\nparent: schleife-b\n---\n',
      'actors/schleife-b.md':
        '---\ntitle: B\nsummary: Ein Akteur.\nkind: other\nparent: schleife-a\n---\n',
    },
    code: 'parent-cycle',
    at: 'actors/schleife-a.md',
    line: 5,
    says: /schleife-a → schleife-b → schleife-a/,
  },
  {
    name: 'a slug of 170 characters',
    file: `actors/${LONG_SLUG}.md`,
    files: { [`actors/${LONG_SLUG}.md`]: '---\ntitle: Lang\nsummary: S.\nkind: other\n---\n' },
    code: 'invalid-filename',
    line: 0,
    says: /hat 17\d Zeichen, erlaubt sind höchstens 80/,
  },
];

const root = mkdtempSync(path.join(PROJECT_ROOT, 'tests', '.dev-mistakes-'));
after(() => rmSync(root, { recursive: true, force: true }));
const contentDir = path.join(root, 'content');
const allFiles: Record<string, string> = { ...valid };
for (const mistake of mistakes) Object.assign(allFiles, mistake.files);
for (const [file, text] of Object.entries(allFiles)) {
  mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
  writeFileSync(path.join(contentDir, file), text);
}
const relative = (file: string) =>
  path.relative(PROJECT_ROOT, path.join(contentDir, file)).split(path.sep).join('/');

function check(args: string[], env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'scripts/check.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KA_CONTENT_DIR: contentDir,
        KA_OUT_DIR: path.join(root, 'dist'),
        INIT_CWD: PROJECT_ROOT,
        ...env,
      },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const problemLines = (output: string) =>
  output.split('\n').filter((line) => /^\s+\[[a-z-]+\] /.test(line));

/** The whole check as the pull request runs it; the knowledge base stops it before the build. */
const inCi = check([], { CI: 'true', GITHUB_ACTIONS: 'true' });
const ciLines = new Set(problemLines(inCi.output).map((line) => line.trim()));

test('in CI the check fails at the knowledge base, lists every mistake once, and builds nothing', () => {
  assert.equal(inCi.status, 1, inCi.output);
  assert.match(inCi.output, /^ {2}Wissensbasis +FEHLER /m);
  assert.match(inCi.output, /^ {2}Build \(astro build\) +übersprungen /m);
  assert.equal(ciLines.size, problemLines(inCi.output).length, 'no problem printed twice');
});

for (const [index, mistake] of mistakes.entries()) {
  test(`${index + 1}. ${mistake.name}: the same German message with its line locally and in CI`, () => {
    const local = check([relative(mistake.file)], { CI: '', GITHUB_ACTIONS: '' });
    assert.equal(local.status, 1, local.output);
    const reported = relative(mistake.at ?? mistake.file);
    const location = mistake.line ? `${reported}:${mistake.line}` : reported;
    const lines = problemLines(local.output).map((line) => line.trim());
    const mine = lines.find(
      (line) => line.startsWith(`[${mistake.code}] ${location}`) && mistake.says.test(line),
    );
    assert.ok(mine, `[${mistake.code}] ${location} ${mistake.says} not in:\n${local.output}`);
    assert.doesNotMatch(local.output, /^\s+at |Error:|ERR_/m);
    // CI: the same lines, and each as an annotation on its file and line.
    for (const line of lines) assert.ok(ciLines.has(line), `CI lacks: ${line}`);
    const annotation = `::error file=${reported}${mistake.line ? `,line=${mistake.line}` : ''},title=`;
    assert.ok(
      inCi.output.split('\n').some((line) => line.startsWith(annotation)),
      `${annotation} missing`,
    );
  });
}
