import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import type { BuildResult } from '../../scripts/support/build-site.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { DEPLOYMENT_ENV, OPERATOR_ENV } from '../helpers/good-fixture.ts';
import { parseHeadersFile, rulesFor } from '../helpers/headers-file.ts';
import { sitemapPaths } from '../../scripts/support/site-links.ts';

/**
 * Legal pages, footer, Content-Security-Policy and the absence of third-party requests, on
 * builds of tests/fixtures/good: once as shipped (operator details unset), once as a
 * deployment builds it, with its address and every operator detail set through its
 * environment variable.
 */
const SITE_ORIGIN = 'https://kooperationsatlas.example';
const INFO_PAGES = ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/ueber/', '/daten/'];

let shipped: BuildResult;
let configured: BuildResult;

before(async () => {
  shipped = await sharedBuild('tests/fixtures/good');
  assert.equal(shipped.exitCode, 0, shipped.output);
  configured = await sharedBuild('tests/fixtures/good', DEPLOYMENT_ENV);
  assert.equal(configured.exitCode, 0, configured.output);
});

/**
 * Every HTML file of a build; a test walking them cannot pass on an empty build. Not the form
 * editor (`admin/`), which has a policy of its own (tests/unit/security-policy.test.ts,
 * tests/e2e/form-editor.test.ts) and no site footer.
 */
function htmlFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`admin${path.sep}`))
    .map((file) => path.join(dir, file));
  assert.ok(files.length > 15, `only ${files.length} HTML files in ${dir}`);
  return files;
}

const load = (outDir: string, pagePath: string) =>
  parse(readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8'));

test('the legal and trust pages exist, each with one h1', () => {
  for (const pagePath of INFO_PAGES) {
    const document = load(shipped.outDir, pagePath);
    assert.equal(document.querySelectorAll('h1').length, 1, pagePath);
  }
});

test('every page links them from its footer', () => {
  for (const file of htmlFiles(shipped.outDir)) {
    const footer = parse(readFileSync(file, 'utf8')).querySelector('footer.site-footer');
    if (!footer) {
      // Redirect stubs for former slugs have no layout.
      assert.match(readFileSync(file, 'utf8'), /http-equiv="refresh"/, file);
      continue;
    }
    const links = new Set(
      footer.querySelectorAll('a').map((anchor) => anchor.getAttribute('href')),
    );
    for (const pagePath of INFO_PAGES) assert.ok(links.has(pagePath), `${file} → ${pagePath}`);
  }
});

test('while operator details are unset, the pages show marked placeholders and the build warns', () => {
  const imprint = load(shipped.outDir, '/impressum/');
  const placeholders = imprint.querySelectorAll('.missing-setting').map((element) => element.text);
  assert.ok(
    placeholders.includes('[Angabe fehlt: Name des Anbieters]'),
    JSON.stringify(placeholders),
  );
  assert.ok(placeholders.includes('[Angabe fehlt: Anschrift des Anbieters]'));
  assert.ok(
    load(shipped.outDir, '/datenschutz/')
      .querySelectorAll('.missing-setting')
      .some((element) => element.text.includes('Hosting-Dienstleister')),
  );
  assert.ok(
    load(shipped.outDir, '/barrierefreiheit/')
      .querySelectorAll('.missing-setting')
      .some((element) => element.text.includes('Schlichtungs')),
  );
  const count =
    /\[WARN\] \[kooperationsatlas:site-settings\] (\d+) Angaben des Betreibers fehlen/.exec(
      shipped.output,
    )?.[1];
  assert.equal(Number(count), Object.keys(OPERATOR_ENV).length, shipped.output);
  // One line, naming every variable: it must not bury an editor's own messages.
  const warning = shipped.output
    .split('\n')
    .find((line) => line.includes('Angaben des Betreibers'));
  for (const variable of Object.keys(OPERATOR_ENV))
    assert.ok(warning?.includes(variable), `${variable} not in: ${warning}`);
  const dataset = (
    JSON.parse(readFileSync(path.join(shipped.outDir, 'daten', 'katalog.jsonld'), 'utf8')) as {
      'dcat:dataset': Record<string, unknown>[];
    }
  )['dcat:dataset'][0]!;
  assert.equal(
    dataset['dcatde:contributorID'],
    '[Angabe fehlt: DCAT-AP.de-Kennung des Datenbereitstellers (contributorID)]',
  );
  assert.ok(!('dct:spatial' in dataset), 'no area is made up');
});

test('once the operator sets them, the pages show the values, no placeholder remains, and the build is quiet', () => {
  for (const pagePath of INFO_PAGES) {
    assert.equal(
      load(configured.outDir, pagePath).querySelectorAll('.missing-setting').length,
      0,
      pagePath,
    );
  }
  const imprint = load(configured.outDir, '/impressum/');
  const text = imprint.querySelector('main')!.text;
  assert.ok(
    text.includes('Testbetreiber e. V.') &&
      text.includes('30000 Teststadt') &&
      text.includes('Vorstand Test'),
  );
  assert.ok(imprint.querySelector('a[href="mailto:kontakt@betreiber.example"]'));
  assert.ok(imprint.querySelector('a[href="tel:+49511000000"]'));
  assert.ok(load(configured.outDir, '/barrierefreiheit/').text.includes('30. November 2026'));
  assert.doesNotMatch(configured.output, /site-settings/);
  type Node = Record<string, Record<string, unknown>>;
  const catalog = JSON.parse(
    readFileSync(path.join(configured.outDir, 'daten', 'katalog.jsonld'), 'utf8'),
  ) as { 'dcat:dataset': Node[] };
  const dataset = catalog['dcat:dataset'][0]!;
  assert.equal(dataset['dct:publisher']?.['foaf:name'], 'Testbetreiber e. V.');
  assert.deepEqual(dataset['dcatde:contributorID'], {
    '@id': 'http://dcat-ap.de/def/contributors/test',
  });
  assert.deepEqual(dataset['dcat:contactPoint']?.['vcard:hasEmail'], {
    '@id': 'mailto:kontakt@betreiber.example',
  });
  assert.deepEqual(dataset['dct:spatial'], [
    { '@id': 'http://dcat-ap.de/def/politicalGeocoding/districtKey/03241' },
  ]);
});

test('drafts stay out of the open data', () => {
  const actors = JSON.parse(
    readFileSync(path.join(shipped.outDir, 'daten', 'akteure.json'), 'utf8'),
  ) as { entries: { slug: string }[] };
  const actorPages = sitemapPaths(shipped.outDir)
    .filter((page) => /^\/akteure\/[^/]+\/$/.test(page))
    .map((page) => page.split('/')[2]!);
  assert.deepEqual(actors.entries.map((entry) => entry.slug).sort(), actorPages.sort());
  assert.ok(!actorPages.includes('entwurf'), 'the fixture’s draft has no page');
  assert.ok(
    !readFileSync(path.join(shipped.outDir, 'daten', 'beziehungen.json'), 'utf8').includes(
      '"entwurf"',
    ),
  );
});

/** `name → sources` of a serialised policy, without Astro's hashes. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]): [string, string[]] => [
        name!,
        sources.filter((source) => !/^'sha(256|384|512)-/.test(source)),
      ]),
  );
}

test('every page carries the CSP as its first head element, the same policy as _headers minus frame-ancestors', () => {
  const header = directives(
    parseHeadersFile(readFileSync(path.join(shipped.outDir, '_headers'), 'utf8')).get('/*')![
      'Content-Security-Policy'
    ]!,
  );
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
  header.delete('frame-ancestors');
  for (const file of htmlFiles(shipped.outDir)) {
    const html = readFileSync(file, 'utf8');
    const metas = parse(html).querySelectorAll('meta[http-equiv="content-security-policy"]');
    assert.equal(metas.length, 1, file);
    const policy = metas[0]!.getAttribute('content')!;
    assert.ok(!/'unsafe-inline'|'unsafe-eval'/.test(policy), `${file}: ${policy}`);
    assert.deepEqual(directives(policy), header, file);
    // A <meta> policy governs only what follows it; JSON-LD data blocks are not run and may come
    // first.
    const at = html.indexOf('http-equiv="content-security-policy"');
    for (const marker of [
      /<script(?! type="application\/ld\+json")/,
      /<link rel="stylesheet"/,
      /<style/,
    ]) {
      const found = html.search(marker);
      assert.ok(found === -1 || found > at, `${file}: ${marker} before the policy`);
    }
  }
});

test('every page asks for no referrer to other sites, as the privacy statement says', () => {
  for (const file of htmlFiles(shipped.outDir)) {
    const document = parse(readFileSync(file, 'utf8'));
    if (!document.querySelector('footer.site-footer')) continue;
    assert.equal(
      document.querySelector('meta[name="referrer"]')?.getAttribute('content'),
      'same-origin',
      file,
    );
  }
});

test('no page has inline script, inline style or event handler attributes', () => {
  for (const file of htmlFiles(shipped.outDir)) {
    const document = parse(readFileSync(file, 'utf8'));
    for (const script of document.querySelectorAll('script')) {
      assert.ok(
        script.getAttribute('src') || script.getAttribute('type') === 'application/ld+json',
        `${file}: inline script`,
      );
    }
    assert.equal(document.querySelectorAll('style').length, 0, `${file}: <style>`);
    for (const element of document.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes)) {
        assert.ok(name !== 'style' && !/^on/i.test(name), `${file}: ${element.tagName} ${name}`);
      }
    }
  }
});

/** Every URL a page makes the browser fetch on its own: scripts, styles, fonts, images, frames, media, hints. */
function fetchedUrls(document: HTMLElement): string[] {
  const urls: string[] = [];
  const FETCHING_RELS =
    /\b(stylesheet|preconnect|dns-prefetch|prefetch|preload|modulepreload|prerender|icon|apple-touch-icon|manifest|mask-icon)\b/i;
  for (const link of document.querySelectorAll('link[href]'))
    if (FETCHING_RELS.test(link.getAttribute('rel') ?? '')) urls.push(link.getAttribute('href')!);
  for (const element of document.querySelectorAll(
    'script[src], img, source, iframe, frame, embed, object, video, audio, track, input[type="image"]',
  )) {
    for (const attribute of ['src', 'data', 'poster']) {
      const value = element.getAttribute(attribute);
      if (value) urls.push(value);
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      for (const candidate of (element.getAttribute(attribute) ?? '').split(','))
        if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]!);
    }
  }
  return urls;
}

const foreign = (url: string) => new URL(url, `${SITE_ORIGIN}/`).origin !== SITE_ORIGIN;

test('no page and no stylesheet loads anything from another origin', () => {
  let checked = 0;
  for (const file of htmlFiles(shipped.outDir)) {
    const urls = fetchedUrls(parse(readFileSync(file, 'utf8')));
    checked += urls.length;
    assert.deepEqual(urls.filter(foreign), [], file);
  }
  assert.ok(checked > 20, 'the test saw the pages’ scripts, styles and icons');
  const cssDir = path.join(shipped.outDir, '_astro');
  for (const css of readdirSync(cssDir).filter((file) => file.endsWith('.css'))) {
    const text = readFileSync(path.join(cssDir, css), 'utf8');
    assert.doesNotMatch(text, /@import/, css);
    const references = [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)]
      .map((match) => match[1]!)
      .filter((url) => !url.startsWith('data:'));
    assert.deepEqual(references.filter(foreign), [], css);
  }
});

test('the test would notice a foreign script, font, image, frame or preconnect', () => {
  const document = parse(
    '<head><link rel="preconnect" href="https://fonts.example"><link rel="stylesheet" href="//cdn.example/x.css"><script src="https://cdn.example/a.js"></script></head>' +
      '<body><img src="/ok.png" srcset="/ok.png 1x, https://img.example/b.png 2x"><iframe src="https://video.example/"></iframe></body>',
  );
  assert.deepEqual(fetchedUrls(document).filter(foreign), [
    'https://fonts.example',
    '//cdn.example/x.css',
    'https://cdn.example/a.js',
    'https://img.example/b.png',
    'https://video.example/',
  ]);
});

test('_headers: every built file gets exactly one Cache-Control, immutable only where its name carries a hash', () => {
  const rules = parseHeadersFile(readFileSync(path.join(shipped.outDir, '_headers'), 'utf8'));
  assert.equal(
    rules.get('/*')!['Cache-Control'],
    undefined,
    'the catch-all would add a second value',
  );
  // Cloudflare Pages reads at most 100 rules.
  assert.ok(rules.size <= 100, `${rules.size} rules`);
  const files = readdirSync(shipped.outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !['_headers', '_redirects'].includes(entry.name))
    .map((entry) => path.relative(shipped.outDir, path.join(entry.parentPath, entry.name)));
  const immutable = 'public, max-age=31536000, immutable';
  const revalidate = 'public, max-age=0, must-revalidate';
  const seen = new Set<string>();
  const cacheControl = (urlPath: string) => {
    const values = rulesFor(rules, urlPath).flatMap(([, headers]) =>
      headers['Cache-Control'] ? [headers['Cache-Control']] : [],
    );
    assert.equal(values.length, 1, `${urlPath}: ${JSON.stringify(values)}`);
    return values[0]!;
  };
  for (const file of files) {
    const urlPath = `/${file.split(path.sep).join('/')}`;
    const value = cacheControl(urlPath);
    seen.add(value);
    const hashed =
      /^\/_astro\/.+\.[\w-]{8}\.\w+$/.test(urlPath) ||
      /^\/pagefind\/(index|fragment|filter)\/de_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/.test(
        urlPath,
      ) ||
      /^\/pagefind\/pagefind\.de_[0-9a-f]{7,}\.pf_meta$/.test(urlPath);
    assert.equal(value, hashed ? immutable : revalidate, urlPath);
  }
  assert.deepEqual([...seen].sort(), [immutable, revalidate].sort());
  // The files the search loads under fixed names, and pages as a reader asks for them.
  for (const urlPath of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/wasm.de.pagefind',
    '/',
    '/suche/',
    '/initiativen/',
  ])
    assert.equal(cacheControl(urlPath), revalidate, urlPath);
});
