import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  pagefindFilters,
  pagefindSort,
  paramsFromState,
  resultMessage,
  stateFromParams,
  toggleFilter,
  type SearchState,
} from '../../src/search/state.ts';

const state = (text: string) => stateFromParams(new URLSearchParams(text));

test('stateFromParams reads query, facets and sort from the URL and ignores the rest', () => {
  assert.deepEqual(
    state(
      'q=%20Radverkehr%20%20G%C3%B6ttingen%20&art=Initiative&art=Akteur&art=Initiative&jahr=2023&foo=bar&sort=datum',
    ),
    {
      query: 'Radverkehr Göttingen',
      filters: { art: ['Akteur', 'Initiative'], jahr: ['2023'] },
      sort: 'datum',
    },
  );
  assert.deepEqual(state(''), { query: '', filters: {}, sort: 'relevanz' });
  assert.deepEqual(state('sort=anders&art='), { query: '', filters: {}, sort: 'relevanz' });
});

test('paramsFromState writes a canonical URL: q first, facets in display order, values sorted', () => {
  const table: [SearchState, string][] = [
    [
      {
        query: 'verkehr',
        filters: { gebiet: ['Stadt Göttingen'], art: ['Netzwerk', 'Initiative'] },
        sort: 'relevanz',
      },
      'q=verkehr&art=Initiative&art=Netzwerk&gebiet=Stadt+G%C3%B6ttingen',
    ],
    [
      { query: '', filters: { art: ['Pressemitteilung'] }, sort: 'datum' },
      'art=Pressemitteilung&sort=datum',
    ],
    [{ query: '', filters: {}, sort: 'relevanz' }, ''],
  ];
  for (const [input, expected] of table) assert.equal(paramsFromState(input).toString(), expected);
});

test('a state survives the round trip through the URL', () => {
  const original: SearchState = {
    query: 'Klima Hannover',
    filters: { feld: ['Mobilität', 'Klimaneutralität'], stand: ['laufend'] },
    sort: 'relevanz',
  };
  assert.deepEqual(state(paramsFromState(original).toString()), {
    ...original,
    filters: { feld: ['Klimaneutralität', 'Mobilität'], stand: ['laufend'] },
  });
});

test('pagefindFilters: alternatives within a facet, optionally without one facet', () => {
  const current: SearchState = {
    query: 'x',
    filters: { art: ['Akteur', 'Initiative'], jahr: ['2023'] },
    sort: 'relevanz',
  };
  assert.deepEqual(pagefindFilters(current), {
    art: { any: ['Akteur', 'Initiative'] },
    jahr: { any: ['2023'] },
  });
  assert.deepEqual(pagefindFilters(current, 'art'), { jahr: { any: ['2023'] } });
  assert.deepEqual(pagefindSort(current), {});
  assert.deepEqual(pagefindSort({ ...current, sort: 'datum' }), { date: 'desc' });
});

test('toggleFilter adds and removes a value and drops an empty facet', () => {
  const start: SearchState = { query: 'x', filters: {}, sort: 'relevanz' };
  const one = toggleFilter(start, 'art', 'Netzwerk', true);
  assert.deepEqual(one.filters, { art: ['Netzwerk'] });
  assert.deepEqual(toggleFilter(one, 'art', 'Akteur', true).filters, {
    art: ['Akteur', 'Netzwerk'],
  });
  assert.deepEqual(toggleFilter(one, 'art', 'Netzwerk', false).filters, {});
  assert.deepEqual(start.filters, {}, 'the original state is left unchanged');
});

test('resultMessage says in German what was found', () => {
  const table: [count: number, text: string, message: string][] = [
    [0, 'q=xyz', 'Keine Treffer für „xyz“.'],
    [1, 'q=EWH', '1 Treffer für „EWH“.'],
    [
      12,
      'q=Hannover&art=Initiative&art=Netzwerk&stand=laufend',
      '12 Treffer für „Hannover“ (gefiltert nach Art: Initiative oder Netzwerk; Stand: laufend).',
    ],
    [
      3,
      'art=Pressemitteilung&sort=datum',
      '3 Treffer (gefiltert nach Art: Pressemitteilung), nach Datum sortiert.',
    ],
  ];
  for (const [count, text, message] of table)
    assert.equal(resultMessage(count, state(text)), message);
});
