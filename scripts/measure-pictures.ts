/**
 * Layout time of the pictures on a generated knowledge base, without a site build:
 * `node scripts/measure-pictures.ts 1000 10000`. Reads the generated files with the real
 * loader, then times the overview (selection, layout, SVG) and every neighbourhood picture,
 * as wall-clock and CPU time (the CPU time is what a shared machine cannot inflate).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { COLLECTIONS } from '../src/vocabulary/collections.ts';
import { loadKnowledgeBase } from '../src/knowledge-base/load.ts';
import {
  layoutNeighbourhood,
  renderNeighbourhoodSvg,
  type GraphEdgeRef,
  type GraphNode,
  type Neighbourhood,
} from '../src/pictures/neighbourhood-layout.ts';
import {
  layoutOverview,
  renderOverviewSvg,
  selectOverview,
} from '../src/pictures/overview-layout.ts';
import { relationKey } from '../src/vocabulary/relations.ts';
import { generateKnowledgeBase } from './bench/generate-knowledge-base.ts';

const sizes = process.argv.slice(2).map(Number);
for (const size of sizes.length ? sizes : [1000, 10000]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ka-pictures-'));
  try {
    generateKnowledgeBase(dir, size);
    const { graph } = loadKnowledgeBase(dir, dir);
    const node = (slug: string): GraphNode => {
      const entry = graph.get(slug as never)!;
      return {
        id: entry.slug,
        title: String(entry.data['title']),
        href: `/${COLLECTIONS[entry.collection].segment}/${entry.slug}/`,
        kind: entry.collection,
      };
    };
    const nodes = graph.entries.map((entry) => node(entry.slug));
    const edges: GraphEdgeRef[] = graph.entries.flatMap((entry) =>
      graph
        .outgoing(entry.slug)
        .map((edge) => ({ relation: relationKey(edge.relation), from: edge.from, to: edge.to })),
    );

    const cpuMs = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    let cpu = process.cpuUsage();
    let start = performance.now();
    const selection = selectOverview(nodes, edges);
    const svg = renderOverviewSvg(layoutOverview(selection));
    const overviewMs = performance.now() - start;
    const overviewCpu = cpuMs(cpu);
    cpu = process.cpuUsage();

    start = performance.now();
    let pictures = 0;
    let largest = '';
    for (const entry of graph.entries) {
      if (!['networks', 'actors', 'initiatives'].includes(entry.collection)) continue;
      const groups = new Map<string, Neighbourhood['groups'][number]>();
      const add = (label: string, other: string, edge: GraphEdgeRef) => {
        const group = groups.get(label) ?? { label, listHref: '#liste', members: [] };
        groups.set(label, group);
        group.members.push({ node: node(other), edge });
      };
      for (const edge of graph.outgoing(entry.slug))
        add(edge.relation.forwardLabel, edge.to, {
          relation: relationKey(edge.relation),
          from: edge.from,
          to: edge.to,
        });
      for (const edge of graph.incoming(entry.slug))
        add(edge.relation.inverseLabel, edge.from, {
          relation: relationKey(edge.relation),
          from: edge.from,
          to: edge.to,
        });
      const picture = renderNeighbourhoodSvg(
        layoutNeighbourhood({ centre: node(entry.slug), groups: [...groups.values()] }),
      );
      if (picture.length > largest.length) largest = picture;
      pictures++;
    }
    const neighbourhoodMs = performance.now() - start;
    const neighbourhoodCpu = cpuMs(cpu);
    console.log(
      `${size} Einträge: Übersicht ${overviewMs.toFixed(0)} ms, CPU ${overviewCpu.toFixed(0)} ms (${selection.nodes.length} von ${selection.total} Knoten, ${selection.edges.length} Kanten, ` +
        `${(gzipSync(svg).length / 1024).toFixed(1)} KB gzip${selection.complete ? '' : ', reduziert'}); ` +
        `${pictures} Nachbarschaftsbilder ${neighbourhoodMs.toFixed(0)} ms, CPU ${neighbourhoodCpu.toFixed(0)} ms (${(neighbourhoodMs / pictures).toFixed(2)} ms je Bild, größtes ${(gzipSync(largest).length / 1024).toFixed(1)} KB gzip)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
