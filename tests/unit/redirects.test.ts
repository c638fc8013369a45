import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redirectsFile } from '../../src/site/redirects.ts';
import type { SitePath } from '../../src/vocabulary/urls.ts';

test('the _redirects file has one sorted `from to 301` line per alias', () => {
  const redirects = [
    { from: '/netzwerke/uan-alt/' as SitePath, to: '/netzwerke/uan/' as SitePath },
    { from: '/akteure/alte-stadt/' as SitePath, to: '/akteure/stadt/' as SitePath },
  ];
  assert.equal(
    redirectsFile(redirects),
    '/akteure/alte-stadt/ /akteure/stadt/ 301\n/netzwerke/uan-alt/ /netzwerke/uan/ 301\n',
  );
  assert.equal(redirectsFile([]), '');
});
