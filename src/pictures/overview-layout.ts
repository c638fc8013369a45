import { linkHorizontal } from 'd3-shape';
import type { CollectionName } from '../vocabulary/collections.ts';
import { RELATIONS, relationKey, type RelationKey } from '../vocabulary/relations.ts';
import { SHAPE_OF, escapeXml, round, shapePath, wrapToWidth } from './drawing.ts';
import type { GraphEdgeRef, GraphNode } from './neighbourhood-layout.ts';

/**
 * The whole cooperation graph in two columns: networks and then initiatives on the left,
 * actors on the right, every relation a curve between them, styled by its kind. Networks come
 * first, so on a phone they are on the first screen. Labels stand horizontally and wrap at word
 * boundaries to the measured room of their column, so none is cut off; each label has its own
 * rows, so none overlaps another. Actors are ordered by the networks and initiatives they are
 * related to, which keeps curves short. Linear apart from two sorts.
 *
 * Above `budget` entries the picture would be unreadable and too large for one page, so
 * it degrades: the networks with the most related entries and those entries, until the budget
 * is used; the page says so and links to the full lists.
 */
export const OVERVIEW_KINDS: readonly CollectionName[] = ['networks', 'actors', 'initiatives'];

/** How each drawn kind of relation looks: its field's name is its class, the legend names it. */
export const EDGE_STYLES = {
  leads: 'Träger',
  members: 'Mitglied',
  partners: 'Beteiligt',
  parent: 'Gehört zu',
  areas: 'Gebiet',
} as const satisfies Record<string, string>;
export type EdgeStyle = keyof typeof EDGE_STYLES;

const overviewKinds = new Set(OVERVIEW_KINDS);
/** Every relation between the entries the picture shows: declared by one and pointing at another. */
export const OVERVIEW_RELATIONS: ReadonlySet<RelationKey> = new Set(
  RELATIONS.filter(
    (spec) =>
      overviewKinds.has(spec.collection) && spec.targets.some((kind) => overviewKinds.has(kind)),
  ).map(relationKey),
);
/** The relations the picture leaves out, because one end is no network, actor or initiative. */
export const RELATIONS_NOT_DRAWN = RELATIONS.filter(
  (spec) => !OVERVIEW_RELATIONS.has(relationKey(spec)),
);

export function edgeStyle(relation: RelationKey): EdgeStyle {
  const field = relation.slice(relation.indexOf('.') + 1);
  if (!(field in EDGE_STYLES)) throw new Error(`No overview style for ${relation}`);
  return field as EdgeStyle;
}

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
  const relevant = nodes.filter((node) => overviewKinds.has(node.kind));
  const ids = new Set(relevant.map((node) => node.id));
  const drawn = edges.filter(
    (edge) =>
      OVERVIEW_RELATIONS.has(edge.relation) &&
      ids.has(edge.from) &&
      ids.has(edge.to) &&
      edge.from !== edge.to,
  );
  const networks = relevant.filter((node) => node.kind === 'networks');
  if (relevant.length <= budget) {
    return {
      nodes: relevant,
      edges: drawn,
      complete: true,
      total: relevant.length,
      networksShown: networks.length,
      networksTotal: networks.length,
    };
  }
  const related = new Map<string, string[]>();
  for (const edge of drawn) {
    if (!edge.relation.startsWith('networks.')) continue;
    const list = related.get(edge.from);
    if (list) list.push(edge.to);
    else related.set(edge.from, [edge.to]);
  }
  const order = new Map(relevant.map((node, index) => [node.id, index]));
  const largest = [...networks].sort(
    (a, b) =>
      (related.get(b.id)?.length ?? 0) - (related.get(a.id)?.length ?? 0) ||
      order.get(a.id)! - order.get(b.id)!,
  );
  const chosen = new Set<string>();
  let networksShown = 0;
  for (const network of largest) {
    const fresh = [network.id, ...(related.get(network.id) ?? [])].filter((id) => !chosen.has(id));
    if (chosen.size + fresh.length > budget) continue;
    for (const id of fresh) chosen.add(id);
    networksShown++;
    if (chosen.size >= budget) break;
  }
  return {
    nodes: relevant.filter((node) => chosen.has(node.id)),
    edges: drawn.filter((edge) => chosen.has(edge.from) && chosen.has(edge.to)),
    complete: false,
    total: relevant.length,
    networksShown,
    networksTotal: networks.length,
  };
}

export type Side = 'left' | 'right';

export interface PlacedOverviewNode {
  node: GraphNode;
  side: Side;
  x: number;
  y: number;
  lines: string[];
}

export interface OverviewLayout {
  width: number;
  height: number;
  headings: { kind: CollectionName; side: Side; x: number; y: number }[];
  nodes: PlacedOverviewNode[];
  edges: { edge: GraphEdgeRef; style: EdgeStyle; d: string }[];
}

/** Labels are 13 px; a picture is drawn at its own size, never scaled down. */
export const OVERVIEW_FONT_SIZE = 13;
const LINE = 16;
const NODE_SIZE = 11;
const LABEL_GAP = 8;
const MARGIN = 3;
const HEADING_HEIGHT = 26;
/** The widths the page offers: a phone's text column and a desktop one. */
export const OVERVIEW_WIDTHS = { narrow: 340, wide: 800 } as const;

/**
 * Where the two columns of nodes stand. The gutter between them carries the curves: 56 px on a
 * phone, a fifth of a wider picture. On a phone the left column, with the networks, gets more
 * room, so their names take fewer lines and more of them fit on the first screen.
 */
export function columnsOf(width: number): Record<Side, number> {
  const narrow = width < 400;
  const gutter = narrow ? 56 : width / 5;
  const left = Math.round((width - gutter) * (narrow ? 0.6 : 0.5));
  return { left, right: Math.round(left + gutter) };
}

/** Room for a label between its node and the picture's edge. */
export function labelRoom(width: number, side: Side): number {
  const columns = columnsOf(width);
  const edge = side === 'left' ? columns.left : width - columns.right;
  return edge - NODE_SIZE / 2 - LABEL_GAP - MARGIN;
}

const HEADING_TEXT: Partial<Record<CollectionName, string>> = {
  networks: 'Netzwerke',
  initiatives: 'Initiativen',
  actors: 'Akteure',
};

export function layoutOverview(
  selection: Pick<OverviewSelection, 'nodes' | 'edges'>,
  width: number = OVERVIEW_WIDTHS.narrow,
): OverviewLayout {
  const x = columnsOf(width);
  const cursor: Record<Side, number> = { left: 0, right: 0 };
  const headings: OverviewLayout['headings'] = [];
  const placed = new Map<string, PlacedOverviewNode>();
  const place = (nodes: readonly GraphNode[], kind: CollectionName, side: Side) => {
    if (!nodes.length) return;
    if (cursor[side] > 0) cursor[side] += 10;
    headings.push({ kind, side, x: x[side], y: cursor[side] + 17 });
    cursor[side] += HEADING_HEIGHT;
    for (const node of nodes) {
      const lines = wrapToWidth(node.title, labelRoom(width, side), OVERVIEW_FONT_SIZE);
      const height = lines.length * LINE + 6;
      placed.set(node.id, {
        node,
        side,
        x: x[side],
        y: round(cursor[side] + height / 2),
        lines,
      });
      cursor[side] += height;
    }
  };
  const ofKind = (kind: CollectionName) => selection.nodes.filter((node) => node.kind === kind);
  place(ofKind('networks'), 'networks', 'left');
  place(ofKind('initiatives'), 'initiatives', 'left');
  place(orderByNeighbours(ofKind('actors'), selection.edges, placed), 'actors', 'right');
  const edges = selection.edges.flatMap((edge) => {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) return [];
    return [{ edge, style: edgeStyle(edge.relation), d: curve(from, to, x.right - x.left) }];
  });
  return {
    width,
    height: Math.ceil(Math.max(cursor.left, cursor.right) + 4),
    headings,
    nodes: [...placed.values()],
    edges,
  };
}

/** Actors by the mean row of the entries on the left they are related to; unrelated ones last. */
function orderByNeighbours(
  actors: readonly GraphNode[],
  edges: readonly GraphEdgeRef[],
  left: ReadonlyMap<string, PlacedOverviewNode>,
): GraphNode[] {
  const rows = new Map<string, number[]>();
  for (const edge of edges) {
    for (const [actor, other] of [
      [edge.to, edge.from],
      [edge.from, edge.to],
    ] as const) {
      const row = left.get(other)?.y;
      if (row === undefined) continue;
      const list = rows.get(actor);
      if (list) list.push(row);
      else rows.set(actor, [row]);
    }
  }
  const mean = (id: string) => {
    const list = rows.get(id);
    return list ? list.reduce((sum, row) => sum + row, 0) / list.length : Infinity;
  };
  const index = new Map(actors.map((node, position) => [node.id, position]));
  return [...actors].sort((a, b) => mean(a.id) - mean(b.id) || index.get(a.id)! - index.get(b.id)!);
}

const across = linkHorizontal<
  { source: [number, number]; target: [number, number] },
  [number, number]
>()
  .x((point) => round(point[0]))
  .y((point) => round(point[1]))
  .digits(1);

/** Across the gutter between the columns, or a bow into it between two entries of one column. */
function curve(from: PlacedOverviewNode, to: PlacedOverviewNode, gutter: number): string {
  const inner = (placed: PlacedOverviewNode) =>
    placed.side === 'left' ? placed.x + NODE_SIZE / 2 + 1 : placed.x - NODE_SIZE / 2 - 1;
  if (from.side !== to.side) {
    const [a, b] = from.side === 'left' ? [from, to] : [to, from];
    return across({ source: [inner(a), a.y], target: [inner(b), b.y] })!;
  }
  const direction = from.side === 'left' ? 1 : -1;
  const bow = direction * Math.min(gutter * 0.45, 12 + Math.abs(to.y - from.y) * 0.2);
  const [x1, x2] = [inner(from), inner(to)];
  return `M${round(x1)},${round(from.y)}C${round(x1 + bow)},${round(from.y)},${round(x2 + bow)},${round(to.y)},${round(x2)},${round(to.y)}`;
}

/**
 * The layout as inline SVG. Edges carry their kind as a class (colour and dash pattern come
 * from the site's CSS, so dark mode and print follow). Hidden from assistive technology and
 * the tab order: the list under the picture says the same with links.
 */
export function renderOverviewSvg(layout: OverviewLayout, variant = ''): string {
  const { width, height } = layout;
  const out: string[] = [];
  const modifier = variant ? ` graph__svg--${variant}` : '';
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph__svg graph__svg--overview${modifier}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">`,
  );
  out.push('<g class="graph__edges">');
  for (const { edge, style, d } of layout.edges)
    out.push(
      `<path class="graph__edge graph__edge--${style}" d="${d}" data-relation="${edge.relation}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"/>`,
    );
  out.push('</g>');
  for (const heading of layout.headings) {
    const x = heading.side === 'left' ? heading.x + NODE_SIZE / 2 : heading.x - NODE_SIZE / 2;
    out.push(
      `<text class="graph__heading graph__heading--column" x="${round(x)}" y="${heading.y}" text-anchor="${heading.side === 'left' ? 'end' : 'start'}">${HEADING_TEXT[heading.kind] ?? heading.kind}</text>`,
    );
  }
  for (const placed of layout.nodes) {
    const left = placed.side === 'left';
    const lx = round(
      left ? placed.x - NODE_SIZE / 2 - LABEL_GAP : placed.x + NODE_SIZE / 2 + LABEL_GAP,
    );
    const firstY = round(placed.y + 4.5 - ((placed.lines.length - 1) * LINE) / 2);
    const lines = placed.lines
      .map(
        (line, index) =>
          `<tspan x="${lx}"${index ? ` dy="${LINE}"` : ''}>${escapeXml(line)}</tspan>`,
      )
      .join('');
    out.push(
      `<a href="${escapeXml(placed.node.href)}" tabindex="-1" data-id="${escapeXml(placed.node.id)}"><title>${escapeXml(placed.node.title)}</title><path class="graph__node k-${placed.node.kind}" d="${shapePath(SHAPE_OF[placed.node.kind], placed.x, placed.y, NODE_SIZE)}"/><text x="${lx}" y="${firstY}" text-anchor="${left ? 'end' : 'start'}">${lines}</text></a>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
