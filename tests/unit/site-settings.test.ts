import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  REQUIRED_SETTINGS,
  missingSettings,
  missingSettingsWarning,
  settingValue,
} from '../../src/site/operator-settings.ts';

function siteWith(values: Record<string, string | undefined>): object {
  const site: Record<string, Record<string, string | undefined>> = {};
  for (const spec of REQUIRED_SETTINGS) {
    const [group, key] = spec.key.split('.') as [string, string];
    (site[group] ??= {})[key] = values[spec.key];
  }
  return site;
}

test('every operator detail is missing until it is set; blank counts as missing', () => {
  assert.equal(missingSettings(siteWith({})).length, REQUIRED_SETTINGS.length);
  const all = Object.fromEntries(REQUIRED_SETTINGS.map((spec) => [spec.key, `Wert ${spec.key}`]));
  assert.deepEqual(missingSettings(siteWith(all)), []);
  assert.deepEqual(
    missingSettings(siteWith({ ...all, 'operator.name': '  ' })).map((spec) => spec.key),
    ['operator.name'],
  );
  assert.equal(settingValue(siteWith(all), 'operator.email'), 'Wert operator.email');
});

test('the build warning names each missing setting with its environment variable and page', () => {
  assert.equal(missingSettingsWarning([]), undefined);
  const all = Object.fromEntries(REQUIRED_SETTINGS.map((spec) => [spec.key, 'gesetzt']));
  const missing = missingSettings(
    siteWith({ ...all, 'operator.name': undefined, 'privacy.hostingProvider': undefined }),
  );
  assert.equal(
    missingSettingsWarning(missing),
    '2 Angaben des Betreibers fehlen; die Seiten zeigen dort „[Angabe fehlt: …]“. Setzen Sie vor dem Veröffentlichen diese Umgebungsvariablen:\n' +
      '  - Name des Anbieters (KA_OPERATOR_NAME) für /impressum/\n' +
      '  - Hosting-Dienstleister (KA_HOSTING_PROVIDER) für /datenschutz/',
  );
});

test('each setting has its own variable', () => {
  const variables = REQUIRED_SETTINGS.map((spec) => spec.variable);
  assert.equal(new Set(variables).size, variables.length);
  for (const variable of variables) assert.match(variable, /^KA_[A-Z_]+$/);
});
