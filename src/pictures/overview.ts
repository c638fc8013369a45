import type { GraphEdgeRef } from './neighbourhood-layout.ts';
import {
  layoutOverview,
  renderOverviewSvg,
  selectOverview,
  OVERVIEW_KINDS,
  type OverviewSelection,
} from './overview-layout.ts';
import { relationKey, relationSpec } from '../vocabulary/relations.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';
import { graphNode } from './neighbourhood.ts';

export interface OverviewListItem {
  entry: AtlasEntry;
  relations: { label: string; targets: AtlasEntry[] }[];
}

export interface Overview {
  selection: OverviewSelection;
  svg: string;
  /** The drawn relations as text: each entry with what it declares. */
  list: OverviewListItem[];
}

/** The whole cooperation graph of the atlas, or its largest networks when it is too big to draw. Linear in entries and edges. */
export function overview(atlas: Atlas): Overview {
  const entries = OVERVIEW_KINDS.flatMap((kind) => atlas.ofCollection(kind));
  const edges: GraphEdgeRef[] = entries.flatMap((item) =>
    atlas.graph
      .outgoing(item.slug)
      .map((edge) => ({ relation: relationKey(edge.relation), from: edge.from, to: edge.to })),
  );
  const selection = selectOverview(entries.map(graphNode), edges);
  const svg = renderOverviewSvg(layoutOverview(selection));
  const bySource = new Map<string, Map<string, AtlasEntry[]>>();
  for (const edge of selection.edges) {
    const [collection, field] = edge.relation.split('.') as [
      Parameters<typeof relationSpec>[0],
      string,
    ];
    const label = relationSpec(collection, field).forwardLabel;
    const labels = bySource.get(edge.from) ?? new Map<string, AtlasEntry[]>();
    bySource.set(edge.from, labels);
    const targets = labels.get(label) ?? [];
    labels.set(label, targets);
    targets.push(atlas.get(edge.to as Slug));
  }
  const list = selection.nodes
    .filter((node) => bySource.has(node.id))
    .map((node) => ({
      entry: atlas.get(node.id as Slug),
      relations: [...bySource.get(node.id)!].map(([label, targets]) => ({ label, targets })),
    }));
  return { selection, svg, list };
}
