import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import type { GraphEdgeRef, GraphNode } from '../../src/pictures/neighbourhood-layout.ts';
import {
  EDGE_STYLES,
  OVERVIEW_FONT_SIZE,
  OVERVIEW_KINDS,
  OVERVIEW_RELATIONS,
  OVERVIEW_WIDTHS,
  RELATIONS_NOT_DRAWN,
  edgeStyle,
  labelRoom,
  layoutOverview,
  renderOverviewSvg,
  selectOverview,
} from '../../src/pictures/overview-layout.ts';
import { textWidth } from '../../src/pictures/drawing.ts';
import { RELATIONS, relationKey, type RelationKey } from '../../src/vocabulary/relations.ts';

const node = (kind: CollectionName, id: string): GraphNode => ({
  id,
  title: `${kind} ${id}`,
  href: `/${kind}/${id}/`,
  kind,
});
const edge = (relation: string, from: string, to: string) =>
  ({ relation, from, to }) as GraphEdgeRef;

/** `networks` networks, network i with i + 1 member actors, and one initiative led by each network. */
function atlas(networks: number) {
  const nodes: GraphNode[] = [];
  const edges: GraphEdgeRef[] = [];
  for (let index = 0; index < networks; index++) {
    nodes.push(node('networks', `n${index}`), node('initiatives', `i${index}`));
    edges.push(
      edge('initiatives.leads', `i${index}`, `n${index}`),
      edge('initiatives.actionFields', `i${index}`, 'feld'),
    );
    for (let member = 0; member <= index; member++) {
      nodes.push(node('actors', `a${index}-${member}`));
      edges.push(edge('networks.members', `n${index}`, `a${index}-${member}`));
    }
  }
  nodes.push(node('action-fields', 'feld'));
  return { nodes, edges };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['a', 'path', 'g'].includes(name),
});

/** The SVG as this parser reads it: attributes as properties, the listed elements always as arrays. */
interface SvgTree {
  svg: { a: { href: string }[]; g: { path: Record<string, string>[] }[] };
}

test('a small atlas is drawn whole: every relation between its entries, no action fields', () => {
  const { nodes, edges } = atlas(4);
  const selection = selectOverview(nodes, edges);
  assert.equal(selection.complete, true);
  assert.equal(selection.nodes.length, nodes.length - 1);
  assert.deepEqual(
    selection.edges,
    edges.filter((item) => item.relation !== 'initiatives.actionFields'),
  );
  const svg = renderOverviewSvg(layoutOverview(selection));
  assert.equal(XMLValidator.validate(svg), true);
  const root = (parser.parse(svg) as SvgTree).svg;
  assert.deepEqual(
    root.a.map((link) => link.href).sort(),
    selection.nodes.map((item) => item.href).sort(),
  );
  const drawn = root.g[0]!.path.map(
    (path) => `${path['data-relation']} ${path['data-from']} ${path['data-to']}`,
  );
  assert.deepEqual(
    drawn.sort(),
    selection.edges.map((item) => `${item.relation} ${item.from} ${item.to}`).sort(),
  );
});

test('a large atlas degrades to its largest networks and their members, within the budget', () => {
  const { nodes, edges } = atlas(40);
  const selection = selectOverview(nodes, edges, 100);
  assert.equal(selection.complete, false);
  assert.ok(selection.nodes.length <= 100, `${selection.nodes.length}`);
  assert.ok(selection.nodes.every((item) => item.kind === 'networks' || item.kind === 'actors'));
  const shown = new Set(selection.nodes.map((item) => item.id));
  // The largest network (n39, 40 members) comes first; each shown network brings all its members.
  assert.ok(shown.has('n39'));
  for (const network of selection.nodes.filter((item) => item.kind === 'networks')) {
    const members = edges.filter(
      (item) => item.from === network.id && item.relation === 'networks.members',
    );
    assert.ok(
      members.every((item) => shown.has(item.to)),
      network.id,
    );
  }
  assert.ok(selection.edges.every((item) => shown.has(item.from) && shown.has(item.to)));
  assert.equal(
    selection.networksShown,
    selection.nodes.filter((item) => item.kind === 'networks').length,
  );
  assert.equal(selection.networksTotal, 40);
});

test('every relation kind between networks, actors and initiatives is drawn, styled by its kind; the rest is named as left out', () => {
  const between = RELATIONS.filter(
    (spec) =>
      OVERVIEW_KINDS.includes(spec.collection) &&
      spec.targets.some((kind) => OVERVIEW_KINDS.includes(kind)),
  );
  assert.deepEqual([...OVERVIEW_RELATIONS].sort(), between.map(relationKey).sort());
  assert.deepEqual(
    [...RELATIONS_NOT_DRAWN, ...between].map(relationKey).sort(),
    RELATIONS.map(relationKey).sort(),
  );
  // One edge of every kind, as the read model would give them.
  const ends: Record<string, GraphNode> = {
    networks: node('networks', 'n'),
    actors: node('actors', 'a'),
    initiatives: node('initiatives', 'i'),
  };
  const nodes = [...Object.values(ends), node('actors', 'b')];
  const edges = between.map((spec) => {
    const target = spec.targets.find((kind) => OVERVIEW_KINDS.includes(kind))!;
    const from = ends[spec.collection]!.id;
    return edge(relationKey(spec), from, target === spec.collection ? 'b' : ends[target]!.id);
  });
  const selection = selectOverview(nodes, edges);
  assert.deepEqual(selection.edges, edges);
  const svg = renderOverviewSvg(layoutOverview(selection));
  const paths = (parser.parse(svg) as SvgTree).svg.g[0]!.path;
  assert.deepEqual(
    paths.map((path) => path['data-relation']).sort(),
    between.map(relationKey).sort(),
  );
  for (const path of paths) {
    const style = edgeStyle(path['data-relation'] as RelationKey);
    assert.ok(style in EDGE_STYLES);
    assert.equal(path['class'], `graph__edge graph__edge--${style}`);
  }
  // The real partners of a network and its Träger are among them.
  assert.ok(OVERVIEW_RELATIONS.has('networks.partners'));
  assert.ok(OVERVIEW_RELATIONS.has('networks.leads'));
});

test('labels are whole, at least 12 px, fit their column by measured width and never overlap; layouts are byte-identical', () => {
  const { nodes, edges } = atlas(12);
  const long = [
    'Metropolregion Hannover Braunschweig Göttingen Wolfsburg GmbH',
    'DGB (Deutscher Gewerkschaftsbund)',
    'Donaudampfschifffahrtsgesellschaftskapitänsmützenhersteller',
  ].map((title, index) => ({ ...node('actors', `lang-${index}`), title }));
  const selection = selectOverview([...nodes, ...long], edges);
  assert.ok(OVERVIEW_FONT_SIZE >= 12);
  for (const width of Object.values(OVERVIEW_WIDTHS)) {
    const layout = layoutOverview(selection, width);
    for (const placed of layout.nodes) {
      const room = labelRoom(width, placed.side);
      for (const line of placed.lines) {
        const measured = textWidth(line, OVERVIEW_FONT_SIZE);
        assert.ok(measured <= room, `${line}: ${measured} > ${room} at ${width}`);
        assert.doesNotMatch(line, /…/);
      }
      assert.equal(placed.lines.join(' ').replace(/- /g, ''), placed.node.title);
    }
    for (const side of ['left', 'right'] as const) {
      const column = layout.nodes
        .filter((placed) => placed.side === side)
        .map((placed) => ({
          top: placed.y - (placed.lines.length * 16) / 2,
          bottom: placed.y + (placed.lines.length * 16) / 2,
        }))
        .sort((a, b) => a.top - b.top);
      column
        .slice(1)
        .forEach((box, index) => assert.ok(box.top >= column[index]!.bottom, `${side} ${index}`));
      assert.ok(column.every((box) => box.bottom <= layout.height));
    }
  }
  const first = renderOverviewSvg(layoutOverview(selection));
  const second = renderOverviewSvg(
    layoutOverview(structuredClone(selectOverview([...nodes, ...long], edges))),
  );
  assert.equal(first, second);
});

test('networks come first in the picture: above every actor row and every initiative', () => {
  const { nodes, edges } = atlas(6);
  const layout = layoutOverview(selectOverview(nodes, edges));
  const lastNetwork = Math.max(
    ...layout.nodes.filter((placed) => placed.node.kind === 'networks').map((placed) => placed.y),
  );
  const firstInitiative = Math.min(
    ...layout.nodes
      .filter((placed) => placed.node.kind === 'initiatives')
      .map((placed) => placed.y),
  );
  assert.ok(lastNetwork < firstInitiative);
  assert.ok(
    layout.nodes
      .filter((placed) => placed.node.kind === 'networks')
      .every((placed) => placed.side === 'left'),
  );
});
