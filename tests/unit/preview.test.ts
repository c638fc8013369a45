import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewMarkdown } from '../../scripts/preview-screenshots.ts';
import { MAX_PAGES, screenshotPlan } from '../../scripts/support/screenshots.ts';

test('each page is photographed at 375 and 1280 px, under a file name made from its path', () => {
  assert.deepEqual(screenshotPlan(['/akteure/region-hannover/', '/']), [
    { page: '/akteure/region-hannover/', width: 375, file: 'akteure_region-hannover-375.png' },
    { page: '/akteure/region-hannover/', width: 1280, file: 'akteure_region-hannover-1280.png' },
    { page: '/', width: 375, file: 'startseite-375.png' },
    { page: '/', width: 1280, file: 'startseite-1280.png' },
  ]);
  const many = Array.from({ length: MAX_PAGES + 5 }, (_, index) => `/akteure/a${index}/`);
  assert.equal(screenshotPlan(many).length, MAX_PAGES * 2);
});

test('the summary names the artifacts, the pages left out and every axe violation', () => {
  const pages = Array.from({ length: MAX_PAGES + 1 }, (_, index) => `/akteure/a${index}/`);
  const markdown = previewMarkdown(pages, {
    shots: screenshotPlan(pages),
    violations: new Map([['/akteure/a0/', ['image-alt: img']]]),
  });
  assert.match(markdown, /der 20 geänderten Eintragsseiten im Artefakt „vorschau“/);
  assert.match(markdown, /Nur die ersten 20 von 21 Seiten sind fotografiert\./);
  assert.match(markdown, /^- `\/akteure\/a0\/`: image-alt: img$/m);
  assert.match(previewMarkdown([], { shots: [], violations: new Map() }), /keine Vorschaubilder/);
});
