import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { markdownToHtml, mdxToJs } from 'satteri';
import { checkMdxBody, CONTENT_COMPONENTS } from '../../src/markdown/mdx-check.ts';
import {
  ALLOWED_ELEMENTS,
  attributeName,
  isAllowedElement,
  isSafeUrl,
  sanitizeBody,
  sanitizeProperties,
  schemeOf,
  type Removal,
} from '../../src/markdown/sanitize.ts';
import { describeRemoval } from '../../src/markdown/sanitize-report.ts';
import { renderBody } from '../../src/markdown/render.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

const FEATURES = {
  rawHtml: true,
  gfm: { footnotes: { label: 'Fußnoten', backLabel: 'Zurück {reference}' } },
};

/** Renders Markdown through the sanitiser alone, as the site's pipeline does, with its removals. */
function render(markdown: string): { html: string; removals: Removal[] } {
  const removals: Removal[] = [];
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [sanitizeBody((removal) => removals.push(removal))],
    features: FEATURES,
  }) as { html: string };
  return { html, removals };
}

test('isSafeUrl allows web, mail, phone and relative URLs', () => {
  for (const url of [
    'https://example.org/a?b=c#d',
    'http://x.de',
    'HTTPS://X.DE',
    'mailto:a@b.de',
    'tel:+495111234',
    '/netzwerke/uan/',
    '../a.md',
    '#ziele',
    '?q=1',
    '//cdn.example.org/x',
    'Bericht 2023.pdf',
    'ab#c:d',
    'a/b:c',
  ]) {
    assert.ok(isSafeUrl(url), url);
  }
});

test('isSafeUrl refuses other schemes however they are written', () => {
  const urls = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#0000106&#0000097vascript:alert(1)',
    '&#x6A;&#x61;vascript&colon;alert(1)',
    'javascript&colon;alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'irc://example.org',
  ];
  for (const url of urls) assert.equal(isSafeUrl(url), false, JSON.stringify(url));
});

test('schemeOf reads a URL as the WHATWG parser does', () => {
  assert.equal(schemeOf('  HTTPS://a'), 'https');
  assert.equal(schemeOf('\u0000\u001fjava\tscript:x\u0020'), 'javascript');
  assert.equal(schemeOf('/a:b'), undefined);
  assert.equal(schemeOf('1http:x'), undefined);
});

test('the allow-list is GitHub’s: text, headings, lists, tables, links, pictures, folding, ruby and task-list boxes', () => {
  const expected = [
    ...[
      'p',
      'br',
      'hr',
      'div',
      'span',
      'section',
      'blockquote',
      'pre',
      'code',
      'kbd',
      'samp',
      'var',
      'q',
      'tt',
    ],
    ...['b', 'i', 'em', 'strong', 's', 'strike', 'del', 'ins', 'sub', 'sup'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
    ...['a', 'img', 'picture', 'source'],
    ...['details', 'summary', 'ruby', 'rt', 'rp', 'input'],
  ];
  assert.deepEqual([...ALLOWED_ELEMENTS].sort(), expected.sort());
  for (const tag of [
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
    'form',
    'base',
    'meta',
    'link',
    'textarea',
    'button',
  ]) {
    assert.equal(isAllowedElement(tag, []), false, tag);
  }
  assert.equal(isAllowedElement('td', ['p']), false, 'a table cell outside a table');
  assert.equal(isAllowedElement('td', ['table', 'tbody', 'tr']), true);
});

test('sanitizeProperties keeps allowed values, drops the rest and prefixes ids and names', () => {
  assert.deepEqual(
    sanitizeProperties('a', {
      href: 'javascript:alert(1)',
      onClick: 'x',
      id: 'top',
      name: 'body',
      title: 'T',
      className: ['evil'],
    }),
    {
      properties: { id: 'user-content-top', name: 'user-content-body', title: 'T' },
      removed: [
        { name: 'href', value: 'javascript:alert(1)' },
        { name: 'onClick', value: 'x' },
        { name: 'className', value: 'evil' },
      ],
    },
  );
  // Footnote ids are prefixed by the processor already and keep matching their links.
  assert.deepEqual(sanitizeProperties('li', { id: 'user-content-fn-1' }).properties, {
    id: 'user-content-fn-1',
  });
  assert.deepEqual(sanitizeProperties('a', { ariaDescribedBy: ['footnote-label'] }).properties, {
    ariaDescribedBy: ['user-content-footnote-label'],
  });
  assert.deepEqual(sanitizeProperties('code', { className: ['language-js', 'x'] }).properties, {
    className: ['language-js'],
  });
  assert.deepEqual(sanitizeProperties('td', { style: 'text-align: right' }).properties, {
    style: 'text-align: right',
  });
  assert.deepEqual(
    sanitizeProperties('td', { style: 'background:url(javascript:alert(1))' }).properties,
    {},
  );
  assert.deepEqual(
    sanitizeProperties('img', { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' })
      .properties,
    { alt: 'x' },
  );
  assert.deepEqual(
    sanitizeProperties('input', { type: 'text', autoFocus: true, onFocus: 'x' }).properties,
    { type: 'checkbox', disabled: true },
  );
  assert.deepEqual(
    sanitizeProperties('input', { type: 'checkbox', checked: true, disabled: true }).properties,
    {
      type: 'checkbox',
      checked: true,
      disabled: true,
    },
  );
  assert.equal(attributeName('onError'), 'onerror');
  assert.equal(attributeName('dataFootnoteRef'), 'data-footnote-ref');
  assert.equal(attributeName('className'), 'class');
});

test('everyday Markdown passes the sanitiser untouched: footnotes, task lists, tables, code, links', () => {
  const markdown = [
    '# T',
    '',
    'Text[^1] **b** _i_ ~~d~~ `c` [l](https://x.de "t") ![a](/b.png) <https://a.de> www.b.de x@y.de [tel](tel:+49511)',
    '',
    '- [x] erledigt',
    '- [ ] offen',
    '',
    '| a | b | c |',
    '|:-|-:|:-:|',
    '| 1 | 2 | 3 |',
    '',
    '```js',
    'let a = 1;',
    '```',
    '',
    '> Zitat',
    '',
    '## Ziele',
    '',
    '[^1]: Die Fußnote.',
    '',
  ].join('\n');
  const { html, removals } = render(markdown);
  assert.deepEqual(removals, []);
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  assert.equal(root.querySelectorAll('input[type="checkbox"][disabled]').length, 2);
  const ref = root.querySelector('a[data-footnote-ref]')!;
  assert.ok(
    root.getElementById(ref.getAttribute('href')!.slice(1)),
    'the footnote link reaches its note',
  );
  assert.ok(
    root.getElementById(ref.getAttribute('aria-describedby')!),
    'the footnote reference names its label',
  );
  const back = root.querySelector('a[data-footnote-backref]')!;
  assert.ok(
    root.getElementById(back.getAttribute('href')!.slice(1)),
    'the back link reaches the reference',
  );
  assert.equal(root.querySelector('td')?.getAttribute('style'), 'text-align: left');
  assert.equal(root.querySelector('code.language-js')?.text, 'let a = 1;\n');
  // Heading ids come later, from Astro's heading plugin, and are not the sanitiser's.
  assert.equal(root.querySelector('h2:not(.sr-only)')?.getAttribute('id'), undefined);
});

test('nested disallowed elements are removed whole, with every attribute inside them', () => {
  const { html, removals } = render(
    '<custom><svg onload=x></svg><foo onclick=y><b onclick=z>t</b><script>bad()</script></foo></custom> <i onclick=q>i</i>\n',
  );
  assert.equal(html.trim(), '<p><b>t</b> <i>i</i></p>');
  assert.deepEqual(
    removals.map((removal) => [
      removal.kind,
      removal.element,
      removal.attribute ?? removal.withContent,
    ]),
    [
      ['element', 'custom', false],
      ['element', 'svg', true],
      ['element', 'foo', false],
      ['attribute', 'b', 'onclick'],
      ['element', 'script', true],
      ['attribute', 'i', 'onclick'],
    ],
  );
});

test('removals are located on the line they were written', () => {
  const body = [
    'Absatz',
    '',
    '<div>',
    'Text',
    '<script>alert(1)</script>',
    '</div>',
    '',
    'Ein <img src=x onerror=alert(1)> und [Link](javascript:alert(2)).',
    '',
    '[r]: javascript:alert(3)',
    '',
    '[Ref][r]',
    '',
  ].join('\n');
  const { removals } = renderBody(body, '/repo/content/initiatives/x.md', 'md');
  assert.deepEqual(
    removals.map((removal) => [removal.element, removal.attribute ?? '', removal.line]),
    [
      ['script', '', 5],
      ['img', 'onerror', 8],
      ['a', 'href', 8],
      ['a', 'href', 10],
    ],
  );
  const mdx = renderBody(
    'Absatz\n\n<Hinweis titel="x">\n[Link](javascript:alert(1))\n</Hinweis>\n',
    '/repo/content/initiatives/x.mdx',
    'mdx',
  );
  assert.deepEqual(
    mdx.removals.map((removal) => [removal.element, removal.attribute, removal.line]),
    [['a', 'href', 4]],
  );
  // A tab or control character in a removed value is shown escaped, so the warning stays one line.
  assert.equal(
    describeRemoval({
      kind: 'attribute',
      element: 'a',
      attribute: 'href',
      value: 'jav\tascript:\u0001x',
    }),
    '<a href="jav\\tascript:\\u0001x">',
  );
});

test('MDX: only the content components, with the attributes they take', () => {
  const { elements } = checkMdxBody(
    [
      '<Hinweis titel="Gut">Text</Hinweis>',
      '',
      '<img src="x" onError="alert(1)" />',
      '',
      '<Hinwies titel="x">y</Hinwies>',
      '',
      '<Hinweis onClick="x" set:html="<b>" titl="t">z</Hinweis>',
      '',
      'Text <a href="javascript:alert(1)">a</a>',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    elements.map((problem) => [problem.line, problem.value]),
    [
      [3, '<img>'],
      [5, '<Hinwies>'],
      [7, '<Hinweis onClick>'],
      [7, '<Hinweis set:html>'],
      [7, '<Hinweis titl>'],
      [9, '<a>'],
    ],
  );
  const [, misspelt, , , typo] = elements;
  assert.match(misspelt!.expected, /Meinten Sie „<Hinweis>“/);
  assert.match(typo!.expected, /Meinten Sie „titel“/);
  assert.deepEqual(
    checkMdxBody('<Hinweis titel="Gut">Text</Hinweis>\n\n<br />\n').elements.map(
      (problem) => problem.line,
    ),
    [3],
  );
});

test('MDX: the sanitiser drops JSX other than the content components, as a second line of defence', () => {
  const removals: Removal[] = [];
  const { code } = mdxToJs(
    '<Hinweis titel="A">[l](javascript:x)</Hinweis>\n\n<img src="x" onError="alert(1)" />\n',
    {
      hastPlugins: [sanitizeBody((removal) => removals.push(removal))],
    },
  ) as { code: string };
  assert.doesNotMatch(code, /onError|javascript:/);
  assert.match(code, /titel: "A"/);
  assert.deepEqual(
    removals.map((removal) => [removal.kind, removal.element]),
    [
      ['attribute', 'a'],
      ['element', 'img'],
    ],
  );
});

test('every component in src/components/content/ is on the MDX allow-list, and only those', () => {
  const files = readdirSync(`${PROJECT_ROOT}/src/components/content`).map((file) =>
    file.replace(/\.astro$/, ''),
  );
  assert.deepEqual(Object.keys(CONTENT_COMPONENTS).sort(), files.sort());
});
