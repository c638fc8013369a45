import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  actionFieldSetNode,
  entryStructuredData,
  schemaTypeOf,
  serializeJsonLd,
  websiteNode,
  type JsonLdNode,
} from '../../src/site/structured-data.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';
import { plainAtlas } from '../helpers/atlas.ts';
import { schemaOrg } from '../helpers/schema-org.ts';

const SITE = 'https://atlas.test';
const atlas = plainAtlas([
  {
    collection: 'actors',
    slug: 'land',
    data: { title: 'Land', summary: 'Ein Land.', kind: 'state', ags: '03' },
  },
  {
    collection: 'actors',
    slug: 'kreis',
    data: { title: 'Kreis', summary: 'Ein Kreis.', kind: 'district', parent: 'land' },
  },
  {
    collection: 'actors',
    slug: 'uni',
    data: {
      title: 'Uni',
      summary: 'Eine Hochschule.',
      kind: 'university',
      parent: 'kreis',
      website: 'https://uni.test/',
    },
  },
  {
    collection: 'actors',
    slug: 'firma',
    data: { title: 'Firma', summary: 'Ein Unternehmen.', kind: 'company' },
  },
  { collection: 'action-fields', slug: 'klima', data: { title: 'Klima', summary: 'Klimaschutz.' } },
  {
    collection: 'action-fields',
    slug: 'verkehr',
    data: { title: 'Verkehr', summary: 'Mobilität.', related: ['klima'] },
  },
  {
    collection: 'networks',
    slug: 'verein',
    data: {
      title: 'Verein',
      summary: 'Ein Verein.',
      form: 'association',
      founded: '2019',
      members: [
        { ref: 'kreis', role: 'Vorsitz', since: '2019-05' },
        { ref: 'uni' },
        { ref: 'firma', role: 'Mitglied' },
      ],
      actionFields: ['klima'],
      areas: ['kreis'],
    },
  },
  {
    collection: 'initiatives',
    slug: 'projekt',
    data: {
      title: 'Projekt',
      summary: 'Ein Projekt.',
      status: 'active',
      started: '2020-03',
      leads: ['verein'],
      partners: ['uni', 'firma'],
      actionFields: ['verkehr', 'klima'],
      areas: ['kreis'],
    },
  },
  {
    collection: 'press-releases',
    slug: 'pm',
    data: {
      title: 'PM </script><!--',
      summary: 'Neu & gut.',
      date: '2023-11-17',
      publisher: 'verein',
      about: ['projekt', 'kreis'],
      place: 'Stadt',
    },
  },
  {
    collection: 'press-releases',
    slug: 'pm-jahr',
    data: {
      title: 'Alt',
      summary: 'Nur das Jahr.',
      date: '2022',
      publisher: 'kreis',
      about: ['verkehr'],
    },
  },
]);
const entry = (slug: string) => atlas.get(slug as Slug);
const main = (slug: string) => entryStructuredData(atlas, entry(slug), SITE)[0]!;
const ids = (value: unknown) => [value].flat().map((node) => (node as JsonLdNode)['@id']);

test('every block of every entry, the website and the term set is valid schema.org', () => {
  const blocks = [
    ...atlas.entries.flatMap((item) => entryStructuredData(atlas, item, SITE)),
    websiteNode({ url: SITE, title: 'Atlas', description: 'D' }),
    actionFieldSetNode(atlas.ofCollection('action-fields'), SITE),
  ];
  for (const block of blocks)
    assert.deepEqual(schemaOrg().validate(block), [], JSON.stringify(block));
});

test('each node is identified by the canonical URL of its page', () => {
  for (const item of atlas.entries) {
    const [node, breadcrumbs] = entryStructuredData(atlas, item, SITE);
    assert.equal(node!['@id'], `${SITE}${item.url}`);
    assert.equal(node!['url'], `${SITE}${item.url}`);
    assert.equal(breadcrumbs!['@type'], 'BreadcrumbList');
  }
});

test('actors get a type by kind, their parent and the networks they belong to', () => {
  assert.deepEqual(
    ['land', 'kreis', 'uni', 'firma'].map((slug) => schemaTypeOf(entry(slug))),
    ['GovernmentOrganization', 'GovernmentOrganization', 'CollegeOrUniversity', 'Organization'],
  );
  const uni = main('uni');
  assert.deepEqual(ids(uni['parentOrganization']), [`${SITE}/akteure/kreis/`]);
  assert.deepEqual(ids(uni['memberOf']), [`${SITE}/netzwerke/verein/`]);
  assert.equal(uni['sameAs'], 'https://uni.test/');
  assert.deepEqual(main('land')['identifier'], {
    '@type': 'PropertyValue',
    propertyID: 'Amtlicher Gemeindeschlüssel',
    value: '03',
  });
});

test('a network lists its members, dated or with a role as OrganizationRole', () => {
  const members = main('verein')['member'] as JsonLdNode[];
  assert.deepEqual(members[0], {
    '@type': 'OrganizationRole',
    member: { '@type': 'GovernmentOrganization', '@id': `${SITE}/akteure/kreis/`, name: 'Kreis' },
    roleName: 'Vorsitz',
    startDate: '2019-05',
  });
  assert.equal(members[1]!['@id'], `${SITE}/akteure/uni/`);
  assert.equal(members[2]!['roleName'], 'Mitglied');
  assert.equal(main('verein')['foundingDate'], '2019');
  assert.deepEqual(main('verein')['areaServed'], { '@type': 'AdministrativeArea', name: 'Kreis' });
});

test('an initiative is a Project: leads above it, partners in it, action fields as topics', () => {
  const project = main('projekt');
  assert.equal(project['@type'], 'Project');
  assert.deepEqual(ids(project['parentOrganization']), [`${SITE}/netzwerke/verein/`]);
  assert.deepEqual(ids(project['member']), [`${SITE}/akteure/uni/`, `${SITE}/akteure/firma/`]);
  assert.deepEqual(ids(project['knowsAbout']), [
    `${SITE}/handlungsfelder/verkehr/`,
    `${SITE}/handlungsfelder/klima/`,
  ]);
  assert.equal(project['foundingDate'], '2020-03');
});

test('a press release is a NewsArticle with its date as written', () => {
  const pm = main('pm');
  assert.equal(pm['@type'], 'NewsArticle');
  assert.equal(pm['datePublished'], '2023-11-17');
  assert.equal(pm['genre'], 'Pressemitteilung');
  assert.deepEqual(ids(pm['publisher']), [`${SITE}/netzwerke/verein/`]);
  assert.deepEqual(ids(pm['about']), [`${SITE}/initiativen/projekt/`, `${SITE}/akteure/kreis/`]);
  assert.equal(main('pm-jahr')['datePublished'], '2022');
});

test('action fields are terms of the one set on the action fields page', () => {
  const term = main('klima');
  assert.equal(term['@type'], 'DefinedTerm');
  assert.deepEqual(term['inDefinedTermSet'], {
    '@type': 'DefinedTermSet',
    '@id': `${SITE}/handlungsfelder/`,
    name: 'Handlungsfelder',
  });
  const set = actionFieldSetNode(atlas.ofCollection('action-fields'), SITE);
  assert.equal(set['@id'], `${SITE}/handlungsfelder/`);
  assert.deepEqual(ids(set['hasDefinedTerm']), [
    `${SITE}/handlungsfelder/klima/`,
    `${SITE}/handlungsfelder/verkehr/`,
  ]);
});

test('breadcrumbs lead from the start page over the collection to the entry', () => {
  const [, breadcrumbs] = entryStructuredData(atlas, entry('verein'), SITE);
  assert.deepEqual(breadcrumbs!['itemListElement'], [
    { '@type': 'ListItem', position: 1, name: 'Start', item: { '@id': `${SITE}/` } },
    { '@type': 'ListItem', position: 2, name: 'Netzwerke', item: { '@id': `${SITE}/netzwerke/` } },
    {
      '@type': 'ListItem',
      position: 3,
      name: 'Verein',
      item: { '@id': `${SITE}/netzwerke/verein/` },
    },
  ]);
});

test('the website names its search with a URL template', () => {
  const site = websiteNode({ url: SITE, title: 'Atlas', description: 'D' });
  assert.deepEqual(site['potentialAction'], {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/suche/?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  });
});

test('serialized JSON-LD cannot end its script element and parses back to the same data', () => {
  const node = main('pm');
  const text = serializeJsonLd(node);
  assert.ok(!/[<>]/.test(text), text);
  assert.ok(!text.includes('&'), text);
  assert.deepEqual(JSON.parse(text), node);
  assert.equal((JSON.parse(text) as JsonLdNode)['name'], 'PM </script><!--');
});
