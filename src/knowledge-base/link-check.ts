import path from 'node:path';
import { COLLECTIONS, collectionOfFolder } from '../vocabulary/collections.ts';
import type { Problem } from '../vocabulary/errors.ts';
import type { RelationGraph } from './graph.ts';
import type { RenderedBody } from '../markdown/render.ts';
import type { LoadedEntry } from './read-entry.ts';
import { resolveLink } from '../markdown/entry-links.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { splitFileName } from '../vocabulary/slugs.ts';

/** What the link check needs of an entry: where its body starts and what its render recorded. */
type LinkedEntry = Pick<LoadedEntry, 'slug' | 'file' | 'absolutePath' | 'bodyLine'> & {
  rendered: Pick<RenderedBody, 'links' | 'headings'>;
  draft?: boolean;
};

/** Every relative link in every published body must name an existing entry (and heading). */
export function checkBodyLinks(
  entries: readonly LinkedEntry[],
  graph: RelationGraph,
  contentDir: string,
): Problem[] {
  const byPath = new Map(entries.map((entry) => [entry.absolutePath, entry]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.draft) continue;
    for (const link of entry.rendered.links) {
      const problem = checkLink(entry, link.url, byPath, graph, contentDir);
      if (problem)
        problems.push({
          ...problem,
          file: entry.file,
          value: link.url,
          line: entry.bodyLine + link.line - 1,
        });
    }
  }
  return problems;
}

function checkLink(
  entry: LinkedEntry,
  url: string,
  byPath: ReadonlyMap<string, LinkedEntry>,
  graph: RelationGraph,
  contentDir: string,
): Omit<Problem, 'file'> | undefined {
  const link = resolveLink(url, entry.absolutePath);
  switch (link.kind) {
    case 'external':
      return undefined;
    case 'same-page':
      return link.fragment === '' || headingIds(entry).includes(link.fragment)
        ? undefined
        : {
            code: 'broken-anchor',
            expected: `Diese Seite hat keine Überschrift mit der Kennung „${link.fragment}“. Vorhanden: ${list(headingIds(entry))}.`,
          };
    case 'malformed':
      return {
        code: 'broken-link',
        expected:
          'Das „%“ in diesem Link beginnt keine Kodierung wie „%20“. Für ein Prozentzeichen im Link schreiben Sie „%25“.',
      };
    case 'other-relative':
      return {
        code: 'broken-link',
        expected:
          'Relative Links sind nur zu anderen Einträgen erlaubt, z. B. „../networks/uan.md“.',
      };
    case 'entry': {
      const target = byPath.get(link.absolutePath);
      const inContent =
        path.dirname(path.dirname(link.absolutePath)) === contentDir &&
        collectionOfFolder(link.folder);
      if (!target || !inContent || !graph.get(target.slug)) {
        const slug = splitFileName(link.fileName).slug;
        const other = graph.get(slug as Slug);
        const hint = other
          ? ` Gemeint ist vielleicht „../${COLLECTIONS[other.collection].folder}/${link.fileName}“.`
          : '';
        return {
          code: 'broken-link',
          expected: `Es gibt keinen veröffentlichten Eintrag unter diesem Pfad.${hint}`,
        };
      }
      if (link.fragment && !headingIds(target).includes(link.fragment)) {
        return {
          code: 'broken-anchor',
          expected: `${target.file} hat keine Überschrift mit der Kennung „${link.fragment}“. Vorhanden: ${list(headingIds(target))}.`,
        };
      }
      return undefined;
    }
  }
}

function list(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : 'keine';
}

function headingIds(entry: LinkedEntry): string[] {
  return entry.rendered.headings.map((heading) => heading.id);
}
