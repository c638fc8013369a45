/**
 * Runs the remark pipeline of `.remarkrc.mjs` (what VS Code's remark extension runs) on files
 * given as JSON on stdin, `[{ path, text }]`, and prints their messages as JSON. A process of its
 * own, so a test can point it at a copy of the knowledge base with `KA_CONTENT_DIR`.
 */
import { text } from 'node:stream/consumers';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { remark } from 'remark';
import type { Preset } from 'unified';
import { VFile } from 'vfile';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

export interface LintedMessage {
  path: string;
  reason: string;
  ruleId: string | undefined;
  fatal: boolean | null | undefined;
  note: string | undefined;
  expected: readonly string[] | undefined;
  start: { line: number; column: number; offset?: number | undefined } | undefined;
  end: { line: number; column: number; offset?: number | undefined } | undefined;
}

const { default: config } = (await import(
  pathToFileURL(path.join(PROJECT_ROOT, '.remarkrc.mjs')).href
)) as { default: Preset };
const files = JSON.parse(await text(process.stdin)) as { path: string; text: string }[];
const messages: LintedMessage[] = [];
for (const file of files) {
  const vfile = new VFile({ path: file.path, value: file.text });
  await remark().use(config).process(vfile);
  for (const message of vfile.messages) {
    const place = message.place && 'start' in message.place ? message.place : undefined;
    messages.push({
      path: file.path,
      reason: message.reason,
      ruleId: message.ruleId,
      fatal: message.fatal,
      note: message.note,
      expected: message.expected,
      start: place?.start,
      end: place?.end,
    });
  }
}
process.stdout.write(JSON.stringify(messages));
