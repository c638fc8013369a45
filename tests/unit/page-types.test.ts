import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onePagePerType, pageTypeOf } from '../../scripts/support/page-types.ts';

test('each URL is recognised as its kind of page with the template behind it', () => {
  assert.deepEqual(pageTypeOf('/'), { key: 'start', template: 'src/pages/index.astro' });
  assert.deepEqual(pageTypeOf('/suche/'), {
    key: 'search',
    template: 'src/pages/suche/index.astro',
  });
  assert.deepEqual(pageTypeOf('/404.html'), { key: 'not-found', template: 'src/pages/404.astro' });
  assert.deepEqual(pageTypeOf('/netzwerke/'), {
    key: 'index:netzwerke',
    template: 'src/pages/[section]/index.astro',
  });
  assert.deepEqual(pageTypeOf('/presse/pm-2023/'), {
    key: 'entry:presse',
    template: 'src/pages/[section]/[slug].astro',
  });
  assert.equal(pageTypeOf('/unbekannt/x/'), undefined);
  assert.equal(pageTypeOf('/presse/a/b/'), undefined);
});

test('one page per kind is picked, the first of each in the order given', () => {
  assert.deepEqual(
    onePagePerType([
      '/',
      '/akteure/',
      '/akteure/a/',
      '/akteure/b/',
      '/presse/x/',
      '/suche/',
      '/',
      '/gibts-nicht/',
    ]),
    ['/', '/akteure/', '/akteure/a/', '/presse/x/', '/suche/'],
  );
});
