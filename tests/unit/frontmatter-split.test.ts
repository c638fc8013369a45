import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { splitFrontmatter } from '../../src/knowledge-base/frontmatter.ts';
import { astroMdxText } from '../../src/loader/cache-files.ts';

/**
 * Where an entry's frontmatter ends, for inputs on which parsers are known to disagree. The
 * expected split is written by hand: only a line that is exactly `---` (trailing blanks or CR
 * allowed) closes the frontmatter, and only `\n` ends a line, as in YAML 1.2.
 */
const CASES: {
  name: string;
  text: string;
  yaml?: string;
  body?: string;
  bodyLine?: number;
  reason?: string;
}[] = [
  {
    name: 'plain',
    text: '---\ntitle: A\n---\nText\n',
    yaml: 'title: A',
    body: 'Text\n',
    bodyLine: 4,
  },
  {
    name: 'CRLF',
    text: '---\r\ntitle: A\r\n---\r\nText\r\n',
    yaml: 'title: A',
    body: 'Text\r\n',
    bodyLine: 4,
  },
  {
    name: 'BOM',
    text: '\uFEFF---\ntitle: A\n---\nText',
    yaml: 'title: A',
    body: 'Text',
    bodyLine: 4,
  },
  {
    name: 'blanks after the fences',
    text: '--- \t\ntitle: A\n---  \nText',
    yaml: 'title: A',
    body: 'Text',
    bodyLine: 4,
  },
  { name: 'empty frontmatter', text: '---\n---\nText', yaml: '', body: 'Text', bodyLine: 3 },
  { name: 'no body', text: '---\ntitle: A\n---', yaml: 'title: A', body: '', bodyLine: 4 },
  {
    name: 'a YAML document marker with a comment is YAML, not the end',
    text: '---\ntitle: A\n--- #\n<Hinweis titel={x} />\n---\nText',
    yaml: 'title: A\n--- #\n<Hinweis titel={x} />',
    body: 'Text',
    bodyLine: 6,
  },
  {
    name: 'YAML document end marker',
    text: '---\ntitle: A\n...\nlayout: x\n---\nText',
    yaml: 'title: A\n...\nlayout: x',
    body: 'Text',
    bodyLine: 6,
  },
  {
    name: 'four dashes do not close',
    text: '---\ntitle: A\n----\n---\nText',
    yaml: 'title: A\n----',
    body: 'Text',
    bodyLine: 5,
  },
  {
    name: 'an indented fence does not close',
    text: '---\nsummary: |\n  ---\n---\nText',
    yaml: 'summary: |\n  ---',
    body: 'Text',
    bodyLine: 5,
  },
  {
    name: 'U+2028 is no line break',
    text: '---\ntitle: A\u2028---\nlayout: ../.x.astro\n---\nText',
    yaml: 'title: A\u2028---\nlayout: ../.x.astro',
    body: 'Text',
    bodyLine: 5,
  },
  {
    name: 'U+2029 is no line break',
    text: '---\ntitle: A\u2029---\n---\nB',
    yaml: 'title: A\u2029---',
    body: 'B',
    bodyLine: 4,
  },
  {
    name: 'NEL is no line break',
    text: '---\ntitle: A\u0085---\n---\nB',
    yaml: 'title: A\u0085---',
    body: 'B',
    bodyLine: 4,
  },
  {
    name: 'a tab before the fence',
    text: '---\ntitle: A\n\t---\n---\nB',
    yaml: 'title: A\n\t---',
    body: 'B',
    bodyLine: 5,
  },
  {
    name: 'a second fence in the body stays body',
    text: '---\ntitle: A\n---\nText\n---\nlayout: x\n---\n',
    yaml: 'title: A',
    body: 'Text\n---\nlayout: x\n---\n',
    bodyLine: 4,
  },
  {
    name: 'a body that opens with a fence of its own',
    text: '---\ntitle: A\n---\n---\nlayout: x\n---\nB',
    yaml: 'title: A',
    body: '---\nlayout: x\n---\nB',
    bodyLine: 4,
  },
  { name: 'no opening fence', text: 'title: A\n---\nText', reason: 'no-fence' },
  { name: 'opening fence with text after it', text: '--- #x\ntitle: A\n---\n', reason: 'no-fence' },
  { name: 'TOML fence', text: '+++\ntitle = "A"\n+++\n', reason: 'no-fence' },
  { name: 'blank line before the fence', text: '\n---\ntitle: A\n---\n', reason: 'no-fence' },
  { name: 'unclosed', text: '---\ntitle: A\nText\n', reason: 'unclosed' },
  { name: 'only the fence', text: '---', reason: 'unclosed' },
];

test('the loader splits frontmatter and body where a person reading the file would', () => {
  for (const { name, text, reason, ...expected } of CASES) {
    const split = splitFrontmatter(text);
    if (reason) assert.deepEqual(split, { ok: false, reason }, name);
    else assert.deepEqual(split, { ok: true, ...expected }, name);
  }
});

test('Astro sees exactly the body the loader split and checked, with no frontmatter of the editor', () => {
  for (const { name, text, reason } of CASES) {
    if (reason) continue;
    const split = splitFrontmatter(text);
    assert.ok(split.ok);
    // What @astrojs/mdx does with the file it compiles (its vite plugin, `empty-with-spaces`).
    const astro = parseFrontmatter(astroMdxText(split.body), { frontmatter: 'empty-with-spaces' });
    assert.deepEqual(astro.frontmatter, {}, name);
    assert.equal(astro.content.replace(/^ {3}\n {3}\n/, ''), split.body, name);
  }
});
