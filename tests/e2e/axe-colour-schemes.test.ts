import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { axeInLightAndDark } from '../helpers/axe-colour-schemes.ts';

/** The helper the page walks rely on: one load, both colour schemes, each judged on its own colours. */
let browser: Browser;
let page: Page;
before(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
after(async () => {
  await browser?.close();
});

const PAGE = (style: string) =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Test</title><style>${style}</style></head>` +
  '<body><main><h1>Überschrift</h1><p id="text">Ein Absatz.</p></main></body></html>';

test('a contrast failure only in dark mode is found in dark mode only, and the page is left in light mode', async () => {
  await page.setContent(
    PAGE(
      'p { color: #000; background: #fff } @media (prefers-color-scheme: dark) { p { color: #333; background: #222 } }',
    ),
  );
  assert.deepEqual(await axeInLightAndDark(page), { light: [], dark: ['color-contrast: #text'] });
  assert.equal(
    await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    false,
  );
});

test('a contrast failure only in light mode is found in light mode only', async () => {
  await page.setContent(
    PAGE(
      'p { color: #ccc; background: #fff } @media (prefers-color-scheme: dark) { p { color: #fff; background: #000 } }',
    ),
  );
  assert.deepEqual(await axeInLightAndDark(page), { light: ['color-contrast: #text'], dark: [] });
});
