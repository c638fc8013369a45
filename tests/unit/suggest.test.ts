import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestMatch, editDistance, suggestDate } from '../../src/vocabulary/suggest.ts';

test('edit distance counts insertions, deletions and substitutions', () => {
  assert.equal(editDistance('titel', 'title'), 2);
  assert.equal(editDistance('region-hanover', 'region-hannover'), 1);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('a bounded edit distance gives up with limit + 1 once the limit is exceeded', () => {
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('kitten', 'sitting', 2), 3);
  assert.equal(editDistance('a', 'abcdefgh', 2), 3);
});

test('the closest candidate within a few typos wins, case ignored', () => {
  assert.equal(closestMatch('titel', ['summary', 'title', 'kind']), 'title');
  assert.equal(
    closestMatch('region-hanover', ['landkreis-peine', 'region-hannover', 'region-hannover-alt']),
    'region-hannover',
  );
  assert.equal(closestMatch('Laufend', ['active', 'laufend']), 'laufend');
  assert.equal(closestMatch('activ', ['planned', 'active', 'completed']), 'active');
});

test('no suggestion when nothing is close', () => {
  assert.equal(closestMatch('city', ['municipality', 'district', 'region']), undefined);
  assert.equal(closestMatch('gibts-nicht', ['ok-akteur', 'mobil']), undefined);
  assert.equal(closestMatch('x', []), undefined);
});

test('dates written the German way are converted to the ISO form', () => {
  assert.equal(suggestDate('17.11.2023'), '2023-11-17');
  assert.equal(suggestDate('5.1.2024'), '2024-01-05');
  assert.equal(suggestDate('11.2023'), '2023-11');
  assert.equal(suggestDate('11/2023'), '2023-11');
  assert.equal(suggestDate('2023/11/17'), '2023-11-17');
  assert.equal(suggestDate('2023-1-5'), '2023-01-05');
  assert.equal(suggestDate('17. November 2023'), '2023-11-17');
  assert.equal(suggestDate('März 2024'), '2024-03');
  assert.equal(suggestDate('Sept. 2019'), '2019-09');
});

test('no date is suggested for days that do not exist or text that is no date', () => {
  assert.equal(suggestDate('30.02.2024'), undefined);
  assert.equal(suggestDate('2024-13-01'), undefined);
  assert.equal(suggestDate('2024-02-30'), undefined);
  assert.equal(suggestDate('2023-11-17'), undefined, 'already right');
  assert.equal(suggestDate('demnächst'), undefined);
  assert.equal(suggestDate('17.11.23'), undefined, 'a two-digit year is ambiguous');
});
