import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * One build at a time per cache folder. Two `astro build`s in one checkout share the data
 * store, the loader's files and the output folder; run at once, they fail with unrelated
 * errors and leave a half-written `dist/`. The second build is refused with a message
 * instead; a lock left by a build that no longer runs (killed, crashed) is taken over.
 */
export default function buildLock(): AstroIntegration {
  return {
    name: 'kooperationsatlas:build-lock',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const lock = path.join(fileURLToPath(config.cacheDir), 'kooperationsatlas-build.lock');
        acquireBuildLock(lock);
        process.once('exit', () => rmSync(lock, { force: true }));
      },
    },
  };
}

export function acquireBuildLock(lock: string): void {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = openSync(lock, 'wx');
      writeSync(handle, String(process.pid));
      closeSync(handle);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(readFileSync(lock, 'utf8'));
    if (isRunning(owner)) {
      const refusal = new Error(
        `Ein anderer Build (Prozess ${owner}) läuft gerade in diesem Projekt. Warten Sie, bis er fertig ist, und starten Sie dann neu; zwei Builds zugleich würden dist/ unvollständig hinterlassen.`,
      );
      // Not a bug in the code: where it was thrown would only bury the message.
      refusal.stack = '';
      throw refusal;
    }
    rmSync(lock, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
