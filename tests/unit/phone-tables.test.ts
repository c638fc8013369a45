import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { renderBody } from '../../src/markdown/render.ts';
import { keepNumbersWithUnits } from '../../src/vocabulary/typography.ts';
import { hyphenateCompounds } from '../../src/site/compound-hyphens.ts';

const FILE = '/repo/content/actors/landkreis.md';
const render = (body: string) => {
  const rendered = renderBody(body, FILE, 'md');
  return { root: parse(rendered.html ?? ''), removals: rendered.removals, text: rendered.text };
};

test('a table of up to three columns stacks on phones: each cell carries its column heading', () => {
  const { root, removals } = render(
    '| Kooperation | Art | Kosten |\n|---|---|--:|\n| Verein | Mitglied | 3.000 € |\n',
  );
  const table = root.querySelector('table')!;
  assert.equal(table.getAttribute('class'), 'table--stacked');
  assert.equal(root.querySelector('.table-scroll'), null, 'no scroll wrapper around it');
  assert.deepEqual(
    root.querySelectorAll('td').map((cell) => cell.getAttribute('data-label')),
    ['Kooperation', 'Art', 'Kosten'],
  );
  assert.equal(root.querySelectorAll('td')[2]!.getAttribute('class'), 'align-right');
  assert.deepEqual(removals, []);
});

test('a wider table scrolls in a region the keyboard reaches, named after its columns', () => {
  const { root, removals } = render('| A | B | C | D |\n|---|:-:|---|---|\n| 1 | 2 | 3 | 4 |\n');
  const wrapper = root.querySelector('section.table-scroll')!;
  assert.equal(wrapper.getAttribute('role'), undefined, 'a named section is a region already');
  assert.equal(wrapper.getAttribute('tabindex'), '0');
  assert.equal(wrapper.getAttribute('aria-label'), 'Tabelle „A, B, C, D“, seitlich verschiebbar');
  assert.equal(wrapper.querySelector('table')?.getAttribute('class'), undefined);
  assert.equal(root.querySelectorAll('[data-label]').length, 0);
  assert.equal(root.querySelectorAll('th')[1]!.getAttribute('class'), 'align-center');
  assert.deepEqual(removals, []);
});

test('no cell keeps an inline style, and a table without headings scrolls rather than stacks', () => {
  const { root, removals } = render(
    '<table><tr><td style="text-align: right">1</td><td style="color: red">2</td></tr></table>\n',
  );
  assert.equal(root.querySelectorAll('[style]').length, 0);
  assert.equal(root.querySelector('td')?.getAttribute('class'), 'align-right');
  assert.ok(root.querySelector('section.table-scroll[tabindex="0"][aria-label] > table'));
  assert.deepEqual(
    removals.map((removal) => `${removal.attribute}=${removal.value}`),
    ['style=color: red'],
  );
});

test('headings in a hostile table stay text in the region’s name', () => {
  const { root } = render(
    '| a" onfocus="x | <b>b</b> | c | d |\n|---|---|---|---|\n| 1 | 2 | 3 | 4 |\n',
  );
  const wrapper = root.querySelector('section.table-scroll')!;
  assert.equal(wrapper.getAttribute('onfocus'), undefined);
  assert.match(wrapper.getAttribute('aria-label')!, /^Tabelle „a. onfocus=.x, b, c, d“/);
});

test('a number and the word or unit after it stay on one line, in table cells and in fact values', () => {
  assert.equal(keepNumbersWithUnits('etwa 3,9 Millionen'), 'etwa 3,9\u00a0Millionen');
  assert.equal(
    keepNumbersWithUnits('60.000 € und 12 % von 4 km'),
    '60.000\u00a0€ und 12\u00a0% von 4\u00a0km',
  );
  assert.equal(keepNumbersWithUnits('seit 2019, 3 - 4'), 'seit 2019, 3 - 4');
  const { root } = render('| Stand | Wert |\n|---|---|\n| 2023 | etwa 3,9 Millionen |\n');
  assert.equal(root.querySelectorAll('td')[1]!.text, 'etwa 3,9\u00a0Millionen');
});

test('long compounds get soft hyphens at their joints only, and a left-out part keeps its hyphen', () => {
  const marked = (text: string) => hyphenateCompounds(text).replaceAll('\u00ad', '|');
  assert.equal(marked('Gesundheitswirtschaft'), 'Gesundheits|wirtschaft');
  assert.equal(
    marked('Wirtschaftsförderung und Ansiedlung'),
    'Wirtschafts|förderung und Ansiedlung',
  );
  assert.equal(marked('Kommunale nachhaltige Entwicklung'), 'Kommunale nachhaltige Entwicklung');
  assert.equal(marked('Bildung'), 'Bildung');
  assert.equal(
    marked('Automobilwirtschaft und -forschung/Verkehr'),
    'Auto|mobil|wirtschaft und \u2011forschung/\u200bVerkehr',
  );
});
