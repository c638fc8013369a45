import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { if?: string; needs?: string; steps: Step[] }>;
}

const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;

test('the deployment passes every operator variable the site reads, and fails while one is missing', () => {
  const read_ = [...read('src/site.config.ts').matchAll(/env\('(KA_[A-Z_]+)'\)/g)].map(
    (match) => match[1]!,
  );
  assert.ok(read_.length >= 18, read_.join(' '));
  const build = workflow('deploy.yml').jobs['build']!.steps.find(
    (step) => step.run === 'npm run build',
  )!;
  const env = build.env!;
  for (const variable of read_) assert.equal(env[variable], `\${{ vars.${variable} }}`, variable);
  assert.equal(env['KA_REQUIRE_SETTINGS'], '1');
  assert.match(env['SITE_URL']!, /^\$\{\{ vars\.SITE_URL \|\| /);
  assert.match(env['REPOSITORY_URL']!, /^\$\{\{ vars\.REPOSITORY_URL \|\| /);
});

test('a pull request checks its content, summarises and previews it; the tests run only for code', () => {
  const { jobs } = workflow('pull-request.yml');
  const content = jobs['content']!.steps;
  const runs = content.map((step) => step.run ?? '');
  assert.ok(runs.includes('npm run check'));
  assert.ok(
    runs.some((run) =>
      /^npm run --silent changes -- HEAD\^1 .*>> "\$GITHUB_STEP_SUMMARY"$/.test(run),
    ),
  );
  assert.ok(runs.some((run) => run.includes('scripts/preview-screenshots.ts')));
  const uploads = content.filter((step) => step.uses?.startsWith('actions/upload-artifact'));
  assert.deepEqual(
    uploads.map((step) => [step.with!['name'], step.with!['path']]),
    [
      ['website', 'dist'],
      ['vorschau', 'vorschau'],
    ],
  );
  // Summary and preview also after a failed check: every problem and every picture at once.
  for (const step of content.slice(content.findIndex((step) => step.run === 'npm run check') + 1))
    assert.match(step.if ?? '', /!cancelled\(\)/, JSON.stringify(step));
  assert.equal(jobs['tests']!.if, "${{ needs.scope.outputs.code == 'true' }}");
  assert.ok(jobs['tests']!.steps.some((step) => step.run === 'npm test'));
  for (const job of ['content', 'tests'])
    assert.ok(
      jobs[job]!.steps.some((step) => step.uses?.startsWith('actions/cache')),
      `${job} caches Chromium's packages`,
    );
});
