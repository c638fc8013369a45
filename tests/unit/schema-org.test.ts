import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaOrg } from '../helpers/schema-org.ts';

const vocabulary = schemaOrg();
const ctx = { '@context': 'https://schema.org' };

test('the vocabulary knows the types and inheritance the atlas uses', () => {
  for (const type of [
    'GovernmentOrganization',
    'CollegeOrUniversity',
    'Project',
    'NewsArticle',
    'DefinedTerm',
    'DefinedTermSet',
    'OrganizationRole',
    'BreadcrumbList',
    'WebSite',
    'SearchAction',
  ]) {
    assert.ok(vocabulary.hasType(type), type);
  }
  assert.ok(vocabulary.isSubtypeOf('Project', 'Organization'));
  assert.ok(vocabulary.isSubtypeOf('CollegeOrUniversity', 'Organization'));
  assert.ok(vocabulary.isSubtypeOf('NewsArticle', 'CreativeWork'));
  assert.ok(!vocabulary.isSubtypeOf('DefinedTerm', 'Organization'));
  assert.ok(
    vocabulary.rangesOn('GovernmentOrganization', 'parentOrganization'),
    'inherited from Organization',
  );
  assert.equal(vocabulary.rangesOn('DefinedTerm', 'parentOrganization'), undefined);
});

test('a valid block passes', () => {
  const block = {
    ...ctx,
    '@type': 'Organization',
    '@id': 'https://atlas.test/netzwerke/a/',
    name: 'A',
    foundingDate: '2019',
    member: [
      { '@type': 'GovernmentOrganization', '@id': 'https://atlas.test/akteure/b/', name: 'B' },
      {
        '@type': 'OrganizationRole',
        roleName: 'Vorsitz',
        startDate: '2019-05',
        member: { '@id': 'https://atlas.test/akteure/c/' },
      },
    ],
    areaServed: { '@type': 'AdministrativeArea', name: 'Kreis' },
  };
  assert.deepEqual(vocabulary.validate(block), []);
});

test('unknown types and properties, properties on the wrong type and values of the wrong kind are reported', () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ ...ctx, '@type': 'Organisation', name: 'A' }, /unknown type Organisation/],
    [{ ...ctx, '@type': 'Organization', nmae: 'A' }, /unknown property nmae/],
    [
      { ...ctx, '@type': 'DefinedTerm', parentOrganization: { '@id': 'https://a.test/' } },
      /parentOrganization is not allowed on DefinedTerm/,
    ],
    [{ ...ctx, '@type': 'NewsArticle', datePublished: '17.11.2023' }, /does not fit Date/],
    [{ ...ctx, '@type': 'NewsArticle', datePublished: '2023-02-30' }, /does not fit Date/],
    [{ ...ctx, '@type': 'Organization', sameAs: 'www.example' }, /does not fit URL/],
    [{ ...ctx, '@type': 'Organization', parentOrganization: 'Land' }, /does not fit Organization/],
    [
      {
        ...ctx,
        '@type': 'Organization',
        parentOrganization: { '@type': 'DefinedTerm', name: 'X' },
      },
      /DefinedTerm does not fit Organization/,
    ],
    [
      {
        ...ctx,
        '@type': 'Organization',
        member: { '@type': 'OrganizationRole', roleName: 'Vorsitz' },
      },
      /must itself have member/,
    ],
    [
      {
        ...ctx,
        '@type': 'Organization',
        member: { '@type': 'OrganizationRole', member: { '@type': 'DefinedTerm', name: 'X' } },
      },
      /DefinedTerm does not fit/,
    ],
    [{ ...ctx, '@type': 'Organization', '@id': '/akteure/a/' }, /@id must be an absolute/],
    [{ '@context': 'http://schema.org', '@type': 'Thing' }, /@context/],
    [{ ...ctx, '@type': 'Organization', member: { name: 'untyped' } }, /needs one @type/],
    [{ ...ctx, '@type': 'WebSite', 'query-input': 'required name=q' }, /belong on an Action/],
    [{ ...ctx, '@type': 'ListItem', position: 1.5 }, /does not fit/],
  ];
  for (const [block, expected] of cases) {
    const problems = vocabulary.validate(block);
    assert.ok(
      problems.some((problem) => expected.test(problem)),
      `${JSON.stringify(block)} → ${JSON.stringify(problems)}`,
    );
  }
});
