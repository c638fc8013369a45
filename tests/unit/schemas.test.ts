import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateEntry } from '../../src/knowledge-base/validate-entry.ts';
import type { CollectionName } from '../../src/vocabulary/collections.ts';

const noLines = () => undefined;
const check = (collection: CollectionName, data: unknown) =>
  validateEntry(collection, data, `content/${collection}/x.md`, noLines);
const codes = (collection: CollectionName, data: unknown) =>
  check(collection, data).problems.map((problem) => [problem.code, problem.field]);

const initiative = {
  title: 'Radweg',
  summary: 'Ein Projekt.',
  status: 'active',
  leads: ['uan'],
  actionFields: ['mobilitaet'],
};

test('a minimal entry of every collection is valid', () => {
  assert.deepEqual(codes('initiatives', initiative), []);
  assert.deepEqual(
    codes('networks', { title: 'UAN', summary: 'Ein Verein.', form: 'association' }),
    [],
  );
  assert.deepEqual(codes('action-fields', { title: 'Mobilität', summary: 'Verkehr.' }), []);
  assert.deepEqual(
    codes('actors', { title: 'Peine', summary: 'Ein Landkreis.', kind: 'district' }),
    [],
  );
  const press = {
    title: 'PM',
    summary: 'Eine Mitteilung.',
    date: '2023-11-17',
    publisher: 'uan',
    about: ['uan'],
    sources: [{ title: 'PM' }],
  };
  assert.deepEqual(codes('press-releases', press), []);
});

test('members written as a slug or as an object come out in one shape', () => {
  const result = check('networks', {
    title: 'Verein',
    summary: 'Ein Verein.',
    form: 'association',
    members: ['landkreis-peine', { ref: 'region-hannover', role: 'Gesellschafter', since: 2019 }],
  });
  assert.deepEqual(result.problems, []);
  assert.deepEqual((result.data as { members: unknown }).members, [
    { ref: 'landkreis-peine' },
    { ref: 'region-hannover', role: 'Gesellschafter', since: '2019' },
  ]);
});

test('a network names its lead and its partners apart from its members', () => {
  const result = check('networks', {
    title: 'Bündnis',
    summary: 'Ein Bündnis.',
    form: 'alliance',
    leads: ['region-hannover'],
    partners: ['uan', { ref: 'ihk', role: 'Fachleute im Lenkungskreis' }],
  });
  assert.deepEqual(result.problems, []);
  const data = result.data as { leads: unknown; partners: unknown };
  assert.deepEqual(data.leads, ['region-hannover']);
  assert.deepEqual(data.partners, [
    { ref: 'uan' },
    { ref: 'ihk', role: 'Fachleute im Lenkungskreis' },
  ]);
  assert.deepEqual(
    codes('networks', { title: 'B', summary: 'x', form: 'alliance', leads: 'region-hannover' }),
    [['invalid-value', 'leads']],
  );
  assert.deepEqual(
    codes('networks', {
      title: 'B',
      summary: 'x',
      form: 'alliance',
      partners: [{ ref: 'ihk', rolle: 'x' }],
    }),
    [['unknown-field', 'partners[0].rolle']],
  );
});

test('every kind of field mistake is reported with its field and code', () => {
  assert.deepEqual(codes('initiatives', { ...initiative, titel: 'x' }), [
    ['unknown-field', 'titel'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, status: 'laufend' }), [
    ['invalid-value', 'status'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, started: '2024-02-30' }), [
    ['invalid-date', 'started'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, leads: [] }), [
    ['invalid-value', 'leads'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, leads: ['Region Hannover'] }), [
    ['invalid-value', 'leads[0]'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, website: 'javascript:alert(1)' }), [
    ['invalid-value', 'website'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, summary: 'Mit **Markdown**.' }), [
    ['invalid-value', 'summary'],
  ]);
  assert.deepEqual(codes('initiatives', { ...initiative, title: 'x'.repeat(161) }), [
    ['invalid-value', 'title'],
  ]);
  const { status: _status, ...withoutStatus } = initiative;
  assert.deepEqual(codes('initiatives', withoutStatus), [['missing-field', 'status']]);
});

test('an unknown field names the closest known field', () => {
  const [problem] = check('initiatives', { ...initiative, titel: 'x' }).problems;
  assert.match(problem!.expected, /Meinten Sie „title“\?/);
});

test('press releases need a topic, sources, a valid date and no facts', () => {
  const press = { title: 'PM', summary: 'x', date: '2022', publisher: 'uan', about: ['uan'] };
  assert.deepEqual(codes('press-releases', press), [['missing-field', 'sources']]);
  assert.deepEqual(codes('press-releases', { ...press, sources: [] }), [
    ['invalid-value', 'sources'],
  ]);
  assert.deepEqual(codes('press-releases', { ...press, sources: [{ title: 'Q' }], about: [] }), [
    ['invalid-value', 'about'],
  ]);
  const { about: _about, ...withoutTopic } = press;
  assert.deepEqual(codes('press-releases', { ...withoutTopic, sources: [{ title: 'Q' }] }), [
    ['missing-field', 'about'],
  ]);
  assert.deepEqual(
    codes('press-releases', { ...press, sources: [{ title: 'Q' }], date: '17.11.2023' }),
    [['invalid-date', 'date']],
  );
  assert.deepEqual(codes('press-releases', { ...press, sources: [{ title: 'Q' }], facts: [] }), [
    ['unknown-field', 'facts'],
  ]);
});

test('a fact must point at an existing source, counted from 1', () => {
  const actor = { title: 'Peine', summary: 'x', kind: 'district', sources: [{ title: 'Vorlage' }] };
  assert.deepEqual(
    codes('actors', {
      ...actor,
      facts: [{ label: 'Kosten', value: '3.000 €', asOf: 2015, source: 1 }],
    }),
    [],
  );
  assert.deepEqual(
    codes('actors', { ...actor, facts: [{ label: 'Kosten', value: '3.000 €', source: 2 }] }),
    [['invalid-value', 'facts[0].source']],
  );
});

test('the Amtlicher Gemeindeschlüssel has 2, 5 or 8 digits', () => {
  const actor = { title: 'Peine', summary: 'x', kind: 'district' };
  assert.deepEqual(codes('actors', { ...actor, ags: '03157' }), []);
  assert.deepEqual(codes('actors', { ...actor, ags: '0315' }), [['invalid-value', 'ags']]);
});

/** `code field suggestion` and the expectation, for the message tests below. */
const messages = (collection: CollectionName, data: unknown) =>
  check(collection, data).problems.map((problem) => ({
    tuple: [problem.code, problem.field, problem.suggestion],
    expected: problem.expected,
  }));

test('a German label or a typo in a choice field suggests the value, with its label', () => {
  const [laufend] = messages('initiatives', { ...initiative, status: 'laufend' });
  assert.deepEqual(laufend?.tuple, ['invalid-value', 'status', 'active']);
  assert.match(
    laufend.expected,
    /^Meinten Sie „active“ \(laufend\)\? Erwartet: einer dieser Werte: planned \(geplant\), active \(laufend\), completed \(abgeschlossen\), discontinued \(eingestellt\)\.$/,
  );
  assert.deepEqual(
    messages('actors', { title: 'Peine', summary: 'x', kind: 'Landkreis' })[0]?.tuple,
    ['invalid-value', 'kind', 'district'],
  );
  assert.deepEqual(messages('networks', { title: 'UAN', summary: 'x', form: 'verein' })[0]?.tuple, [
    'invalid-value',
    'form',
    'association',
  ]);
  assert.deepEqual(messages('initiatives', { ...initiative, status: 'activ' })[0]?.tuple, [
    'invalid-value',
    'status',
    'active',
  ]);
  assert.deepEqual(messages('actors', { title: 'Peine', summary: 'x', kind: 'city' })[0]?.tuple, [
    'invalid-value',
    'kind',
    undefined,
  ]);
});

test('a date written the German way is shown converted', () => {
  const [ended] = messages('initiatives', { ...initiative, ended: '17.11.2023' });
  assert.deepEqual(ended?.tuple, ['invalid-date', 'ended', '2023-11-17']);
  assert.match(ended.expected, /^Meinten Sie „2023-11-17“\? /);
  assert.deepEqual(messages('initiatives', { ...initiative, ended: '2024-02-30' })[0]?.tuple, [
    'invalid-date',
    'ended',
    undefined,
  ]);
});

test('text over the limit says how long it is', () => {
  const [summary] = messages('initiatives', {
    ...initiative,
    summary: `${'Wort '.repeat(62)}Ende.`,
  });
  assert.deepEqual(summary?.tuple, ['invalid-value', 'summary', undefined]);
  assert.equal(summary.expected, 'Der Text hat 315 Zeichen, erlaubt sind höchstens 300.');
});

test('a misspelt required field is one mistake, not an unknown and a missing field', () => {
  const { title: _title, ...rest } = initiative;
  assert.deepEqual(
    messages('initiatives', { ...rest, titel: 'Radweg' }).map((message) => message.tuple),
    [['unknown-field', 'titel', 'title']],
  );
  assert.deepEqual(
    messages('initiatives', rest).map((message) => message.tuple),
    [['missing-field', 'title', undefined]],
  );
});

test('text fields refuse control and direction characters and invisible-only text, and name the character', () => {
  const network = { title: 'UAN', summary: 'Ein Verein.', form: 'association' };
  const message = (data: object) =>
    check('networks', { ...network, ...data }).problems.map(
      (problem) => `${problem.field}: ${problem.expected}`,
    );
  assert.deepEqual(message({ title: 'Radweg \u202Eetsiw' }), [
    'title: Erwartet: Text ohne unsichtbare Steuer- oder Richtungszeichen; hier steht U+202E. Löschen Sie es (oft mitkopiert aus einer anderen Anwendung).',
  ]);
  assert.deepEqual(message({ summary: '\u200B\u200D\u2060' }), [
    'summary: Erwartet: sichtbarer Text; hier stehen nur Leer- oder unsichtbare Zeichen.',
  ]);
  assert.deepEqual(codes('networks', { ...network, title: 'Glocke\u0007' }), [
    ['invalid-value', 'title'],
  ]);
  assert.deepEqual(
    codes('networks', { ...network, members: [{ ref: 'uan', role: 'Vorsitz\u2066' }] }),
    [['invalid-value', 'members[0].role']],
  );
  assert.deepEqual(codes('networks', { ...network, sources: [{ title: '\u0085Quelle' }] }), [
    ['invalid-value', 'sources[0].title'],
  ]);
  // A name in another script is a name; an address cannot be spoofed, slugs are ASCII.
  assert.deepEqual(
    codes('networks', {
      ...network,
      title: 'Київ – Partnerstadt',
      summary: 'Zeilen\nund\tTabulator.',
    }),
    [],
  );
});

test('web addresses are checked in time linear in their length, and very long ones are refused', () => {
  const network = { title: 'UAN', summary: 'Ein Verein.', form: 'association' };
  const long = `https://${'a'.repeat(1_000_000)} x`;
  const started = performance.now();
  assert.deepEqual(codes('networks', { ...network, website: long }), [
    ['invalid-value', 'website'],
  ]);
  assert.ok(performance.now() - started < 1000, `${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(codes('networks', { ...network, website: 'https://example.org/pfad?a=1' }), []);
  assert.deepEqual(codes('networks', { ...network, website: 'https://localhost/' }), [
    ['invalid-value', 'website'],
  ]);
});
