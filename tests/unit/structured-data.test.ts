import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  collectionStructuredData,
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
const IDENTITY = { url: SITE, title: 'Atlas' };
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
/** The page node of an entry page, and the thing it is about (or, for a release, based on). */
const page = (slug: string) => entryStructuredData(atlas, entry(slug), IDENTITY)[0]!;
const thing = (slug: string) => {
  const node = page(slug);
  return (node['about'] && !node['isBasedOn'] ? node['about'] : node['isBasedOn']) as JsonLdNode;
};
const ids = (value: unknown) => [value].flat().map((node) => (node as JsonLdNode)['@id']);
const ATLAS = { '@type': 'Organization', '@id': `${SITE}/#atlas`, name: 'Atlas', url: `${SITE}/` };

test('every block of every entry and index page and the website is valid schema.org', () => {
  const blocks = [
    ...atlas.entries.flatMap((item) => entryStructuredData(atlas, item, IDENTITY)),
    ...collectionStructuredData('action-fields', IDENTITY, atlas.ofCollection('action-fields')),
    ...collectionStructuredData('initiatives', IDENTITY),
    websiteNode({ url: SITE, title: 'Atlas', description: 'D' }),
  ];
  for (const block of blocks)
    assert.deepEqual(schemaOrg().validate(block), [], JSON.stringify(block));
});

test('an entry page is a page about the thing: the atlas page is never the thing’s own url', () => {
  for (const item of atlas.entries) {
    const [node, breadcrumbs] = entryStructuredData(atlas, item, IDENTITY);
    assert.equal(node!['@id'], `${SITE}${item.url}`);
    assert.equal(node!['url'], `${SITE}${item.url}`);
    assert.deepEqual(node!['publisher'], ATLAS);
    assert.equal(node!['image'], `${SITE}/share-image.png`);
    assert.equal(breadcrumbs!['@type'], 'BreadcrumbList');
    const described = thing(item.slug);
    assert.equal(described['@id'], `${SITE}${item.url}#thing`);
    assert.notEqual(described['url'], `${SITE}${item.url}`, item.slug);
    assert.equal(described['sameAs'], undefined);
  }
  // Only a website the knowledge base holds is the organisation's url.
  assert.equal(thing('uni')['url'], 'https://uni.test/');
  assert.equal(thing('kreis')['url'], undefined);
  assert.equal(page('verein')['@type'], 'WebPage');
});

test('actors get a type by kind, their parent and the networks they belong to', () => {
  assert.deepEqual(
    ['land', 'kreis', 'uni', 'firma'].map((slug) => schemaTypeOf(entry(slug))),
    ['GovernmentOrganization', 'GovernmentOrganization', 'CollegeOrUniversity', 'Organization'],
  );
  const uni = thing('uni');
  assert.deepEqual(ids(uni['parentOrganization']), [`${SITE}/akteure/kreis/#thing`]);
  assert.deepEqual(ids(uni['memberOf']), [`${SITE}/netzwerke/verein/#thing`]);
  assert.deepEqual(thing('land')['identifier'], {
    '@type': 'PropertyValue',
    propertyID: 'Amtlicher Gemeindeschlüssel',
    value: '03',
  });
});

test('a network lists its members, dated or with a role as OrganizationRole', () => {
  const verein = thing('verein');
  const members = verein['member'] as JsonLdNode[];
  assert.deepEqual(members[0], {
    '@type': 'OrganizationRole',
    member: {
      '@type': 'GovernmentOrganization',
      '@id': `${SITE}/akteure/kreis/#thing`,
      name: 'Kreis',
    },
    roleName: 'Vorsitz',
    startDate: '2019-05',
  });
  assert.equal(members[1]!['@id'], `${SITE}/akteure/uni/#thing`);
  assert.equal(members[2]!['roleName'], 'Mitglied');
  assert.equal(verein['foundingDate'], '2019');
  assert.deepEqual(verein['areaServed'], { '@type': 'AdministrativeArea', name: 'Kreis' });
});

test('an initiative is a Project: leads above it, partners in it, action fields as topics', () => {
  const project = thing('projekt');
  assert.equal(project['@type'], 'Project');
  assert.deepEqual(ids(project['parentOrganization']), [`${SITE}/netzwerke/verein/#thing`]);
  assert.deepEqual(ids(project['member']), [
    `${SITE}/akteure/uni/#thing`,
    `${SITE}/akteure/firma/#thing`,
  ]);
  assert.deepEqual(ids(project['knowsAbout']), [
    `${SITE}/handlungsfelder/verkehr/#thing`,
    `${SITE}/handlungsfelder/klima/#thing`,
  ]);
  assert.equal(project['foundingDate'], '2020-03');
});

test('a press release page is the atlas’s Article, based on the issuer’s release', () => {
  const article = page('pm');
  assert.equal(article['@type'], 'Article');
  assert.deepEqual(article['author'], ATLAS);
  assert.deepEqual(article['publisher'], ATLAS);
  assert.equal(article['datePublished'], undefined);
  const original = article['isBasedOn'] as JsonLdNode;
  assert.equal(original['@type'], 'NewsArticle');
  assert.equal(original['@id'], `${SITE}/presse/pm/#thing`);
  assert.equal(original['datePublished'], '2023-11-17');
  assert.deepEqual(ids(original['publisher']), [`${SITE}/netzwerke/verein/#thing`]);
  assert.deepEqual(ids(article['about']), [
    `${SITE}/initiativen/projekt/#thing`,
    `${SITE}/akteure/kreis/#thing`,
  ]);
  // Known only by its year: no day is claimed.
  assert.equal((page('pm-jahr')['isBasedOn'] as JsonLdNode)['datePublished'], undefined);
});

test('action fields are terms of the one set the action fields page is about', () => {
  assert.deepEqual(thing('klima')['inDefinedTermSet'], {
    '@type': 'DefinedTermSet',
    '@id': `${SITE}/handlungsfelder/#thing`,
    name: 'Handlungsfelder',
  });
  const [index, breadcrumbs] = collectionStructuredData(
    'action-fields',
    IDENTITY,
    atlas.ofCollection('action-fields'),
  );
  assert.equal(index!['@type'], 'CollectionPage');
  assert.equal(index!['@id'], `${SITE}/handlungsfelder/`);
  const set = index!['about'] as JsonLdNode;
  assert.equal(set['@id'], `${SITE}/handlungsfelder/#thing`);
  assert.deepEqual(ids(set['hasDefinedTerm']), [
    `${SITE}/handlungsfelder/klima/#thing`,
    `${SITE}/handlungsfelder/verkehr/#thing`,
  ]);
  assert.deepEqual(breadcrumbs!['itemListElement'], [
    { '@type': 'ListItem', position: 1, name: 'Start', item: { '@id': `${SITE}/` } },
    {
      '@type': 'ListItem',
      position: 2,
      name: 'Handlungsfelder',
      item: { '@id': `${SITE}/handlungsfelder/` },
    },
  ]);
});

test('breadcrumbs lead from the start page over the collection to the entry', () => {
  const [, breadcrumbs] = entryStructuredData(atlas, entry('verein'), IDENTITY);
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
  const node = page('pm');
  const text = serializeJsonLd(node);
  assert.ok(!/[<>]/.test(text), text);
  assert.ok(!text.includes('&'), text);
  assert.deepEqual(JSON.parse(text), node);
  assert.equal((JSON.parse(text) as JsonLdNode)['name'], 'PM </script><!--');
});
