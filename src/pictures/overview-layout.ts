import { curveBundle, line } from 'd3-shape';
import type { CollectionName } from '../vocabulary/collections.ts';
import { SHAPE_OF, escapeXml, round, shapePath, wrapText } from './drawing.ts';
import type { GraphEdgeRef, GraphNode } from './neighbourhood-layout.ts';

/**
 * The whole cooperation graph as one circle: networks, actors and initiatives each in
 * their own arc, every entry a labelled point on the rim, every relation a curve bundled
 * through the middle (d3-shape). Labels stand radially outward, one per angular step that
 * is at least a line high, so they cannot overlap. Within an arc, entries follow the
 * network they belong to, which keeps bundles short. Linear apart from one sort.
 *
 * Above `budget` entries the picture would be unreadable and too large for one page, so
 * it degrades: the networks with the most members and those members, until the budget is
 * used; the page says so and links to the full lists.
 */
export const OVERVIEW_KINDS: readonly CollectionName[] = ['networks', 'actors', 'initiatives'];
/** The relations that mean working together; areas and action fields have their own views. */
export const COOPERATION_RELATIONS = new Set([
  'networks.members',
  'initiatives.leads',
  'initiatives.partners',
  'actors.parent',
]);
export const OVERVIEW_BUDGET = 200;

export interface OverviewSelection {
  nodes: GraphNode[];
  edges: GraphEdgeRef[];
  /** False when the budget forced a choice. */
  complete: boolean;
  total: number;
  networksShown: number;
  networksTotal: number;
}

/** `nodes` in a stable order (e.g. by kind and title); `edges` in any order. */
export function selectOverview(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdgeRef[],
  budget = OVERVIEW_BUDGET,
): OverviewSelection {
  const relevant = nodes.filter((node) => OVERVIEW_KINDS.includes(node.kind));
  const ids = new Set(relevant.map((node) => node.id));
  const cooperation = edges.filter(
    (edge) =>
      COOPERATION_RELATIONS.has(edge.relation) &&
      ids.has(edge.from) &&
      ids.has(edge.to) &&
      edge.from !== edge.to,
  );
  const networks = relevant.filter((node) => node.kind === 'networks');
  if (relevant.length <= budget) {
    return {
      nodes: relevant,
      edges: cooperation,
      complete: true,
      total: relevant.length,
      networksShown: networks.length,
      networksTotal: networks.length,
    };
  }
  const members = new Map<string, string[]>();
  for (const edge of cooperation) {
    if (edge.relation !== 'networks.members') continue;
    const list = members.get(edge.from);
    if (list) list.push(edge.to);
    else members.set(edge.from, [edge.to]);
  }
  const order = new Map(relevant.map((node, index) => [node.id, index]));
  const largest = [...networks].sort(
    (a, b) =>
      (members.get(b.id)?.length ?? 0) - (members.get(a.id)?.length ?? 0) ||
      order.get(a.id)! - order.get(b.id)!,
  );
  const chosen = new Set<string>();
  let networksShown = 0;
  for (const network of largest) {
    const fresh = [network.id, ...(members.get(network.id) ?? [])].filter((id) => !chosen.has(id));
    if (chosen.size + fresh.length > budget) continue;
    for (const id of fresh) chosen.add(id);
    networksShown++;
    if (chosen.size >= budget) break;
  }
  const kept = relevant.filter((node) => chosen.has(node.id));
  const keptEdges = cooperation.filter(
    (edge) => edge.relation === 'networks.members' && chosen.has(edge.from) && chosen.has(edge.to),
  );
  return {
    nodes: kept,
    edges: keptEdges,
    complete: false,
    total: relevant.length,
    networksShown,
    networksTotal: networks.length,
  };
}

export interface PlacedOverviewNode {
  node: GraphNode;
  angle: number;
  x: number;
  y: number;
  label: string;
}

export interface OverviewLayout {
  size: number;
  radius: number;
  nodes: PlacedOverviewNode[];
  edges: { edge: GraphEdgeRef; d: string }[];
  arcs: { kind: CollectionName; start: number; end: number }[];
}

const STEP = 14;
const LABEL_CHARS = 26;
const LABEL_ROOM = LABEL_CHARS * 6.6 + 16;
const GAP_STEPS = 2;

const bundle = line<[number, number]>()
  .x((point) => round(point[0]))
  .y((point) => round(point[1]))
  .curve(curveBundle.beta(0.75))
  .digits(1);

export function layoutOverview(
  selection: Pick<OverviewSelection, 'nodes' | 'edges'>,
): OverviewLayout {
  const ordered = orderByNetwork(selection.nodes, selection.edges);
  const kinds = OVERVIEW_KINDS.filter((kind) => ordered.some((node) => node.kind === kind));
  const slots = ordered.length + kinds.length * GAP_STEPS;
  const radius = Math.max(170, (slots * STEP) / (2 * Math.PI));
  const size = Math.ceil(2 * (radius + LABEL_ROOM));
  const centre = size / 2;
  const step = (2 * Math.PI) / slots;
  const placed = new Map<string, PlacedOverviewNode>();
  const arcs: OverviewLayout['arcs'] = [];
  let slot = GAP_STEPS / 2;
  for (const kind of kinds) {
    const start = slot * step;
    for (const node of ordered.filter((candidate) => candidate.kind === kind)) {
      const angle = slot * step;
      placed.set(node.id, {
        node,
        angle: round(angle * 10000) / 10000,
        x: round(centre + radius * Math.sin(angle)),
        y: round(centre - radius * Math.cos(angle)),
        label: wrapText(node.title, LABEL_CHARS, 1)[0]!,
      });
      slot++;
    }
    arcs.push({
      kind,
      start: round(start * 1000) / 1000,
      end: round((slot - 1) * step * 1000) / 1000,
    });
    slot += GAP_STEPS;
  }
  const edges = selection.edges.flatMap((edge) => {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) return [];
    const point = (angle: number, distance: number): [number, number] => [
      centre + distance * Math.sin(angle),
      centre - distance * Math.cos(angle),
    ];
    const d = bundle([
      point(from.angle, radius - 6),
      point(midAngle(from.angle, to.angle), radius * 0.25),
      point(to.angle, radius - 6),
    ])!;
    return [{ edge, d }];
  });
  return { size, radius: round(radius), nodes: [...placed.values()], edges, arcs };
}

/** Actors and initiatives next to the first network they belong to, so curves stay short. */
function orderByNetwork(nodes: readonly GraphNode[], edges: readonly GraphEdgeRef[]): GraphNode[] {
  const index = new Map(nodes.map((node, position) => [node.id, position]));
  const anchor = new Map<string, number>();
  for (const edge of edges) {
    const [network, other] =
      index.has(edge.from) && nodes[index.get(edge.from)!]!.kind === 'networks'
        ? [edge.from, edge.to]
        : [edge.to, edge.from];
    if (nodes[index.get(network)!]?.kind !== 'networks') continue;
    if (!anchor.has(other)) anchor.set(other, index.get(network)!);
  }
  return [...nodes].sort(
    (a, b) =>
      (anchor.get(a.id) ?? nodes.length) - (anchor.get(b.id) ?? nodes.length) ||
      index.get(a.id)! - index.get(b.id)!,
  );
}

function midAngle(a: number, b: number): number {
  let difference = b - a;
  if (difference > Math.PI) difference -= 2 * Math.PI;
  if (difference < -Math.PI) difference += 2 * Math.PI;
  return a + difference / 2;
}

export function renderOverviewSvg(layout: OverviewLayout): string {
  const { size } = layout;
  const centre = size / 2;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph__svg graph__svg--overview" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" aria-hidden="true" focusable="false">`,
  );
  out.push('<g class="graph__edges">');
  for (const { edge, d } of layout.edges)
    out.push(
      `<path d="${d}" data-relation="${edge.relation}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"/>`,
    );
  out.push('</g>');
  for (const placed of layout.nodes) {
    const degrees = (placed.angle * 180) / Math.PI - 90;
    const flip = placed.angle > Math.PI;
    const labelRadius = layout.radius + 10;
    const lx = round(centre + labelRadius * Math.sin(placed.angle));
    const ly = round(centre - labelRadius * Math.cos(placed.angle));
    const rotation = round(flip ? degrees + 180 : degrees);
    const text = `<text x="${lx}" y="${ly}" dy="0.35em" text-anchor="${flip ? 'end' : 'start'}" transform="rotate(${rotation} ${lx} ${ly})">${escapeXml(placed.label)}</text>`;
    out.push(
      `<a href="${escapeXml(placed.node.href)}" tabindex="-1" data-id="${escapeXml(placed.node.id)}"><title>${escapeXml(placed.node.title)}</title><path class="graph__node k-${placed.node.kind}" d="${shapePath(SHAPE_OF[placed.node.kind], placed.x, placed.y, 10)}"/>${text}</a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
