import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How long an editor waits in the dev server: from saving one changed file until the
 * updated page (or the error for it) is served. The knowledge base must lie inside the
 * project, where the dev server watches files.
 */
export interface DevTiming {
  /** From start until the first page is served. */
  startMs: number;
  /** Save → updated page served, one per edited file. */
  changeMs: number[];
  /** Save of a broken file → the error page served. */
  errorMs: number;
}

export async function measureDevServer(
  projectRoot: string,
  contentDir: string,
  files: readonly { file: string; url: string }[],
  entries: number,
): Promise<DevTiming> {
  // The first start syncs the whole knowledge base: generous, and growing with it.
  const startTimeoutMs = Math.max(300_000, entries * 40);
  const saveTimeoutMs = Math.max(60_000, entries * 6);
  const astro = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const port = String(4800 + (process.pid % 100));
  const started = performance.now();
  const server = spawn(process.execPath, [astro, 'dev', '--port', port, '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      KA_CONTENT_DIR: path.relative(projectRoot, contentDir),
    },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    const first = files[0]!;
    await until(origin + first.url, () => true, startTimeoutMs);
    const startMs = performance.now() - started;
    const changeMs: number[] = [];
    for (const [index, { file, url }] of files.entries()) {
      const marker = `Geändert ${index} ${Date.now()}`;
      const text = readFileSync(file, 'utf8');
      const saved = performance.now();
      writeFileSync(file, text.replace(/^title: (.*)$/m, `title: ${marker}`));
      await until(origin + url, (html) => html.includes(marker), saveTimeoutMs);
      changeMs.push(performance.now() - saved);
    }
    const broken = readFileSync(first.file, 'utf8');
    const saved = performance.now();
    writeFileSync(first.file, broken.replace(/^summary:/m, 'sumary:'));
    await until(origin + first.url, (html) => html.includes('KnowledgeBaseError'), saveTimeoutMs);
    const errorMs = performance.now() - saved;
    writeFileSync(first.file, broken);
    return { startMs, changeMs, errorMs };
  } finally {
    server.kill();
  }
}

async function until(
  url: string,
  accept: (html: string) => boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const html = await fetch(url).then(
      (response) => response.text(),
      () => undefined,
    );
    if (html !== undefined && accept(html)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer as expected within ${timeoutMs} ms`);
}
