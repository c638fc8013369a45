import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_DIRECTIVES,
  astroCspConfig,
  contentSecurityPolicyHeader,
  headersFile,
  serializePolicy,
} from '../../src/site/security-policy.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';

/** `name → sources` of a serialised policy. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test('serialises directives in order, separated by semicolons', () => {
  assert.equal(
    serializePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }),
    "default-src 'self'; img-src 'self' data:",
  );
});

test('the header policy: strict scripts, Pagefind’s WebAssembly, no framing, no inline code', () => {
  const header = directives(contentSecurityPolicyHeader());
  assert.deepEqual(header.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(header.get('object-src'), ["'none'"]);
  assert.deepEqual(header.get('worker-src'), ["'self'"]);
  assert.deepEqual(header.get('require-trusted-types-for'), ["'script'"]);
  for (const [name, sources] of header) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), name);
    assert.ok(!sources.some((source) => /^https?:/.test(source)), `${name} names no other origin`);
  }
});

test('Astro gets the same policy, minus what only a header can carry', () => {
  const config = astroCspConfig();
  const fromAstro = new Map<string, string[]>([
    ...config.directives.map((directive): [string, string[]] => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
    ['script-src', config.scriptDirective.resources],
    ['style-src', config.styleDirective.resources],
  ]);
  assert.deepEqual(fromAstro, directives(serializePolicy(CONTENT_SECURITY_POLICY)));
  for (const name of Object.keys(HEADER_ONLY_DIRECTIVES)) assert.ok(!fromAstro.has(name), name);
});

test('_headers carries the policy and the security headers for every path', () => {
  const rules = parseHeadersFile(headersFile());
  assert.deepEqual([...rules.keys()], ['/*']);
  const headers = rules.get('/*')!;
  assert.equal(headers['Content-Security-Policy'], contentSecurityPolicyHeader());
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(headers['Referrer-Policy'], 'same-origin');
  assert.match(headers['Permissions-Policy']!, /(^|, )camera=\(\)(,|$)/);
  assert.match(headers['Permissions-Policy']!, /(^|, )geolocation=\(\)(,|$)/);
});
