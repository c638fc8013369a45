import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { parseStat, watchProcessTree } from '../../scripts/support/process-tree.ts';

// The grandchild burns CPU until its own clock says 0.5 s, then exits; its parent waits for it.
// Measured through the parent's pid, so the watcher must find the descendant in /proc.
const BURN = `
  const start = process.cpuUsage();
  let spin = 0;
  while (process.cpuUsage(start).user + process.cpuUsage(start).system < 500_000) spin++;
`;
const PARENT = `
  const { spawnSync } = require('node:child_process');
  spawnSync(process.execPath, ['--eval', ${JSON.stringify(BURN)}], { stdio: 'inherit' });
`;

test('CPU time and memory of a process tree are read from /proc, descendants included', async (t) => {
  if (process.platform !== 'linux') return t.skip('/proc is Linux only');
  const child = spawn(process.execPath, ['--eval', PARENT], { stdio: 'inherit' });
  const usage = watchProcessTree(child.pid!, 50);
  await once(child, 'close');
  const { cpuSeconds, peakRssBytes } = usage.stop();
  // 0.5 s of burning plus two Node start-ups; nowhere near the wall time of a busy machine.
  assert.ok(
    cpuSeconds !== undefined && cpuSeconds > 0.3 && cpuSeconds < 3,
    `CPU-Sekunden: ${cpuSeconds}`,
  );
  // Two Node processes: each holds some megabytes, and far less than a gigabyte.
  assert.ok(
    peakRssBytes !== undefined && peakRssBytes > 20e6 && peakRssBytes < 1e9,
    `RSS: ${peakRssBytes}`,
  );
});

test('the fields of /proc/<pid>/stat are counted from the end of the command name', (t) => {
  if (process.platform !== 'linux') return t.skip('/proc is Linux only');
  const text = readFileSync('/proc/self/stat', 'utf8');
  const own = parseStat(text);
  assert.equal(own.pid, process.pid);
  assert.equal(own.parent, process.ppid);
  // A command name with spaces and a parenthesis must not shift the fields.
  const line = text.replace(/\(.*\)/, '(a) b (c)');
  assert.deepEqual(parseStat(line), own);
});
