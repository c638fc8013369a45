import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { searchDocument, searchRecord, titleStart } from '../../src/search/records.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';
import type { TypedData } from '../../src/schemas/index.ts';

type Subject = TypedData & { slug: Slug };

const noTerms = { terms: [], more: [] };
const region = {
  slug: 'region-hannover' as Slug,
  collection: 'actors',
  data: { title: 'Region Hannover', summary: 'Kommunalverwaltung.', kind: 'region' },
} as Subject;
const lookup = (slug: Slug) => {
  assert.equal(slug, region.slug);
  return region;
};

test('titleStart: the first word of a name, with its inner dots and hyphens', () => {
  assert.equal(
    titleStart('Metropolregion Hannover Braunschweig Göttingen Wolfsburg GmbH'),
    'Metropolregion',
  );
  assert.equal(titleStart('RENN.nord'), 'RENN.nord');
  assert.equal(
    titleStart('Handlungskonzept „Hannover – internationale Stadt“'),
    'Handlungskonzept',
  );
  assert.equal(titleStart('„Zukunft in Sicherheit“'), 'Zukunft');
  assert.equal(titleStart('Umwelt-AktioN UAN e.V.'), 'Umwelt-AktioN');
});

test('a name ranks by its first word; a press release headline does not', () => {
  const network = {
    slug: 'ewh' as Slug,
    collection: 'networks',
    data: { title: 'Netzwerk Erweiterter Wirtschaftsraum Hannover', summary: 'Netzwerk.' },
  } as Subject;
  assert.equal(searchRecord(network, lookup, noTerms, []).meta['lead'], 'Netzwerk');
  const release = {
    slug: 'treffen' as Slug,
    collection: 'press-releases',
    data: {
      title: 'Landkreise treffen sich',
      summary: 'Treffen.',
      date: '2023-05-10',
      publisher: region.slug,
      about: [],
      sources: [{ title: 'Jahrestreffen' }],
    },
  } as unknown as Subject;
  assert.equal(searchRecord(release, lookup, noTerms, []).meta['lead'], undefined);
});

test('sources become a filter by publisher (or title without one) and never body text', () => {
  const initiative = {
    slug: 'radverkehr' as Slug,
    collection: 'initiatives',
    data: {
      title: 'Radverkehrskonzept',
      summary: 'Plan für Radwege.',
      status: 'active',
      sources: [
        { title: 'Beschluss des Rates', date: '2021-04-12' },
        { title: 'Vorlage 1', publisher: 'Stadt Göttingen' },
        { title: 'Vorlage 2', publisher: 'Stadt Göttingen' },
      ],
    },
  } as unknown as Subject;
  const record = searchRecord(initiative, lookup, noTerms, [{ text: 'Das Konzept gilt ab 2021.' }]);
  assert.deepEqual(record.filters.quelle, ['Beschluss des Rates', 'Stadt Göttingen']);
  const html = searchDocument(record);
  const indexed = html.replace(/<div hidden data-pagefind-ignore>.*<\/div>/s, '');
  assert.doesNotMatch(indexed, /Beschluss|Vorlage|Göttingen/);
  assert.match(html, /data-pagefind-filter="quelle\[value\]" value="Stadt Göttingen"/);
});

test('the search document escapes what the editor wrote: text stays text, attribute values stay whole', () => {
  const title = 'Rad & Bus <b>fett</b> „Netz“\u00a0"Süd"';
  const network = {
    slug: 'netz' as Slug,
    collection: 'networks',
    data: { title, summary: '</p><script>alert(1)</script>' },
  } as Subject;
  const record = searchRecord(network, lookup, { terms: ['" onmouseover="alert(1)'], more: [] }, [
    { heading: { depth: 2, id: '"><b>x' }, text: 'A <b>' },
    { text: 'x < y & z' },
  ]);
  const document = parse(searchDocument(record));
  assert.equal(document.querySelector('title')?.text, title);
  assert.equal(document.querySelector('h1')?.text, title);
  assert.deepEqual(
    document.querySelectorAll('main > p').map((paragraph) => paragraph.text),
    ['</p><script>alert(1)</script>', 'x < y & z'],
  );
  assert.equal(document.querySelectorAll('script, b').length, 0);
  assert.equal(document.querySelector('h2')?.getAttribute('id'), '"><b>x');
  assert.equal(document.querySelector('h2')?.text, 'A <b>');
  const meta = (key: string) => document.querySelector(`data[data-pagefind-meta="${key}[value]"]`);
  assert.equal(meta('terms')?.getAttribute('value'), '" onmouseover="alert(1)');
  assert.equal(meta('terms')?.getAttribute('onmouseover'), undefined);
  assert.equal(meta('lead')?.getAttribute('value'), 'Rad');
});
