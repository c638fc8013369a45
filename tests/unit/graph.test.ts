import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildGraph, type GraphInput, type RelationGraph } from '../../src/knowledge-base/graph.ts';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';

function entry(
  collection: CollectionName,
  slug: string,
  data: Record<string, unknown> = {},
  draft = false,
): GraphInput {
  return { collection, slug: slug as Slug, file: `content/${collection}/${slug}.md`, data, draft };
}

const entries = [
  entry('actors', 'land', {}),
  entry('actors', 'kreis', { parent: 'land' }),
  entry('actors', 'stadt', { parent: 'kreis', aliases: ['alte-stadt'] }),
  entry('networks', 'verein', {
    members: [{ ref: 'stadt' }, { ref: 'kreis', role: 'Vorsitz' }],
    actionFields: ['mobil'],
    areas: ['kreis'],
  }),
  entry('action-fields', 'mobil', { related: ['klima'] }),
  entry('action-fields', 'klima', {}),
  entry('initiatives', 'rad', {
    leads: ['verein'],
    partners: ['stadt'],
    actionFields: ['mobil', 'klima'],
    areas: ['kreis'],
  }),
  entry('press-releases', 'pm', { publisher: 'verein', about: ['rad', 'stadt'] }),
];

/** `field:target` for outgoing edges, `field<-source` for incoming ones. */
const out = (graph: RelationGraph, slug: string) =>
  graph.outgoing(slug as Slug).map((edge) => `${edge.relation.field}:${edge.to}`);
const into = (graph: RelationGraph, slug: string) =>
  graph.incoming(slug as Slug).map((edge) => `${edge.relation.field}<-${edge.from}`);

test('every relation field yields an edge on both sides', () => {
  const { graph, problems } = buildGraph(entries);
  assert.deepEqual(problems, []);
  assert.deepEqual(out(graph, 'rad'), [
    'leads:verein',
    'partners:stadt',
    'actionFields:mobil',
    'actionFields:klima',
    'areas:kreis',
  ]);
  assert.deepEqual(out(graph, 'verein'), [
    'members:stadt',
    'members:kreis',
    'actionFields:mobil',
    'areas:kreis',
  ]);
  assert.deepEqual(out(graph, 'pm'), ['publisher:verein', 'about:rad', 'about:stadt']);
  assert.deepEqual(out(graph, 'mobil'), ['related:klima']);
  assert.deepEqual(out(graph, 'kreis'), ['parent:land']);
  assert.deepEqual(into(graph, 'stadt'), ['members<-verein', 'partners<-rad', 'about<-pm']);
  assert.deepEqual(into(graph, 'kreis'), [
    'parent<-stadt',
    'members<-verein',
    'areas<-verein',
    'areas<-rad',
  ]);
  assert.deepEqual(into(graph, 'verein'), ['leads<-rad', 'publisher<-pm']);
  assert.deepEqual(into(graph, 'mobil'), ['actionFields<-verein', 'actionFields<-rad']);
  assert.deepEqual(into(graph, 'klima'), ['related<-mobil', 'actionFields<-rad']);
  assert.deepEqual(into(graph, 'rad'), ['about<-pm']);
  assert.deepEqual(into(graph, 'land'), ['parent<-kreis']);
});

test('member details travel with the edge', () => {
  const { graph } = buildGraph(entries);
  const [, kreis] = graph.outgoing('verein' as Slug);
  assert.deepEqual(kreis?.detail, { role: 'Vorsitz' });
  assert.equal(graph.outgoing('verein' as Slug)[0]?.detail, undefined);
});

test("a network's lead and partners are edges of their own, not memberships", () => {
  const { graph, problems } = buildGraph([
    ...entries,
    entry('networks', 'buendnis', {
      leads: ['kreis'],
      members: [{ ref: 'stadt' }],
      partners: [{ ref: 'verein', role: 'Fachleute im Lenkungskreis' }],
    }),
  ]);
  assert.deepEqual(problems, []);
  const edges = graph
    .outgoing('buendnis' as Slug)
    .map((edge) => [edge.relation.forwardLabel, edge.to, edge.detail?.role]);
  assert.deepEqual(edges, [
    ['Träger', 'kreis', undefined],
    ['Mitglieder', 'stadt', undefined],
    ['Beteiligte', 'verein', 'Fachleute im Lenkungskreis'],
  ]);
  const into = (slug: string) =>
    graph
      .incoming(slug as Slug)
      .filter((edge) => edge.from === 'buendnis')
      .map((edge) => edge.relation.inverseLabel);
  assert.deepEqual(into('kreis'), ['Träger von']);
  assert.deepEqual(into('verein'), ['Beteiligt an']);
});

test('aliases map former slugs to the current one', () => {
  const { graph } = buildGraph(entries);
  assert.deepEqual([...graph.aliases], [['alte-stadt', 'stadt']]);
});

test('a duplicate slug across collections is reported for both files', () => {
  const { problems } = buildGraph([entry('actors', 'uan'), entry('networks', 'uan')]);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.file]),
    [
      ['duplicate-slug', 'content/networks/uan.md'],
      ['duplicate-slug', 'content/actors/uan.md'],
    ],
  );
});

test('unknown, draft and wrong-kind references are reported with field and value', () => {
  const { graph, problems } = buildGraph([
    entry('actors', 'stadt'),
    entry('actors', 'entwurf', {}, true),
    entry('action-fields', 'mobil'),
    entry('initiatives', 'rad', {
      leads: ['mobil', 'stadt'],
      partners: ['gibt-es-nicht', 'entwurf'],
      actionFields: ['stadt'],
    }),
  ]);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.field, problem.value]),
    [
      ['wrong-reference-kind', 'leads[0]', 'mobil'],
      ['unknown-reference', 'partners[0]', 'gibt-es-nicht'],
      ['unknown-reference', 'partners[1]', 'entwurf'],
      ['wrong-reference-kind', 'actionFields[0]', 'stadt'],
    ],
  );
  assert.deepEqual(out(graph, 'rad'), ['leads:stadt']);
  assert.equal(graph.get('entwurf' as Slug), undefined);
});

test('an alias may not collide with a slug or with another alias', () => {
  const { problems } = buildGraph([
    entry('actors', 'stadt', { aliases: ['kreis', 'alt'] }),
    entry('actors', 'kreis', { aliases: ['alt'] }),
  ]);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.file, problem.field]),
    [
      ['alias-collision', 'content/actors/stadt.md', 'aliases[0]'],
      ['alias-collision', 'content/actors/kreis.md', 'aliases[0]'],
    ],
  );
});

test('a reference typo suggests the closest slug of an allowed kind', () => {
  const { problems } = buildGraph([
    entry('actors', 'region-hannover'),
    entry('action-fields', 'region-hannoverland'),
    entry('initiatives', 'rad', {
      leads: ['region-hanover'],
      actionFields: ['region-hannoverland'],
      areas: ['region-hannoverlnd', 'xyz-ganz-anders'],
    }),
  ]);
  // `region-hannoverlnd` is closest to the action field, but an area must be an actor.
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.field, problem.value, problem.suggestion]),
    [
      ['unknown-reference', 'leads[0]', 'region-hanover', 'region-hannover'],
      ['unknown-reference', 'areas[0]', 'region-hannoverlnd', 'region-hannover'],
      ['unknown-reference', 'areas[1]', 'xyz-ganz-anders', undefined],
    ],
  );
  assert.match(
    problems[0]!.expected,
    /^Meinten Sie „region-hannover“\? Erwartet: Slug eines vorhandenen Eintrags \(Akteur oder Netzwerk\)\.$/,
  );
});

test('a reference to a former slug says which entry it is now', () => {
  const { problems } = buildGraph([
    entry('actors', 'region-hannover', { aliases: ['region-hannover-alt'] }),
    entry('networks', 'uan', { members: [{ ref: 'region-hannover-alt' }] }),
  ]);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.field, problem.suggestion]),
    [['unknown-reference', 'members[0].ref', 'region-hannover']],
  );
  assert.match(
    problems[0]!.expected,
    /content\/actors\/region-hannover\.md: Der Eintrag wurde umbenannt; verwenden Sie „region-hannover“\./,
  );
});

test('a reference that is no slug at all is left to the schema: one message, not two', () => {
  const { problems } = buildGraph([
    entry('actors', 'stadt'),
    entry('initiatives', 'rad', { leads: ['Region Hannover'], actionFields: [] }),
  ]);
  assert.deepEqual(problems, []);
});

test('a loop in the chain of parent actors is reported once, naming every entry in it', () => {
  const { problems } = buildGraph([
    entry('actors', 'land'),
    entry('actors', 'stadt', { parent: 'kreis' }),
    entry('actors', 'kreis', { parent: 'bezirk' }),
    entry('actors', 'bezirk', { parent: 'stadt' }),
    entry('actors', 'dorf', { parent: 'stadt' }),
    entry('actors', 'selbst', { parent: 'selbst' }),
  ]);
  assert.deepEqual(
    problems.map((problem) => [problem.code, problem.file, problem.field, problem.value]),
    [
      ['parent-cycle', 'content/actors/bezirk.md', 'parent', 'stadt'],
      ['parent-cycle', 'content/actors/selbst.md', 'parent', 'selbst'],
    ],
  );
  assert.match(problems[0]!.expected, /bezirk → stadt → kreis → bezirk\./);
  assert.match(
    problems[0]!.expected,
    /content\/actors\/bezirk\.md, content\/actors\/stadt\.md, content\/actors\/kreis\.md\.$/,
  );
});

test('a chain of parents without a loop is fine', () => {
  const { problems } = buildGraph([
    entry('actors', 'land'),
    entry('actors', 'kreis', { parent: 'land' }),
    entry('actors', 'stadt', { parent: 'kreis' }),
  ]);
  assert.deepEqual(problems, []);
});
