import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { launchChromium } from '../../scripts/support/browser.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { sharedBuild } from '../helpers/build-cache.ts';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file.ts';

/**
 * The form editor as an editor uses it, in Chromium: the built site's `/admin/` under its own
 * policy, Decap's local backend (`decap-server` in Git mode) on a copy of the good fixture in a
 * Git repository of its own. An initiative made through the form is saved as a branch of its
 * own (the editorial workflow, never a commit on main); the file on that branch passes
 * `npm run check`, and a build of that knowledge base shows the initiative with its relations
 * on both sides.
 */
const FIXTURE = 'tests/fixtures/good';
// Decap makes the slug from the title, with umlauts reduced to their base letter.
const SLUG = 'stadtbaume-fur-arzteburg';
const TITLE = 'Stadtbäume für Ärzteburg';
const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: GIT_ENV });
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@kooperationsatlas.example',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@kooperationsatlas.example',
};

let outDir: string;
let repo: string;
let proxy: ChildProcess;
let proxyPort: number;
let site: StaticServer;
let browser: Browser;
const violations: string[] = [];
const otherOrigins: string[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForProxy(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('decap-server did not start');
}

before(async () => {
  const build = await sharedBuild(FIXTURE);
  assert.equal(build.exitCode, 0, build.output);
  outDir = build.outDir;
  const rules = parseHeadersFile(readFileSync(path.join(build.outDir, '_headers'), 'utf8'));
  site = await serveDirectory(build.outDir, headersForPath(rules, '/admin/'));

  // The CMS writes below the folder the build was told (KA_CONTENT_DIR), relative to the repository.
  repo = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-cms-repo-'));
  cpSync(path.join(PROJECT_ROOT, FIXTURE), path.join(repo, FIXTURE), { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'Fixture');

  proxyPort = await freePort();
  proxy = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')],
    {
      cwd: repo,
      env: {
        ...GIT_ENV,
        PORT: String(proxyPort),
        BIND_HOST: '127.0.0.1',
        MODE: 'git',
        GIT_REPO_DIRECTORY: repo,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  await waitForProxy(`http://127.0.0.1:${proxyPort}/api/v1`);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  proxy?.kill();
  for (const folder of [repo, `${repo}-zweig`])
    if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * A tab on the form editor. Decap looks for its local backend at localhost:8081 (the default
 * of `npx decap-server`); the test's proxy runs on a free port, so those requests are passed
 * on to it. Every request to another origin is recorded, and so is every policy violation.
 */
async function openEditor(): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Decap's bundle is 5 MB; on a busy machine the first load takes a while.
  page.setDefaultTimeout(120_000);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === 'http://localhost:8081') {
      const forwarded = `http://127.0.0.1:${proxyPort}${url.pathname}${url.search}`;
      await route.fulfill({ response: await route.fetch({ url: forwarded }) });
      return;
    }
    if (url.origin !== site.origin && url.protocol.startsWith('http')) otherOrigins.push(url.href);
    await route.continue();
  });
  await page.exposeBinding('reportViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  await page.goto(`${site.origin}/admin/`);
  await page.getByRole('button', { name: /Anmelden|Login/i }).click();
  return page;
}

/** Label text of a field: its name, then „ (optional)“ where the field may stay empty. */
const label = (name: string) => new RegExp(`^${name}( \\(optional\\))?$`);

/** Picks an option of a select or relation field by typing part of its label or title. */
async function pick(page: Page, fieldLabel: string, term: string, option: string) {
  const input = page.getByLabel(label(fieldLabel));
  await input.click();
  await input.fill(term);
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an initiative made in the form editor becomes a branch whose file passes the check and builds', async () => {
  const page = await openEditor();
  await page.goto(`${site.origin}/admin/#/collections/initiatives/new`);
  await page.getByLabel('Titel', { exact: true }).fill(TITLE);
  await page
    .getByLabel('Kurzbeschreibung', { exact: true })
    .fill('Ein erfundenes Vorhaben für mehr Bäume in der Stadt Ärzteburg.');
  await pick(page, 'Stand', 'lauf', 'laufend');
  await pick(page, 'Träger', 'Ärzte', 'Stadt Ärzteburg');
  await pick(page, 'Handlungsfelder', 'Klima', 'Klimaneutralität');
  await page.getByRole('button', { name: /Quellen hinzufügen|Add Quellen/i }).click();
  await page.getByLabel(label('Titel der Quelle')).fill('Beschluss des Rates');
  await page
    .getByLabel(label('Webadresse der Quelle'))
    .fill('https://aerzteburg.example/beschluss');
  await page.getByRole('button', { name: /^Speichern$/ }).click();
  await page.getByText('Änderungen gespeichert').waitFor();

  // Saved as a branch of its own; main is untouched.
  const branches = git(repo, 'branch', '--list', '--format=%(refname:short)').split('\n');
  assert.ok(branches.includes(`cms/initiatives/${SLUG}`), branches.join(', '));
  const file = `${FIXTURE}/initiatives/${SLUG}.md`;
  assert.equal(git(repo, 'ls-tree', '--name-only', 'main', file).trim(), '');
  assert.equal(git(repo, 'status', '--porcelain').trim(), '');
  // A clone of the branch: the proxy switches branches in its own working tree while it works.
  const branch = `${repo}-zweig`;
  git(repo, 'clone', '--quiet', '--branch', `cms/initiatives/${SLUG}`, repo, branch);
  const written = readFileSync(path.join(branch, file), 'utf8');
  assert.match(written, /^leads:\n {2}- stadt-a$/m, written);
  assert.match(written, /^actionFields:\n {2}- klima$/m, written);
  assert.match(written, /^status: active$/m, written);

  // The knowledge base's own check, as `npm run check -- <file>` runs it.
  const contentDir = path.join(branch, FIXTURE);
  const check = spawnSync(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'scripts/check.ts'),
      path.join(contentDir, 'initiatives', `${SLUG}.md`),
    ],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KA_CONTENT_DIR: contentDir,
        GITHUB_ACTIONS: '',
        INIT_CWD: PROJECT_ROOT,
      },
    },
  );
  assert.equal(check.status, 0, `${check.stdout}${check.stderr}\n${written}`);

  // One build of the new knowledge base: the page, and the relation seen from both sides.
  const build = await sharedBuild(contentDir);
  assert.equal(build.exitCode, 0, build.output);
  const pageOf = (pagePath: string) => {
    const html = path.join(build.outDir, pagePath, 'index.html');
    assert.ok(existsSync(html), pagePath);
    return parse(readFileSync(html, 'utf8'));
  };
  const initiative = pageOf(`initiativen/${SLUG}`);
  assert.equal(initiative.querySelector('h1')?.text.trim(), TITLE);
  const links = (root: ReturnType<typeof parse>) =>
    root.querySelectorAll('main a').map((link) => link.getAttribute('href'));
  assert.ok(links(initiative).includes('/handlungsfelder/klima/'), 'initiative → action field');
  assert.ok(links(initiative).includes('/akteure/stadt-a/'), 'initiative → lead');
  assert.ok(links(pageOf('handlungsfelder/klima')).includes(`/initiativen/${SLUG}/`));
  assert.ok(links(pageOf('akteure/stadt-a')).includes(`/initiativen/${SLUG}/`));

  assert.deepEqual(violations, []);
  assert.deepEqual(otherOrigins, []);
  await page.context().close();
});

test('the form editor stays out of the sitemap and the search index', () => {
  const sitemaps = readdirSync(outDir).filter((name) => /^sitemap.*\.xml$/.test(name));
  assert.ok(sitemaps.length > 0);
  for (const name of sitemaps)
    assert.doesNotMatch(readFileSync(path.join(outDir, name), 'utf8'), /\/admin\//, name);
  // Pagefind indexes the knowledge base's records, one per entry, not the built pages.
  const entry = JSON.parse(
    readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
  ) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );
  const entryPages = readdirSync(path.join(PROJECT_ROOT, FIXTURE), { recursive: true })
    .map(String)
    .filter((name) => /\.mdx?$/.test(name) && !name.includes('entwurf'));
  assert.equal(indexed, entryPages.length);
});
