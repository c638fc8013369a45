import assert from 'node:assert/strict';
import { test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CollectionName } from '../../src/vocabulary/collections.ts';
import type { GraphEdgeRef, GraphNode } from '../../src/pictures/neighbourhood-layout.ts';
import {
  layoutOverview,
  renderOverviewSvg,
  selectOverview,
} from '../../src/pictures/overview-layout.ts';

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

test('a small atlas is drawn whole: every cooperation relation, no action fields', () => {
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

test('labels on the rim are at least a line apart, and two layouts are byte-identical', () => {
  const { nodes, edges } = atlas(12);
  const selection = selectOverview(nodes, edges);
  const layout = layoutOverview(selection);
  const angles = layout.nodes.map((item) => item.angle).sort((a, b) => a - b);
  angles
    .slice(1)
    .forEach((angle, index) =>
      assert.ok((angle - angles[index]!) * layout.radius >= 13, `${angle}`),
    );
  const first = renderOverviewSvg(layout);
  const second = renderOverviewSvg(layoutOverview(structuredClone(selectOverview(nodes, edges))));
  assert.equal(first, second);
});
