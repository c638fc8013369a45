import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { claimTime, type Source } from '../../src/site/claim-dates.ts';
import type { PartialDate } from '../../src/vocabulary/dates.ts';

/**
 * The shipped knowledge base: every figure, membership and role can be dated on its page, by
 * its own date or its source's, or the page says its source has no date. A claim that rests
 * on one of several sources without saying which would show no time at all.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { entries } = loadKnowledgeBase(root, path.join(root, 'content'));

interface Claim {
  date?: PartialDate | undefined;
  source?: number | undefined;
}

test('every figure, membership and role of the knowledge base has a time its page can show', () => {
  const undatable: string[] = [];
  let claims = 0;
  for (const entry of entries) {
    const data = entry.data as {
      sources?: Source[];
      facts?: { label: string; asOf?: PartialDate; source?: number }[];
      members?: ({ ref: string; source?: number } | string)[];
      partners?: ({ ref: string; source?: number } | string)[];
    };
    const sources = data.sources ?? [];
    const check = (what: string, claim: Claim) => {
      claims += 1;
      if (claimTime(claim, sources).kind === 'unknown') undatable.push(`${entry.file} › ${what}`);
    };
    for (const fact of data.facts ?? [])
      check(`facts: ${fact.label}`, { date: fact.asOf, source: fact.source });
    for (const field of ['members', 'partners'] as const) {
      for (const member of data[field] ?? []) {
        const detail = typeof member === 'string' ? { ref: member } : member;
        check(`${field}: ${detail.ref}`, { source: detail.source });
      }
    }
  }
  assert.ok(claims > 30, `only ${claims} claims`);
  assert.deepEqual(undatable, []);
});
