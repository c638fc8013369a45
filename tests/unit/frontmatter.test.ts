import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEntryFile } from '../../src/lib/frontmatter.ts';

test('dates and keys are read as the editor wrote them, not as YAML would convert them', () => {
  const file = parseEntryFile('---\nstarted: 2024-02-30\nfounded: 2019\nags: 03241\nvalue: 3.90\nsdgs: [13, 1]\ndraft: true\n---\nText\n');
  assert.deepEqual(file.data, { started: '2024-02-30', founded: 2019, ags: '03241', value: '3.90', sdgs: [13, 1], draft: true });
  assert.equal(file.body, 'Text\n');
  assert.equal(file.bodyLine, 9);
  assert.deepEqual(file.yamlErrors, []);
});

test('lineOf finds the line of a nested field', () => {
  const file = parseEntryFile('---\ntitle: A\nmembers:\n  - uan\n  - ref: region-hannover\n    role: Mitglied\n---\n');
  assert.equal(file.lineOf(['title']), 2);
  assert.equal(file.lineOf(['members', 1, 'ref']), 5);
  assert.equal(file.lineOf(['members', 1, 'role']), 6);
});

test('broken YAML and a missing frontmatter block are reported with a line', () => {
  const broken = parseEntryFile('---\ntitle: [kaputt\nsummary: x\n---\n');
  assert.equal(broken.data, undefined);
  assert.ok(broken.yamlErrors.length > 0);
  assert.ok(broken.yamlErrors.every((error) => error.line >= 1));
  const missing = parseEntryFile('# Nur Text\n');
  assert.equal(missing.yamlErrors.length, 1);
  assert.equal(missing.yamlErrors[0]?.line, 1);
});

test('a duplicated key is a YAML error, not a silent overwrite', () => {
  assert.equal(parseEntryFile('---\ntitle: A\ntitle: B\n---\n').yamlErrors.length, 1);
});
