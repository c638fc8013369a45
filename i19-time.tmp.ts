import { readFileSync } from 'node:fs';
import * as devalue from 'devalue';
import { atlasEntry, indexAtlas } from './src/read-model/atlas.ts';
const map = devalue.parse(readFileSync('/tmp/store-cache-branch/data-store.json', 'utf8')) as Map<string, Map<string, any>>;
const entries = [];
for (const [collection, items] of map) {
  if (collection === 'status') continue;
  for (const [id, e] of items) entries.push(atlasEntry({ collection: collection as any, slug: id as any, stored: e.data, filePath: e.filePath, bodies: '/x' }));
}
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const atlas = indexAtlas(entries);
  let n = 0;
  for (const e of entries) n += atlas.graph.outgoing(e.slug).length;
  console.log(entries.length, 'entries', n, 'edges', (performance.now() - t).toFixed(0), 'ms');
}
