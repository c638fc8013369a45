import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project folder whose lock file asks for `locked` and whose node_modules holds `installed`. */
function project(locked: Record<string, string>, installed: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kooperationsatlas-preflight-'));
  const devDependencies = Object.fromEntries(Object.keys(locked).map((name) => [name, '*']));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ devDependencies }));
  const packages = Object.fromEntries(
    Object.entries(locked).map(([name, version]) => [`node_modules/${name}`, { version }]),
  );
  writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify({ packages }));
  for (const [name, version] of Object.entries(installed)) {
    mkdirSync(path.join(root, 'node_modules', name), { recursive: true });
    writeFileSync(
      path.join(root, 'node_modules', name, 'package.json'),
      JSON.stringify({ name, version }),
    );
  }
  roots.push(root);
  return root;
}

function preflight(root: string) {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/preflight.mjs'), root], {
    encoding: 'utf8',
  });
}

test('packages older than the lock file, or missing, are named in German with the one command that helps', () => {
  const run = preflight(
    project(
      { astro: '7.4.7', '@astrojs/mdx': '8.1.4', pagefind: '1.6.0' },
      { astro: '7.3.5', pagefind: '1.6.0' },
    ),
  );
  assert.equal(run.status, 1);
  assert.match(run.stderr, /astro: installiert 7\.3\.5, verlangt 7\.4\.7/);
  assert.match(run.stderr, /@astrojs\/mdx: fehlt \(verlangt 8\.1\.4\)/);
  assert.doesNotMatch(run.stderr, /pagefind/);
  assert.match(run.stderr, /„npm install“/);
});

test('installed packages that match the lock file pass in silence', () => {
  const run = preflight(project({ astro: '7.4.7' }, { astro: '7.4.7' }));
  assert.equal(run.status, 0);
  assert.equal(run.stdout + run.stderr, '');
});

test('this project, as installed for the tests, passes', () => {
  assert.equal(preflight(PROJECT_ROOT).status, 0);
});
