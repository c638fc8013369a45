import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERROR_CODES } from '../../src/lib/errors.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

const read = (file: string) => readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8');

test('every npm command the README and the guide name exists', () => {
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts);
  const named = new Set([...`${read('README.md')}\n${read('CONTRIBUTING.md')}`.matchAll(/npm (?:run )?([a-z:]+)/g)].map((match) => match[1]!));
  named.delete('install');
  named.delete('ci');
  named.delete('run');
  assert.ok(named.size >= 5);
  for (const name of named) assert.ok(scripts.includes(name), `npm ${name}`);
});

test('the error catalog in CONTRIBUTING.md has a section for every error code', () => {
  const headings = [...read('CONTRIBUTING.md').matchAll(/^### `([a-z-]+)`$/gm)].map((match) => match[1]);
  assert.deepEqual(headings.sort(), Object.keys(ERROR_CODES).sort());
});
