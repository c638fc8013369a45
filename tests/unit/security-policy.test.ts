import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_DIRECTIVES,
  adminContentSecurityPolicyHeader,
  astroCspConfig,
  contentSecurityPolicyHeader,
  headersFile,
  serializePolicy,
} from '../../src/site/security-policy.ts';
import { headersForPath, parseHeadersFile } from '../helpers/headers-file.ts';

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
  assert.deepEqual([...rules.keys()], ['/*', '/admin/*']);
  const headers = rules.get('/*')!;
  assert.equal(headers['Content-Security-Policy'], contentSecurityPolicyHeader());
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(headers['Referrer-Policy'], 'same-origin');
  assert.match(headers['Permissions-Policy']!, /(^|, )camera=\(\)(,|$)/);
  assert.match(headers['Permissions-Policy']!, /(^|, )geolocation=\(\)(,|$)/);
});

test('the form editor under /admin/ gets its own policy instead of the site’s, and only there', () => {
  const rules = parseHeadersFile(headersFile());
  const admin = headersForPath(rules, '/admin/');
  const page = headersForPath(rules, '/initiativen/radprojekt/');
  assert.equal(admin['Content-Security-Policy'], adminContentSecurityPolicyHeader());
  assert.equal(page['Content-Security-Policy'], contentSecurityPolicyHeader());
  // The other security headers stay, framing included.
  assert.equal(admin['X-Frame-Options'], 'DENY');
  assert.match(admin['Content-Security-Policy'], /frame-ancestors 'none'/);
  const adminDirectives = directives(admin['Content-Security-Policy']);
  // Decap checks its configuration with Ajv, which compiles code: eval, but no inline script.
  assert.deepEqual(adminDirectives.get('script-src'), [
    "'self'",
    "'unsafe-eval'",
    "'wasm-unsafe-eval'",
  ]);
  // Nothing from another origin but GitHub's API, and the local backend on this machine.
  const origins = [...adminDirectives.values()]
    .flat()
    .filter((source) => /^https?:/.test(source))
    .sort();
  assert.deepEqual(origins, ['http://localhost:8081', 'https://api.github.com']);
});
