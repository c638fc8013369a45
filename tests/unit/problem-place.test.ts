import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Problem } from '../../src/vocabulary/errors.ts';
import { placeOf } from '../../src/editor/problem-place.ts';

const problem = (fields: Partial<Problem>): Problem => ({
  code: 'invalid-value',
  file: 'content/networks/x.md',
  expected: '',
  ...fields,
});

/** The text a place covers, as a quick fix would replace it. */
function covered(text: string, fields: Partial<Problem>): [string, boolean] {
  const { place, exact } = placeOf(problem(fields), text);
  return [text.slice(place.start.offset, place.end.offset), exact];
}

const network = [
  '---',
  'title: Netz',
  'status: "laufend"',
  'members:',
  '  - ref: region-hanover',
  '    rolle: Mitglied',
  '  - landeshauptstadt-hanover',
  '---',
  'Text.',
].join('\r\n');

test('a quoted value is covered with its quotes, CRLF or not', () => {
  assert.deepEqual(covered(network, { field: 'status', value: 'laufend' }), ['"laufend"', true]);
});

test('a member written as an object or as a bare slug is covered at its slug', () => {
  assert.deepEqual(covered(network, { field: 'members[0].ref', value: 'region-hanover' }), [
    'region-hanover',
    true,
  ]);
  assert.deepEqual(
    covered(network, { field: 'members[1].ref', value: 'landeshauptstadt-hanover' }),
    ['landeshauptstadt-hanover', true],
  );
});

test('an unknown field is covered at its name, not its value', () => {
  assert.deepEqual(
    covered(network, { code: 'unknown-field', field: 'members[0].rolle', suggestion: 'role' }),
    ['rolle', true],
  );
});

test('a value that differs from what the problem quotes is no quick-fix place', () => {
  assert.deepEqual(covered(network, { field: 'members', value: 'x' }), [
    '- ref: region-hanover\r\n    rolle: Mitglied\r\n  - landeshauptstadt-hanover\r\n',
    false,
  ]);
});

test('without a field the line is covered from its first character', () => {
  const { place, exact } = placeOf(problem({ code: 'broken-link', line: 9 }), network);
  assert.deepEqual(
    [place.start.line, place.start.column, place.end.column, exact],
    [9, 1, 6, false],
  );
  assert.equal(placeOf(problem({ code: 'missing-field' }), network).place.start.line, 1);
});
