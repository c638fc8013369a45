import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSlug, splitFileName, suggestSlug } from '../../src/vocabulary/slugs.ts';

test('isSlug follows the contract: lower-case ASCII words joined by single hyphens', () => {
  for (const good of ['uan', 'region-hannover', 'klimaneutralitaet', 'eurocities-2019', 'a1-b2'])
    assert.ok(isSlug(good), good);
  for (const bad of [
    'UAN',
    'nw-c ',
    'klimaneutralität',
    '-start',
    'ende-',
    'doppel--strich',
    'mit_unterstrich',
    '',
  ]) {
    assert.ok(!isSlug(bad), bad);
  }
});

test('suggestSlug transliterates umlauts and ß as the contract says', () => {
  assert.equal(suggestSlug('Klimaneutralität'), 'klimaneutralitaet');
  assert.equal(suggestSlug('Göttingen'), 'goettingen');
  assert.equal(suggestSlug('Straße & Übergänge'), 'strasse-uebergaenge');
  assert.equal(suggestSlug('NW-C'), 'nw-c');
  assert.equal(suggestSlug('Allianz „Zukunft in Sicherheit“'), 'allianz-zukunft-in-sicherheit');
});

test('splitFileName keeps the extension as written', () => {
  assert.deepEqual(splitFileName('uan.md'), { slug: 'uan', extension: '.md' });
  assert.deepEqual(splitFileName('Foo.MD'), { slug: 'Foo', extension: '.MD' });
  assert.deepEqual(splitFileName('notiz'), { slug: 'notiz', extension: '' });
});
