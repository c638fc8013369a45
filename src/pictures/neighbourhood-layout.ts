import { linkHorizontal } from 'd3-shape';
import type { CollectionName } from '../vocabulary/collections.ts';
import { SHAPE_OF, escapeXml, round, shapePath, wrapToWidth } from './drawing.ts';
import type { RelationKey } from '../vocabulary/relations.ts';

/**
 * The neighbourhood picture of one entry: the entry on top in the middle, its related
 * entries in two columns below, grouped under the relation's heading, each joined to the
 * entry by a curve (d3-shape). Groups go to the shorter column, so the picture stays
 * compact; labels sit in their own rows, so they cannot overlap, and wrap at word boundaries
 * to the measured width of their column (never cut off). An entry related in two ways is
 * one node that names its other relations („auch: …“). Hubs are capped: a group
 * shows a few entries and one „+ N weitere“ node that links to the full list.
 * Cost is linear in the number of relations; the output depends only on the input.
 */
export interface GraphNode {
  id: string;
  title: string;
  href: string;
  kind: CollectionName;
}

/** One relation as the read model gives it: declared by `from`, pointing at `to`. */
export interface GraphEdgeRef {
  relation: RelationKey;
  from: string;
  to: string;
}

export interface NeighbourGroup {
  /** Heading, the same as in the list of related entries. */
  label: string;
  /** Where the complete list of this group is (a fragment on the same page). */
  listHref: string;
  members: {
    node: GraphNode;
    edge: GraphEdgeRef;
    /** The same entry's other relations: their headings and edges. */
    also?: { label: string; edge: GraphEdgeRef }[];
  }[];
}

export interface Neighbourhood {
  centre: GraphNode;
  groups: NeighbourGroup[];
}

/**
 * 340 px: the width of a phone's text column, so the picture is drawn at its own size there
 * (not scaled down) and its 12.5 px labels stay 12.5 px on screen.
 */
export const WIDTH = 340;
const CENTRE_X = WIDTH / 2;
const COLUMN_X = { left: 140, right: WIDTH - 140 } as const;
const LABEL_GAP = 10;
export const FONT_SIZE = 12.5;
export const HEADING_SIZE = 12;
const LINE = 15;
const NODE_SIZE = 12;
/** From a column's label edge to the picture's edge, less a margin of 3 px. */
export const LABEL_ROOM = COLUMN_X.left - NODE_SIZE / 2 - LABEL_GAP + 4 - 3;
/** Entries shown per group before the rest is summed up in one node. */
export const PER_GROUP = { few: 6, many: 4 } as const;

type Side = keyof typeof COLUMN_X;

export interface PlacedNode {
  node: GraphNode | undefined;
  /** For the „+ N weitere“ node: how many entries it stands for. */
  more?: number;
  href: string;
  x: number;
  y: number;
  side: Side;
  lines: string[];
  /** How many of `lines` (at the end) name other relations („auch: …“). */
  alsoLines?: number;
  edges: GraphEdgeRef[];
}

export interface PlacedHeading {
  x: number;
  y: number;
  side: Side;
  lines: string[];
}

export interface NeighbourhoodLayout {
  width: number;
  height: number;
  centre: { node: GraphNode; x: number; y: number; lines: string[] };
  headings: PlacedHeading[];
  nodes: PlacedNode[];
}

export function layoutNeighbourhood(input: Neighbourhood): NeighbourhoodLayout {
  const perGroup = input.groups.length <= 4 ? PER_GROUP.few : PER_GROUP.many;
  const centreLines = wrapToWidth(input.centre.title, WIDTH - 8, FONT_SIZE, true);
  const top = 24 + centreLines.length * LINE;
  const centreY = top;
  const columnTop = centreY + 28;
  const cursor: Record<Side, number> = { left: columnTop, right: columnTop };
  const headings: PlacedHeading[] = [];
  const nodes: PlacedNode[] = [];
  for (const group of input.groups) {
    const side: Side = cursor.right < cursor.left ? 'right' : 'left';
    const x = COLUMN_X[side];
    const headingLines = wrapToWidth(group.label, LABEL_ROOM, HEADING_SIZE, true);
    headings.push({
      x: side === 'left' ? x + NODE_SIZE / 2 : x - NODE_SIZE / 2,
      y: cursor[side] + 11,
      side,
      lines: headingLines,
    });
    cursor[side] += headingLines.length * 14 + 8;
    const shown =
      group.members.length > perGroup ? group.members.slice(0, perGroup - 1) : group.members;
    for (const { node, edge, also = [] } of shown) {
      const alsoLines = also.length
        ? wrapToWidth(`auch: ${also.map((other) => other.label).join(', ')}`, LABEL_ROOM, FONT_SIZE)
        : [];
      const lines = [...wrapToWidth(node.title, LABEL_ROOM, FONT_SIZE), ...alsoLines];
      const height = lines.length * LINE + 7;
      nodes.push({
        node,
        href: node.href,
        x,
        y: round(cursor[side] + height / 2 - 3),
        side,
        lines,
        ...(alsoLines.length ? { alsoLines: alsoLines.length } : {}),
        edges: [edge, ...also.map((other) => other.edge)],
      });
      cursor[side] += height;
    }
    const rest = group.members.slice(shown.length);
    if (rest.length) {
      nodes.push({
        node: undefined,
        more: rest.length,
        href: group.listHref,
        x,
        y: round(cursor[side] + LINE / 2 + 1),
        side,
        lines: [`+ ${rest.length.toLocaleString('de-DE')} weitere`],
        edges: rest.flatMap((member) => [
          member.edge,
          ...(member.also ?? []).map((other) => other.edge),
        ]),
      });
      cursor[side] += LINE + 9;
    }
    cursor[side] += 8;
  }
  const height = Math.max(cursor.left, cursor.right, columnTop) + 4;
  return {
    width: WIDTH,
    height: round(height),
    centre: { node: input.centre, x: CENTRE_X, y: centreY, lines: centreLines },
    headings,
    nodes,
  };
}

const link = linkHorizontal<
  { source: [number, number]; target: [number, number] },
  [number, number]
>()
  .x((point) => round(point[0]))
  .y((point) => round(point[1]))
  .digits(1);

/**
 * Draws the layout as inline SVG. Colours and fonts come from the page's CSS (custom
 * properties, so dark mode and print follow the site). The picture is hidden from assistive
 * technology and its links from the tab order: keyboard and screen-reader users get the
 * same relations and links in the list the surrounding figure names as its description.
 */
export function renderNeighbourhoodSvg(layout: NeighbourhoodLayout): string {
  const { width, height, centre } = layout;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="graph__svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">`,
  );
  out.push('<g class="graph__edges">');
  for (const placed of layout.nodes) {
    const towards =
      placed.side === 'left' ? placed.x + NODE_SIZE / 2 + 2 : placed.x - NODE_SIZE / 2 - 2;
    const d = link({ source: [centre.x, centre.y], target: [towards, placed.y] });
    if (placed.more !== undefined) {
      const relations = [...new Set(placed.edges.map((edge) => edge.relation))].join(' ');
      out.push(
        `<path d="${d}" data-relation="${relations}" data-count="${placed.more}" class="graph__edge--more"/>`,
      );
      continue;
    }
    // An entry related in two ways: one curve per relation, on the same course.
    for (const edge of placed.edges)
      out.push(
        `<path d="${d}" data-relation="${edge.relation}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"/>`,
      );
  }
  out.push('</g>');
  for (const heading of layout.headings) {
    const anchor = heading.side === 'left' ? 'end' : 'start';
    const x =
      heading.side === 'left'
        ? heading.x - NODE_SIZE - LABEL_GAP + 4
        : heading.x + NODE_SIZE + LABEL_GAP - 4;
    out.push(
      `<text class="graph__heading" x="${round(x)}" y="${round(heading.y)}" text-anchor="${anchor}">${tspans(heading.lines, x, 14)}</text>`,
    );
  }
  for (const placed of layout.nodes) {
    const kind = placed.node?.kind;
    const shape =
      placed.more === undefined && kind
        ? `<path class="graph__node k-${kind}" d="${shapePath(SHAPE_OF[kind], placed.x, placed.y, NODE_SIZE)}"/>`
        : `<path class="graph__node graph__node--more" d="${shapePath('circle', placed.x, placed.y, NODE_SIZE)}"/>`;
    const x =
      placed.side === 'left'
        ? placed.x - NODE_SIZE / 2 - LABEL_GAP + 4
        : placed.x + NODE_SIZE / 2 + LABEL_GAP - 4;
    const firstY = placed.y + 4.5 - ((placed.lines.length - 1) * LINE) / 2;
    const text = `<text x="${round(x)}" y="${round(firstY)}" text-anchor="${placed.side === 'left' ? 'end' : 'start'}">${tspans(placed.lines, x, LINE, placed.alsoLines)}</text>`;
    const title = placed.node ? placed.node.title : `${placed.more} weitere Einträge in der Liste`;
    const id = placed.node ? ` data-id="${escapeXml(placed.node.id)}"` : '';
    out.push(
      `<a href="${escapeXml(placed.href)}" tabindex="-1"${id}><title>${escapeXml(title)}</title>${shape}${text}</a>`,
    );
  }
  const centreKind = centre.node.kind;
  out.push(
    `<g class="graph__centre" data-id="${escapeXml(centre.node.id)}"><path class="graph__node k-${centreKind}" d="${shapePath(SHAPE_OF[centreKind], centre.x, centre.y, NODE_SIZE * 1.6)}"/>` +
      `<text x="${centre.x}" y="${round(centre.y - 16 - (centre.lines.length - 1) * LINE)}" text-anchor="middle">${tspans(centre.lines, centre.x, LINE)}</text></g>`,
  );
  out.push('</svg>');
  return out.join('');
}

/** One `tspan` per line; the last `quiet` lines in the muted style of side remarks. */
function tspans(lines: readonly string[], x: number, lineHeight: number, quiet = 0): string {
  if (lines.length === 1) return escapeXml(lines[0]!);
  return lines
    .map((line, index) => {
      const remark = index >= lines.length - quiet ? ' class="graph__also"' : '';
      return `<tspan x="${round(x)}"${index ? ` dy="${lineHeight}"` : ''}${remark}>${escapeXml(line)}</tspan>`;
    })
    .join('');
}
