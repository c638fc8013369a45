import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  exitCodeOf,
  formatDuration,
  formatSummary,
  runStep,
  skippedStep,
} from '../../scripts/check/steps.ts';

test('durations are written the German way', () => {
  assert.equal(formatDuration(420), '0,4 s');
  assert.equal(formatDuration(12_345), '12,3 s');
  assert.equal(formatDuration(65_000), '1 min 05 s');
});

test('a step is timed and reports ok or failed with its note', async () => {
  const times = [1000, 3500];
  const clock = () => times.shift()!;
  const result = await runStep('Build', () => ({ ok: false, note: 'Build fehlgeschlagen' }), clock);
  assert.deepEqual(result, {
    name: 'Build',
    status: 'failed',
    durationMs: 2500,
    note: 'Build fehlgeschlagen',
  });
});

test('the summary lists every step with status and time and ends with the verdict', () => {
  const ok = { name: 'Wissensbasis', status: 'ok' as const, durationMs: 300, note: '62 Einträge' };
  const failed = { name: 'HTML', status: 'failed' as const, durationMs: 2000, note: '3 Fehler' };
  const summary = formatSummary([ok, failed, skippedStep('Links', 'kein Build')]).split('\n');
  assert.equal(summary[0], 'Zusammenfassung');
  assert.match(summary[1]!, /^ {2}Wissensbasis +ok +0,3 s +62 Einträge$/);
  assert.match(summary[2]!, /^ {2}HTML +FEHLER +2,0 s +3 Fehler$/);
  assert.match(summary[3]!, /^ {2}Links +übersprungen +– +kein Build$/);
  assert.equal(summary[4], '1 Schritt fehlgeschlagen (2,3 s). Die Meldungen stehen oben.');
  assert.equal(formatSummary([ok]).split('\n').at(-1), 'Alles in Ordnung (0,3 s).');
});

test('any failed step makes the exit code 1; skipped steps alone do not', () => {
  const ok = { name: 'a', status: 'ok' as const, durationMs: 1, note: '' };
  assert.equal(exitCodeOf([ok, skippedStep('b', 'x')]), 0);
  assert.equal(exitCodeOf([ok, { ...ok, status: 'failed' }]), 1);
});
