/**
 * Draws the default share image (public/share-image.png, 1200 × 630 px, the size Open Graph
 * and Twitter cards show) from a small HTML card with Debian's Chromium. Run it once after
 * changing the card and commit the PNG: the build only copies the file and fetches nothing.
 *
 *   node scripts/make-share-image.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/browser.ts';
import { SHARE_IMAGE } from '../src/site/page-meta.ts';
import { SITE } from '../src/site.config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const card = `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${SHARE_IMAGE.width}px; height: ${SHARE_IMAGE.height}px; }
  body { box-sizing: border-box; padding: 80px 96px; display: flex; flex-direction: column; justify-content: space-between;
         background: #0b5c8a; color: #ffffff; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; }
  .mark { display: flex; gap: 18px; align-items: center; font-size: 34px; letter-spacing: 0.04em; text-transform: uppercase; opacity: 0.9; }
  .dots { display: grid; grid-template-columns: repeat(3, 18px); gap: 8px; }
  .dots span { width: 18px; height: 18px; border-radius: 50%; background: #ffffff; }
  .dots span:nth-child(even) { opacity: 0.55; }
  h1 { margin: 0; font-size: 92px; line-height: 1.05; font-weight: 700; }
  p { margin: 0; font-size: 38px; line-height: 1.3; max-width: 960px; }
</style></head><body>
  <div class="mark"><div class="dots">${'<span></span>'.repeat(6)}</div>Regionale Zusammenarbeit</div>
  <h1>${escape(SITE.title)}</h1>
  <p>Initiativen, Netzwerke, Handlungsfelder und Akteure in der Region Hannover und in Niedersachsen</p>
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height },
    deviceScaleFactor: 1,
  });
  await page.setContent(card);
  await page.screenshot({ path: path.join(root, 'public', SHARE_IMAGE.path), type: 'png' });
} finally {
  await browser.close();
}
