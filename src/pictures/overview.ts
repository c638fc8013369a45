import type { GraphEdgeRef } from './neighbourhood-layout.ts';
import {
  layoutOverview,
  renderOverviewSvg,
  selectOverview,
  OVERVIEW_KINDS,
  OVERVIEW_WIDTHS,
  type OverviewSelection,
} from './overview-layout.ts';
import { relationKey, relationSpec, type EdgeDetail } from '../vocabulary/relations.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';
import { graphNode } from './neighbourhood.ts';

export interface OverviewListItem {
  entry: AtlasEntry;
  relations: { label: string; targets: { entry: AtlasEntry; detail?: EdgeDetail }[] }[];
}

export interface Overview {
  selection: OverviewSelection;
  /** The picture for phones and for wider screens; the page's CSS shows one of them. */
  svg: { narrow: string; wide: string };
  /** The drawn relations as text: each entry with what it declares. */
  list: OverviewListItem[];
}

/** The whole cooperation graph of the atlas, or its largest networks when it is too big to draw. Linear in entries and edges. */
export function overview(atlas: Atlas): Overview {
  const entries = OVERVIEW_KINDS.flatMap((kind) => atlas.ofCollection(kind));
  const details = new Map<string, EdgeDetail>();
  const edges: GraphEdgeRef[] = entries.flatMap((item) =>
    atlas.graph.outgoing(item.slug).map((edge) => {
      const relation = relationKey(edge.relation);
      if (edge.detail) details.set(`${relation} ${edge.from} ${edge.to}`, edge.detail);
      return { relation, from: edge.from, to: edge.to };
    }),
  );
  const selection = selectOverview(entries.map(graphNode), edges);
  const svg = {
    narrow: renderOverviewSvg(layoutOverview(selection, OVERVIEW_WIDTHS.narrow), 'narrow'),
    wide: renderOverviewSvg(layoutOverview(selection, OVERVIEW_WIDTHS.wide), 'wide'),
  };
  type Targets = OverviewListItem['relations'][number]['targets'];
  const bySource = new Map<string, Map<string, Targets>>();
  for (const edge of selection.edges) {
    const [collection, field] = edge.relation.split('.') as [
      Parameters<typeof relationSpec>[0],
      string,
    ];
    const label = relationSpec(collection, field).forwardLabel;
    const labels = bySource.get(edge.from) ?? new Map<string, Targets>();
    bySource.set(edge.from, labels);
    const targets = labels.get(label) ?? [];
    labels.set(label, targets);
    const detail = details.get(`${edge.relation} ${edge.from} ${edge.to}`);
    const entry = atlas.get(edge.to as Slug);
    targets.push(detail ? { entry, detail } : { entry });
  }
  const list = selection.nodes
    .filter((node) => bySource.has(node.id))
    .map((node) => ({
      entry: atlas.get(node.id as Slug),
      relations: [...bySource.get(node.id)!].map(([label, targets]) => ({ label, targets })),
    }));
  return { selection, svg, list };
}
