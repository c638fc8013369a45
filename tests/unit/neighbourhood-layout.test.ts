import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import { softHyphenate, textWidth, wrapToWidth } from '../../src/pictures/drawing.ts';
import { plainAtlas } from '../helpers/atlas.ts';
import { relatedGroups } from '../../src/read-model/atlas.ts';
import { neighbourhoodOf } from '../../src/pictures/neighbourhood.ts';
import { buildGraph, type GraphInput } from '../../src/knowledge-base/graph.ts';
import {
  FONT_SIZE,
  LABEL_ROOM,
  PER_GROUP,
  WIDTH,
  layoutNeighbourhood,
  renderNeighbourhoodSvg,
  type GraphNode,
  type Neighbourhood,
} from '../../src/pictures/neighbourhood-layout.ts';
import { relationKey } from '../../src/vocabulary/relations.ts';
import type { Slug } from '../../src/vocabulary/slugs.ts';

const entry = (
  collection: CollectionName,
  slug: string,
  data: Record<string, unknown> = {},
): GraphInput => ({
  collection,
  slug: slug as Slug,
  file: `${collection}/${slug}.md`,
  data: { title: slug.replace(/-/g, ' '), ...data },
});

const node = (item: GraphInput): GraphNode => ({
  id: item.slug,
  title: String(item.data['title']),
  href: `/${item.collection}/${item.slug}/`,
  kind: item.collection,
});

/** The neighbourhood of `slug` straight from a graph built by the real graph builder, one group per heading. */
function neighbourhoodFromGraph(entries: GraphInput[], slug: string): Neighbourhood {
  const { graph, problems } = buildGraph(entries);
  assert.deepEqual(problems, []);
  const groups = new Map<string, Neighbourhood['groups'][number]>();
  const add = (
    label: string,
    other: Slug,
    edge: { relation: ReturnType<typeof relationKey>; from: string; to: string },
  ) => {
    const group = groups.get(label) ?? { label, listHref: `#${label}`, members: [] };
    groups.set(label, group);
    group.members.push({ node: node(graph.get(other)!), edge });
  };
  for (const edge of graph.outgoing(slug as Slug))
    add(edge.relation.forwardLabel, edge.to, {
      relation: relationKey(edge.relation),
      from: edge.from,
      to: edge.to,
    });
  for (const edge of graph.incoming(slug as Slug))
    add(edge.relation.inverseLabel, edge.from, {
      relation: relationKey(edge.relation),
      from: edge.from,
      to: edge.to,
    });
  return { centre: node(graph.get(slug as Slug)!), groups: [...groups.values()] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['a', 'path', 'text', 'tspan', 'g'].includes(name),
});

/** The SVG as this parser reads it: attributes as properties, the listed elements always as arrays. */
interface SvgTree {
  svg: { a: Record<string, string>[]; g: { class?: string; path?: Record<string, string>[] }[] };
}

interface ParsedSvg {
  links: { href: string; id?: string }[];
  edges: {
    relation: string;
    from: string | undefined;
    to: string | undefined;
    count: string | undefined;
  }[];
}

function parseSvg(svg: string): ParsedSvg {
  assert.equal(XMLValidator.validate(svg), true, 'SVG is well-formed XML');
  const root = (parser.parse(svg) as SvgTree).svg;
  const edges = root.g.find((group) => group.class === 'graph__edges')!.path ?? [];
  return {
    links: root.a.map((link) => ({
      href: link['href']!,
      ...(link['data-id'] ? { id: link['data-id'] } : {}),
    })),
    edges: edges.map((edge) => ({
      relation: edge['data-relation']!,
      from: edge['data-from'],
      to: edge['data-to'],
      count: edge['data-count'],
    })),
  };
}

const base = [
  entry('actors', 'land'),
  entry('actors', 'kreis', { parent: 'land' }),
  entry('actors', 'stadt', { parent: 'kreis' }),
  entry('networks', 'verein', {
    members: [{ ref: 'stadt' }, { ref: 'kreis', role: 'Vorsitz' }],
    actionFields: ['mobil'],
    areas: ['kreis'],
  }),
  entry('action-fields', 'mobil'),
  entry('initiatives', 'rad', {
    leads: ['verein'],
    partners: ['stadt'],
    actionFields: ['mobil'],
    areas: ['kreis'],
  }),
  entry('press-releases', 'pm', { publisher: 'verein', about: ['rad', 'stadt'] }),
];

test('the picture is well-formed SVG with one link per related entry and one edge per relation of the graph', () => {
  for (const slug of ['verein', 'kreis', 'stadt', 'rad']) {
    const input = neighbourhoodFromGraph(base, slug);
    const svg = parseSvg(renderNeighbourhoodSvg(layoutNeighbourhood(input)));
    const expectedEdges = input.groups
      .flatMap((group) =>
        group.members.map(({ edge }) => `${edge.relation} ${edge.from} ${edge.to}`),
      )
      .sort();
    assert.deepEqual(
      svg.edges.map((edge) => `${edge.relation} ${edge.from} ${edge.to}`).sort(),
      expectedEdges,
      slug,
    );
    const expectedLinks = input.groups
      .flatMap((group) => group.members.map(({ node: target }) => target.href))
      .sort();
    assert.deepEqual(svg.links.map((link) => link.href).sort(), expectedLinks, slug);
  }
});

test('the edges of the Kreis are exactly its relations in the graph, both directions', () => {
  const svg = parseSvg(
    renderNeighbourhoodSvg(layoutNeighbourhood(neighbourhoodFromGraph(base, 'kreis'))),
  );
  assert.deepEqual(svg.edges.map((edge) => `${edge.relation} ${edge.from} ${edge.to}`).sort(), [
    'actors.parent kreis land',
    'actors.parent stadt kreis',
    'initiatives.areas rad kreis',
    'networks.areas verein kreis',
    'networks.members verein kreis',
  ]);
});

test('a hub shows a few entries per relation and one „weitere“ node for the rest, which links to the full list', () => {
  const initiatives = Array.from({ length: 500 }, (_, index) =>
    entry('initiatives', `vorhaben-${index}`, { leads: ['verein'], actionFields: ['mobil'] }),
  );
  const members = Array.from({ length: 30 }, (_, index) => entry('actors', `gemeinde-${index}`));
  const hub = [
    ...base.filter((item) => item.slug !== 'verein'),
    ...initiatives,
    ...members,
    entry('networks', 'verein', {
      members: members.map((member) => ({ ref: member.slug })),
      actionFields: ['mobil'],
    }),
  ];
  const input = neighbourhoodFromGraph(hub, 'verein');
  const svg = parseSvg(renderNeighbourhoodSvg(layoutNeighbourhood(input)));
  const perGroup = input.groups.length <= 4 ? PER_GROUP.few : PER_GROUP.many;
  for (const group of input.groups) {
    const relation = group.members[0]!.edge.relation;
    const drawn = svg.edges.filter(
      (edge) => edge.relation === relation && edge.count === undefined,
    ).length;
    const more = svg.edges
      .filter((edge) => edge.relation === relation && edge.count !== undefined)
      .map((edge) => Number(edge.count));
    // Every relation is drawn, either as its own edge or counted in the group's „weitere“ node.
    assert.equal(
      drawn + more.reduce((sum, count) => sum + count, 0),
      group.members.length,
      group.label,
    );
    assert.ok(drawn <= perGroup, group.label);
    if (group.members.length > perGroup)
      assert.ok(
        svg.links.some((link) => link.href === group.listHref && !link.id),
        group.label,
      );
  }
  assert.ok(svg.links.length <= input.groups.length * perGroup, `${svg.links.length} nodes`);
  // 500 generated initiatives plus „rad“ lead the network; perGroup - 1 are drawn.
  assert.ok(
    renderNeighbourhoodSvg(layoutNeighbourhood(input)).includes(
      `+ ${501 - (perGroup - 1)} weitere`,
    ),
  );
});

test('two layouts of the same input give byte-identical SVG', () => {
  const first = renderNeighbourhoodSvg(layoutNeighbourhood(neighbourhoodFromGraph(base, 'verein')));
  const second = renderNeighbourhoodSvg(
    layoutNeighbourhood(structuredClone(neighbourhoodFromGraph(base, 'verein'))),
  );
  assert.equal(first, second);
});

test('titles with markup characters and non-breaking spaces stay text in well-formed XML', () => {
  const title = 'Rad & Bus <b>fett</b> "Süd"\u00a0\'Nord\'';
  const entries = base.map((item) =>
    item.slug === 'stadt' ? { ...item, data: { ...item.data, title } } : item,
  );
  const svg = renderNeighbourhoodSvg(
    layoutNeighbourhood(neighbourhoodFromGraph(entries, 'verein')),
  );
  assert.equal(XMLValidator.validate(svg), true, 'SVG is well-formed XML');
  const parsed = new XMLParser({ isArray: (name) => name === 'a' }).parse(svg) as {
    svg: { a: { title: string }[] };
  };
  const titles = parsed.svg.a.map((link) => link.title);
  assert.ok(titles.includes(title), JSON.stringify(titles));
  assert.doesNotMatch(svg, /<b>/);
});

test('labels and headings of one column never overlap and stay inside the picture', () => {
  const many = Array.from({ length: 12 }, (_, index) =>
    entry('actors', `eine-sehr-lange-gemeinde-mit-doppelnamen-nummer-${index}`),
  );
  const input = neighbourhoodFromGraph(
    [
      ...many,
      entry('networks', 'verein', { members: many.map((member) => member.slug) }),
      entry('action-fields', 'mobil'),
      entry('initiatives', 'rad', { leads: ['verein'], actionFields: ['mobil'] }),
    ],
    'verein',
  );
  const layout = layoutNeighbourhood(input);
  const boxes = [
    ...layout.nodes.map((placed) => ({
      side: placed.side,
      top: placed.y - (placed.lines.length * 15) / 2,
      bottom: placed.y + (placed.lines.length * 15) / 2,
    })),
    ...layout.headings.map((heading) => ({
      side: heading.side,
      top: heading.y - 11,
      bottom: heading.y - 11 + heading.lines.length * 14,
    })),
  ];
  for (const side of ['left', 'right'] as const) {
    const column = boxes.filter((box) => box.side === side).sort((a, b) => a.top - b.top);
    column
      .slice(1)
      .forEach((box, index) =>
        assert.ok(
          box.top >= column[index]!.bottom - 0.01,
          `${side}: ${JSON.stringify([column[index], box])}`,
        ),
      );
    for (const box of column) assert.ok(box.bottom <= layout.height, 'inside the picture');
  }
});

test('every label line, measured, fits between its node and the edge of the picture; no word is cut off', () => {
  const titles = [
    'Kommunale nachhaltige Entwicklung',
    'Metropolregion Hannover Braunschweig Göttingen Wolfsburg GmbH',
    'Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller',
    'WWW MMM WWW MMM WWW',
  ];
  const actors = titles.map((title, index) => entry('actors', `a-${index}`, { title }));
  const layout = layoutNeighbourhood(
    neighbourhoodFromGraph(
      [...actors, entry('networks', 'verein', { members: actors.map((item) => item.slug) })],
      'verein',
    ),
  );
  for (const placed of layout.nodes) {
    const room = placed.side === 'left' ? placed.x - 12 : WIDTH - placed.x - 12;
    for (const line of placed.lines) {
      assert.ok(
        textWidth(line, FONT_SIZE) <= room,
        `${line}: ${textWidth(line, FONT_SIZE)} > ${room}`,
      );
      assert.doesNotMatch(line, /…/);
    }
    if (placed.node)
      assert.equal(placed.lines.join(' ').replace(/- /g, ''), placed.node.title, 'the whole title');
  }
});

test('an entry related in two ways is one item and one node that names both relations', () => {
  const atlas = plainAtlas([
    { collection: 'networks', slug: 'gmbh', data: { title: 'GmbH', summary: 's' } },
    {
      collection: 'press-releases',
      slug: 'meldung',
      data: {
        title: 'Meldung',
        summary: 's',
        date: '2023-11-17',
        publisher: ['gmbh'],
        about: ['gmbh'],
        sources: [{ title: 'Quelle', url: 'https://example.org/' }],
      },
    },
  ]);
  const groups = relatedGroups(atlas, 'gmbh' as Slug);
  const items = groups.flatMap((group) => group.items);
  assert.equal(items.length, 1, JSON.stringify(groups.map((group) => group.label)));
  assert.equal(groups[0]!.label, 'Herausgegebene Pressemitteilungen');
  assert.deepEqual(
    items[0]!.also?.map((other) => other.label),
    ['In der Presse'],
  );
  const item = atlas.get('gmbh' as Slug);
  const layout = layoutNeighbourhood(neighbourhoodOf(item, groups));
  assert.equal(layout.nodes.length, 1);
  assert.equal(layout.nodes[0]!.lines[0], 'Meldung');
  assert.equal(layout.nodes[0]!.lines.slice(1).join(' '), 'auch: In der Presse');
  const svg = renderNeighbourhoodSvg(layout);
  assert.equal(XMLValidator.validate(svg), true);
  assert.match(svg, /data-relation="press-releases\.publisher" data-from="meldung"/);
  assert.match(svg, /data-relation="press-releases\.about" data-from="meldung"/);
  assert.equal(svg.match(/data-id="meldung"/g)?.length, 1);
});

test('width-wrapping keeps words whole and hyphenates only words wider than a line', () => {
  assert.deepEqual(wrapToWidth('Kommunale nachhaltige Entwicklung', LABEL_ROOM, FONT_SIZE), [
    'Kommunale',
    'nachhaltige',
    'Entwicklung',
  ]);
  assert.deepEqual(wrapToWidth('Gesundheitswirtschaft', 100, FONT_SIZE), [
    'Gesundheits-',
    'wirtschaft',
  ]);
  // At German syllable boundaries, never inside one („Gewerkschaf-tsbund“, „Klimaneut-ralität“).
  assert.deepEqual(wrapToWidth('DGB (Deutscher Gewerkschaftsbund)', 110, FONT_SIZE), [
    'DGB (Deutscher',
    'Gewerkschafts-',
    'bund)',
  ]);
  assert.deepEqual(wrapToWidth('Umwelt-AktioN', 60, FONT_SIZE), ['Umwelt-', 'AktioN']);
  assert.equal(
    softHyphenate('Personalentwicklung der Stadtverwaltung').replace(/\u00ad/g, '|'),
    'Per|so|nal|ent|wick|lung der Stadt|ver|wal|tung',
  );
});
