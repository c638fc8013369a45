import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  type CollectionName,
} from '../../src/vocabulary/collections.ts';
import { scanContent } from '../../src/editor/content-scan.ts';
import { ERROR_CODES } from '../../src/vocabulary/errors.ts';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import { RELATIONS } from '../../src/vocabulary/relations.ts';
import { validateEntry } from '../../src/knowledge-base/validate-entry.ts';
import { SITE } from '../../src/site.config.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const read = (file: string) => readFileSync(`${PROJECT_ROOT}/${file}`, 'utf8');

test('every npm command the README and the guide name exists', () => {
  const scripts = Object.keys(
    (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
  );
  const named = new Set(
    [...`${read('README.md')}\n${read('CONTRIBUTING.md')}`.matchAll(/npm (?:run )?([a-z:]+)/g)].map(
      (match) => match[1]!,
    ),
  );
  named.delete('install');
  named.delete('ci');
  named.delete('run');
  // npm's own log prefixes, named in the guide so editors can tell a warning from a failure
  named.delete('warn');
  named.delete('error');
  assert.ok(named.size >= 5);
  for (const name of named) assert.ok(scripts.includes(name), `npm ${name}`);
});

test('every source path the README and the guide name exists', () => {
  const text = `${read('README.md')}\n${read('CONTRIBUTING.md')}`;
  const named = new Set(
    [
      ...text.matchAll(/(?<![\w/.-])(?:src|scripts|tests|docs)\/(?:[\w.-]|\[[\w.]+\]|\/)*[\w/]/g),
    ].map((match) => match[0]),
  );
  assert.ok(named.size > 20, `only ${named.size} paths found`);
  const missing = [...named].filter((file) => !existsSync(path.join(PROJECT_ROOT, file)));
  assert.deepEqual(missing, []);
});

test('every file named in the README tree under a folder of src/ lies in that folder', () => {
  const readme = read('README.md');
  const tree = /```\ncontent\/<collection>[\s\S]*?```/.exec(readme)?.[0] ?? '';
  const named: string[] = [];
  let folder: string | undefined;
  for (const line of tree.split('\n')) {
    const start = /^ {2}([a-z-]+)\/\s/.exec(line);
    if (start) folder = start[1];
    else if (!/^ {4,}/.test(line)) folder = undefined;
    if (!folder) continue;
    for (const [file] of line.matchAll(/[a-z][\w-]*\.(?:ts|astro)\b/g)) {
      named.push(`src/${folder}/${file}`);
    }
  }
  assert.ok(named.length > 30, `only ${named.length} files named in the tree`);
  assert.deepEqual(
    named.filter((file) => !existsSync(path.join(PROJECT_ROOT, file))),
    [],
  );
});

test('the error catalog in CONTRIBUTING.md has a section for every error code', () => {
  const headings = [...read('CONTRIBUTING.md').matchAll(/^### `([a-z-]+)`$/gm)].map(
    (match) => match[1],
  );
  assert.deepEqual(headings.sort(), Object.keys(ERROR_CODES).sort());
});

test('no tracked file points outside the repository: links and imports stay inside the clone', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(
      (file) =>
        /\.(md|mdx|ts|mjs|js|astro)$/.test(file) && existsSync(path.join(PROJECT_ROOT, file)),
    );
  assert.ok(files.length > 50);
  const targets = (file: string, text: string): string[] =>
    /\.mdx?$/.test(file)
      ? // Markdown links outside code (code shows editors how entries link to each other).
        [...text.replace(/```[\s\S]*?```|`[^`\n]*`/g, '').matchAll(/\]\(([^)\s#?]+)/g)].map(
          (match) => match[1]!,
        )
      : [...text.matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const offenders = files.flatMap((file) =>
    targets(file, readFileSync(path.join(PROJECT_ROOT, file), 'utf8'))
      .filter(
        (target) =>
          target.startsWith('.') &&
          !path
            .resolve(PROJECT_ROOT, path.dirname(file), target)
            .startsWith(PROJECT_ROOT + path.sep),
      )
      .map((target) => `${file}: ${target}`),
  );
  assert.deepEqual(offenders, []);
});

test('README, guide and content/README.md name the code licence and the content licence of the site setting', () => {
  assert.match(read('LICENSE'), /^MIT License$/m);
  for (const file of ['README.md', 'CONTRIBUTING.md', 'content/README.md']) {
    const text = read(file);
    assert.ok(text.includes(SITE.contentLicense.name), `${file}: ${SITE.contentLicense.name}`);
    assert.ok(text.includes(SITE.contentLicense.url), `${file}: ${SITE.contentLicense.url}`);
    assert.match(text, /MIT-Lizenz|MIT-licensed/, `${file}: code licence`);
  }
  assert.ok(read('CONTRIBUTING.md').includes(SITE.contentLicense.attribution));
});

test('every example in the guide is a valid entry that refers only to existing entries', () => {
  const guide = read('CONTRIBUTING.md');
  // The examples contain `## ` headings of their own, so the section ends at the next known
  // heading.
  const section = guide.slice(guide.indexOf('\n## Beispiele\n'), guide.indexOf('\n## Felder\n'));
  const examples = [...section.matchAll(/^### (.+)\n[\s\S]*?^```markdown\n([\s\S]*?)^```$/gm)];
  const bySingular = new Map(COLLECTION_NAMES.map((name) => [COLLECTIONS[name].singular, name]));
  assert.deepEqual(
    examples.map((match) => bySingular.get(match[1]!)).sort(),
    [...COLLECTION_NAMES].sort(),
  );
  const { published } = scanContent(path.join(PROJECT_ROOT, 'content'));
  for (const [, heading, text] of examples) {
    const collection = bySingular.get(heading!) as CollectionName;
    const parsed = parseEntryFile(text!);
    assert.deepEqual(parsed.yamlErrors, [], heading);
    const result = validateEntry(collection, parsed.data, heading!, parsed.lineOf);
    assert.deepEqual(result.problems, [], heading);
    for (const spec of RELATIONS.filter((relation) => relation.collection === collection)) {
      const value = (result.data as Record<string, unknown>)[spec.field];
      const slugs = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(
        (item) => (typeof item === 'string' ? item : (item as { ref: string }).ref),
      );
      const allowed = spec.targets.flatMap((target) => published[target]);
      for (const slug of slugs)
        assert.ok(allowed.includes(slug), `${heading} › ${spec.field}: ${slug}`);
    }
  }
});
