import assert from 'node:assert/strict';
import { test } from 'node:test';
import { excerptRange, headingRanges } from '../../src/client/excerpt.ts';

// Word positions as Pagefind counts them in its indexed text:
// 0 Titel. 1 Vorher 2 steht 3 hier. 4 Inhalt. 5 Rund 6 20 7 Mitglieder 8 erarbeiteten
// 9 Chancen. 10 Größe 11 des 12 Gebiets. 13 Stand: 14 2015.
const words =
  'Titel. Vorher steht hier. Inhalt. Rund 20 Mitglieder erarbeiteten Chancen. Größe des Gebiets. Stand: 2015.'.split(
    ' ',
  );
const headings = headingRanges([
  { element: 'h2', id: 'inhalt', text: 'Inhalt', location: 4 },
  { element: 'h2', id: 'groesse', text: 'Größe des Gebiets', location: 10 },
  // Not a heading: no sub-result starts here.
  { element: 'span', id: 'x', text: 'Rund', location: 5 },
]);
const shown = (range: { start: number; end: number } | undefined) =>
  range && words.slice(range.start, range.end).join(' ');

test('headings become word ranges from their anchors', () => {
  assert.deepEqual(headings, [
    { start: 4, end: 5 },
    { start: 10, end: 13 },
  ]);
});

test('a section excerpt starts after its heading, not with it', () => {
  const section = { start: 4, end: 10 };
  assert.equal(
    shown(excerptRange(headings, [7], section, 24, 6)),
    'Rund 20 Mitglieder erarbeiteten Chancen.',
  );
  // The hit is the heading itself: the section's text, from its start.
  assert.equal(shown(excerptRange(headings, [4], section, 3)), 'Rund 20 Mitglieder');
  assert.equal(excerptRange(headings, [4], section, 3)?.cutAfter, true);
  assert.equal(excerptRange(headings, [4], section, 3)?.cutBefore, false);
});

test('an excerpt never runs across a heading into the text before or after it', () => {
  const body = { start: 1, end: words.length };
  assert.equal(shown(excerptRange(headings, [3], body, 24, 6)), 'Vorher steht hier.');
  assert.equal(
    shown(excerptRange(headings, [5], body, 24, 6)),
    'Rund 20 Mitglieder erarbeiteten Chancen.',
  );
  assert.equal(shown(excerptRange(headings, [14], body, 24, 6)), 'Stand: 2015.');
  // A long window is cut at the section end and starts earlier rather than run over.
  const range = excerptRange(headings, [9], body, 3, 1);
  assert.equal(shown(range), 'Mitglieder erarbeiteten Chancen.');
  assert.deepEqual([range?.cutBefore, range?.cutAfter], [true, false]);
});

test('a section of headings alone has no excerpt', () => {
  assert.equal(excerptRange(headings, [10], { start: 10, end: 13 }), undefined);
});
