import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateEntry } from '../../src/lib/validate-entry.ts';
import type { CollectionName } from '../../src/lib/collections.ts';

const noLines = () => undefined;
const check = (collection: CollectionName, data: unknown) => validateEntry(collection, data, `content/${collection}/x.md`, noLines);
const codes = (collection: CollectionName, data: unknown) =>
  check(collection, data).problems.map((problem) => [problem.code, problem.field]);

const initiative = { title: 'Radweg', summary: 'Ein Projekt.', status: 'active', leads: ['uan'], actionFields: ['mobilitaet'] };

test('a minimal entry of every collection is valid', () => {
  assert.deepEqual(codes('initiatives', initiative), []);
  assert.deepEqual(codes('networks', { title: 'UAN', summary: 'Ein Verein.', form: 'association' }), []);
  assert.deepEqual(codes('action-fields', { title: 'Mobilität', summary: 'Verkehr.' }), []);
  assert.deepEqual(codes('actors', { title: 'Peine', summary: 'Ein Landkreis.', kind: 'district' }), []);
  const press = { title: 'PM', summary: 'Eine Mitteilung.', date: '2023-11-17', publisher: 'uan', about: ['uan'], sources: [{ title: 'PM' }] };
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
  assert.deepEqual(data.partners, [{ ref: 'uan' }, { ref: 'ihk', role: 'Fachleute im Lenkungskreis' }]);
  assert.deepEqual(codes('networks', { title: 'B', summary: 'x', form: 'alliance', leads: 'region-hannover' }), [['invalid-value', 'leads']]);
  assert.deepEqual(codes('networks', { title: 'B', summary: 'x', form: 'alliance', partners: [{ ref: 'ihk', rolle: 'x' }] }), [['unknown-field', 'partners[0].rolle']]);
});

test('every kind of field mistake is reported with its field and code', () => {
  assert.deepEqual(codes('initiatives', { ...initiative, titel: 'x' }), [['unknown-field', 'titel']]);
  assert.deepEqual(codes('initiatives', { ...initiative, status: 'laufend' }), [['invalid-value', 'status']]);
  assert.deepEqual(codes('initiatives', { ...initiative, started: '2024-02-30' }), [['invalid-date', 'started']]);
  assert.deepEqual(codes('initiatives', { ...initiative, leads: [] }), [['invalid-value', 'leads']]);
  assert.deepEqual(codes('initiatives', { ...initiative, leads: ['Region Hannover'] }), [['invalid-value', 'leads[0]']]);
  assert.deepEqual(codes('initiatives', { ...initiative, website: 'javascript:alert(1)' }), [['invalid-value', 'website']]);
  assert.deepEqual(codes('initiatives', { ...initiative, summary: 'Mit **Markdown**.' }), [['invalid-value', 'summary']]);
  assert.deepEqual(codes('initiatives', { ...initiative, title: 'x'.repeat(161) }), [['invalid-value', 'title']]);
  const { status: _status, ...withoutStatus } = initiative;
  assert.deepEqual(codes('initiatives', withoutStatus), [['missing-field', 'status']]);
});

test('an unknown field names the closest known field', () => {
  const [problem] = check('initiatives', { ...initiative, titel: 'x' }).problems;
  assert.match(problem!.expected, /Meinten Sie „title“\?/);
});

test('press releases need sources, a valid date and no facts', () => {
  const press = { title: 'PM', summary: 'x', date: '2022', publisher: 'uan', about: ['uan'] };
  assert.deepEqual(codes('press-releases', press), [['missing-field', 'sources']]);
  assert.deepEqual(codes('press-releases', { ...press, sources: [{ title: 'Q' }], date: '17.11.2023' }), [['invalid-date', 'date']]);
  assert.deepEqual(codes('press-releases', { ...press, sources: [{ title: 'Q' }], facts: [] }), [['unknown-field', 'facts']]);
});

test('a fact must point at an existing source, counted from 1', () => {
  const actor = { title: 'Peine', summary: 'x', kind: 'district', sources: [{ title: 'Vorlage' }] };
  assert.deepEqual(codes('actors', { ...actor, facts: [{ label: 'Kosten', value: '3.000 €', asOf: 2015, source: 1 }] }), []);
  assert.deepEqual(codes('actors', { ...actor, facts: [{ label: 'Kosten', value: '3.000 €', source: 2 }] }), [['invalid-value', 'facts[0].source']]);
});

test('the Amtlicher Gemeindeschlüssel has 2, 5 or 8 digits', () => {
  const actor = { title: 'Peine', summary: 'x', kind: 'district' };
  assert.deepEqual(codes('actors', { ...actor, ags: '03157' }), []);
  assert.deepEqual(codes('actors', { ...actor, ags: '0315' }), [['invalid-value', 'ags']]);
});
