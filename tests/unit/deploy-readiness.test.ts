import assert from 'node:assert/strict';
import { test } from 'node:test';
import deployReadiness from '../../src/integrations/deploy-readiness.ts';
import {
  deployProblems,
  isPlaceholderHost,
  settingsRequired,
} from '../../src/site/deploy-readiness.ts';
import { REQUIRED_SETTINGS } from '../../src/site/operator-settings.ts';

/** A site with every operator detail set, at a real address, except what `change` says. */
function site(change: (values: Record<string, string | undefined>) => void = () => {}) {
  const values: Record<string, string | undefined> = Object.fromEntries(
    REQUIRED_SETTINGS.map((spec) => [spec.key, `Wert für ${spec.variable}`]),
  );
  values['url'] = 'https://kooperationsatlas.de';
  values['repository.url'] = 'https://github.com/region/kooperationsatlas';
  change(values);
  const nested: Record<string, Record<string, string | undefined>> = {};
  for (const [key, value] of Object.entries(values)) {
    const [group, field] = key.split('.') as [string, string | undefined];
    if (field) (nested[group] ??= {})[field] = value;
  }
  return { ...nested, url: values['url'], repository: { url: values['repository.url'] } };
}

/** Runs the integration's hook as `astro build` does; returns the warnings it logged. */
function runHook(integration: ReturnType<typeof deployReadiness>): string[] {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  const hook = integration.hooks['astro:config:setup'] as unknown as (options: {
    command: string;
    logger: typeof logger;
  }) => void;
  hook({ command: 'build', logger });
  return warnings;
}

test('a complete site at the root of a real address may be published', () => {
  assert.deepEqual(deployProblems(site()), []);
  assert.deepEqual(runHook(deployReadiness(site(), { KA_REQUIRE_SETTINGS: '1' })), []);
});

test('the deployment fails with a German message while an operator detail is missing', () => {
  const incomplete = site((values) => (values['operator.name'] = undefined));
  assert.throws(
    () => runHook(deployReadiness(incomplete, { KA_REQUIRE_SETTINGS: '1' })),
    (error: Error) => {
      assert.match(error.message, /^Veröffentlichung abgebrochen: 1 Angabe fehlt/);
      assert.match(
        error.message,
        /^ {2}- KA_OPERATOR_NAME: Name des Anbieters fehlt \(für \/impressum\/\)$/m,
      );
      assert.match(error.message, /Settings → Secrets and variables → Actions → Variables/);
      return true;
    },
  );
  // Without the flag the same build goes on: its own warning names the missing details.
  assert.deepEqual(runHook(deployReadiness(incomplete, {})), []);
});

test('placeholder addresses and a project site under a sub-path are refused', () => {
  const problems = deployProblems(
    site((values) => {
      values['url'] = 'https://region.github.io/kooperationsatlas/';
      values['repository.url'] = 'https://git.example/kooperationsatlas';
    }),
  );
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(
    problems[0]!,
    /^SITE_URL: .* liegt unter dem Pfad \/kooperationsatlas\/;.*Custom domain/,
  );
  assert.match(
    problems[1]!,
    /^REPOSITORY_URL: https:\/\/git\.example\/kooperationsatlas ist ein Platzhalter/,
  );
  assert.match(
    deployProblems(site((values) => (values['url'] = 'https://kooperationsatlas.example')))[0]!,
    /^SITE_URL: https:\/\/kooperationsatlas\.example ist ein Platzhalter/,
  );
});

test('a local build warns about the placeholder repository address in one line', () => {
  const warnings = runHook(
    deployReadiness(
      site((values) => (values['repository.url'] = 'https://git.example/kooperationsatlas')),
      {},
    ),
  );
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0]!,
    /^REPOSITORY_URL ist noch der Platzhalter https:\/\/git\.example\/kooperationsatlas: [^\n]+$/,
  );
});

test('what counts as a placeholder host and as the strict flag', () => {
  for (const host of [
    'https://git.example/x',
    'https://example.org',
    'https://www.example.com/',
    'http://localhost:4321',
    'kein URL',
  ])
    assert.equal(isPlaceholderHost(host), true, host);
  for (const host of [
    'https://github.com/a/b',
    'https://kooperationsatlas.de',
    'https://example.de',
  ])
    assert.equal(isPlaceholderHost(host), false, host);
  assert.equal(settingsRequired({ KA_REQUIRE_SETTINGS: '1' }), true);
  assert.equal(settingsRequired({ KA_REQUIRE_SETTINGS: 'true' }), true);
  assert.equal(settingsRequired({ KA_REQUIRE_SETTINGS: '' }), false);
  assert.equal(settingsRequired({}), false);
});
