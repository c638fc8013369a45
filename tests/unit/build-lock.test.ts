import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { acquireBuildLock } from '../../src/integrations/build-lock.ts';

test('a second build is refused while the first runs, in German, and a lock of a finished build is taken over', async () => {
  const lock = path.join(
    mkdtempSync(path.join(tmpdir(), 'build-lock-')),
    'kooperationsatlas-build.lock',
  );
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  try {
    writeFileSync(lock, String(running.pid));
    assert.throws(
      () => acquireBuildLock(lock),
      /^Error: Ein anderer Build \(Prozess \d+\) läuft gerade in diesem Projekt\./,
    );
  } finally {
    running.kill();
  }
  await new Promise((resolve) => running.once('exit', resolve));
  acquireBuildLock(lock);
  assert.equal(readFileSync(lock, 'utf8'), String(process.pid));
});

test('the first build takes the lock', () => {
  const lock = path.join(
    mkdtempSync(path.join(tmpdir(), 'build-lock-')),
    'cache',
    'kooperationsatlas-build.lock',
  );
  acquireBuildLock(lock);
  assert.ok(existsSync(lock));
});
