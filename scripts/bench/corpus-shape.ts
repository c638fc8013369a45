import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionOfFolder } from '../../src/vocabulary/collections.ts';
import { relationsOf } from '../../src/vocabulary/relations.ts';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';

/**
 * How demanding a knowledge base is for the build, in the figures that drive its cost: bytes
 * and words read, bodies to render, tables and links to check, references to resolve and
 * show on both sides. The bench prints it for the corpus it builds, so that a generated
 * corpus and an outside one can be compared figure by figure.
 *
 * `node scripts/bench/corpus-shape.ts <content-folder>` prints it alone.
 */
export interface CorpusShape {
  entries: number;
  bytes: number;
  /** Words of whole files, frontmatter included (whitespace-separated). */
  words: number;
  bodyWords: { min: number; median: number; max: number; total: number };
  /** Distinct lower-case words of the bodies: what the search index and compound splitting pay for. */
  distinctWords: number;
  /** Share of entries with a GFM table, with a relative link to another entry. */
  withTable: number;
  withLink: number;
  /** Relative links to other entries per entry. */
  linksPerEntry: number;
  /** Slugs in relation fields (members and partners as objects count once each) per entry. */
  referencesPerEntry: number;
  referencesByCollection: Record<string, number>;
  withFacts: number;
  withAliases: number;
  byFolder: Record<string, number>;
  /** For each probe word: how many entries' bodies hold it (case-insensitive, also inside a compound). */
  probeEntries: Record<string, number>;
  /** The most frequent body words of at least seven letters, most frequent first. */
  frequentWords: string[];
}

const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/m;
const ENTRY_LINK = /\]\(\.\.\/[a-z-]+\/[^)\s]+\.mdx?(#[^)\s]*)?\)/g;

export function corpusShape(contentDir: string, probes: readonly string[] = []): CorpusShape {
  let entries = 0;
  let bytes = 0;
  let words = 0;
  let tables = 0;
  let linked = 0;
  let links = 0;
  let facts = 0;
  let aliases = 0;
  const bodyWords: number[] = [];
  const vocabulary = new Map<string, number>();
  const probeEntries = Object.fromEntries(probes.map((probe) => [probe, 0]));
  const references: Record<string, { entries: number; references: number }> = {};
  const byFolder: Record<string, number> = {};
  for (const folder of readdirSync(contentDir).sort()) {
    const collection = collectionOfFolder(folder);
    if (!collection) continue;
    const fields = relationsOf(collection).map((relation) => relation.field);
    const tally = (references[folder] ??= { entries: 0, references: 0 });
    for (const name of readdirSync(path.join(contentDir, folder)).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      const buffer = readFileSync(path.join(contentDir, folder, name));
      const text = buffer.toString('utf8');
      // Read as the loader reads it; a file whose head it cannot read is not an entry.
      const parsed = parseEntryFile(text);
      if (parsed.yamlErrors.length) continue;
      const data = (parsed.data ?? {}) as Record<string, unknown>;
      const body = parsed.body;
      entries++;
      byFolder[folder] = (byFolder[folder] ?? 0) + 1;
      bytes += buffer.length;
      words += countWords(text);
      bodyWords.push(countWords(body));
      const lower = body.toLowerCase();
      for (const [word] of lower.matchAll(/\p{L}+/gu))
        vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      for (const probe of probes) if (lower.includes(probe.toLowerCase())) probeEntries[probe]!++;
      if (TABLE_DELIMITER.test(body)) tables++;
      const found = body.match(ENTRY_LINK)?.length ?? 0;
      links += found;
      if (found) linked++;
      if (Array.isArray(data['facts']) && data['facts'].length) facts++;
      if (Array.isArray(data['aliases']) && data['aliases'].length) aliases++;
      tally.entries++;
      for (const field of fields) {
        const value = data[field];
        tally.references += Array.isArray(value) ? value.length : value ? 1 : 0;
      }
    }
  }
  const sorted = bodyWords.sort((a, b) => a - b);
  const share = (count: number) => (entries ? count / entries : 0);
  const totalReferences = Object.values(references).reduce((sum, t) => sum + t.references, 0);
  return {
    entries,
    bytes,
    words,
    bodyWords: {
      min: sorted[0] ?? 0,
      median: sorted[Math.floor(sorted.length / 2)] ?? 0,
      max: sorted.at(-1) ?? 0,
      total: sorted.reduce((sum, count) => sum + count, 0),
    },
    distinctWords: vocabulary.size,
    withTable: share(tables),
    withLink: share(linked),
    linksPerEntry: share(links),
    referencesPerEntry: share(totalReferences),
    referencesByCollection: Object.fromEntries(
      Object.entries(references).map(([folder, t]) => [
        folder,
        t.entries ? t.references / t.entries : 0,
      ]),
    ),
    withFacts: share(facts),
    withAliases: share(aliases),
    byFolder,
    probeEntries,
    frequentWords: mostFrequent(vocabulary, 20),
  };
}

/** The `count` most frequent words of seven letters or more, in one pass. */
function mostFrequent(vocabulary: ReadonlyMap<string, number>, count: number): string[] {
  const top: [string, number][] = [];
  for (const [word, times] of vocabulary) {
    if (word.length < 7 || (top.length === count && times <= top.at(-1)![1])) continue;
    const at = top.findIndex(([, other]) => other < times);
    top.splice(at === -1 ? top.length : at, 0, [word, times]);
    if (top.length > count) top.pop();
  }
  return top.map(([word]) => word);
}

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) count++;
  return count;
}

/** One line per figure, German like the bench's other output. */
export function describeShape(shape: CorpusShape): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `Einträge ${shape.entries.toLocaleString('de-DE')} (${Object.entries(shape.byFolder)
      .map(([folder, count]) => `${folder} ${percent(count / shape.entries)}`)
      .join(', ')})`,
    `${(shape.bytes / 1e6).toFixed(1)} MB, ${(shape.words / 1e6).toFixed(2)} Mio. Wörter, Text je Eintrag min/Median/max ${shape.bodyWords.min}/${shape.bodyWords.median}/${shape.bodyWords.max} Wörter, ${shape.distinctWords.toLocaleString('de-DE')} verschiedene Wörter`,
    `mit Tabelle ${percent(shape.withTable)}, mit Verweis auf andere Einträge ${percent(shape.withLink)} (${shape.linksPerEntry.toFixed(2)} je Eintrag)`,
    `Beziehungen je Eintrag ${shape.referencesPerEntry.toFixed(2)} (${Object.entries(
      shape.referencesByCollection,
    )
      .map(([folder, count]) => `${folder} ${count.toFixed(2)}`)
      .join(
        ', ',
      )}), mit Kennzahlen ${percent(shape.withFacts)}, mit Aliassen ${percent(shape.withAliases)}`,
  ].join('\n');
}

if (import.meta.main) {
  const folder = process.argv[2];
  if (folder) {
    console.log(describeShape(corpusShape(folder)));
  } else {
    console.error('Aufruf: node scripts/bench/corpus-shape.ts <Inhaltsordner>');
    process.exitCode = 2;
  }
}
