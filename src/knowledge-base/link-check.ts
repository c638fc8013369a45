import path from 'node:path';
import { COLLECTIONS, collectionOfFolder } from '../vocabulary/collections.ts';
import type { Problem } from '../vocabulary/errors.ts';
import type { RelationGraph } from './graph.ts';
import type { RenderedBody } from '../markdown/render.ts';
import type { LoadedEntry } from './read-entry.ts';
import { resolveLink } from '../markdown/entry-links.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { splitFileName } from '../vocabulary/slugs.ts';
import { closestMatch } from '../vocabulary/suggest.ts';

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
      if (target?.draft && inContent) {
        return {
          code: 'broken-link',
          expected: `${target.file} ist ein Entwurf (draft: true) und wird nicht veröffentlicht, der Link liefe ins Leere. Entfernen Sie den Link, bis der Eintrag veröffentlicht ist.`,
        };
      }
      if (!target || !inContent || !graph.get(target.slug))
        return { code: 'broken-link', ...missingEntry(link.fileName, link.fragment, graph) };
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

/**
 * Where a link to a file that is not a published entry was probably meant to go: the entry of
 * that slug in its folder and with its extension (`.md` ↔ `.mdx`, wrong folder), the new name of
 * a renamed entry (`aliases`), or the closest slug of a typo. Links name the file as it is, so
 * they also work on the Git host; a link to `x.md` never silently means `x.mdx`.
 */
function missingEntry(
  fileName: string,
  fragment: string | undefined,
  graph: RelationGraph,
): Pick<Problem, 'expected' | 'suggestion'> {
  const slug = splitFileName(fileName).slug as Slug;
  const pathTo = (entry: { collection: keyof typeof COLLECTIONS; file: string }) =>
    `../${COLLECTIONS[entry.collection].folder}/${path.posix.basename(entry.file)}${fragment === undefined ? '' : `#${fragment}`}`;
  const none = 'Es gibt keinen veröffentlichten Eintrag unter diesem Pfad.';
  const same = graph.get(slug);
  if (same) {
    const suggestion = pathTo(same);
    return {
      expected: `${none} Der Eintrag „${slug}“ liegt in ${same.file}: Meinten Sie „${suggestion}“?`,
      suggestion,
    };
  }
  const renamed = graph.aliases.get(slug);
  const current = renamed && graph.get(renamed);
  if (current) {
    const suggestion = pathTo(current);
    return {
      expected: `„${slug}“ ist der frühere Slug von ${current.file}: Der Eintrag wurde umbenannt; verlinken Sie „${suggestion}“.`,
      suggestion,
    };
  }
  const close = closestMatch(
    slug,
    graph.entries.map((entry) => entry.slug),
  ) as Slug | undefined;
  const typo = close && graph.get(close);
  if (typo) {
    const suggestion = pathTo(typo);
    return { expected: `${none} Meinten Sie „${suggestion}“?`, suggestion };
  }
  return { expected: none };
}

function list(ids: readonly string[]): string {
  return ids.length ? ids.join(', ') : 'keine';
}

function headingIds(entry: LinkedEntry): string[] {
  return entry.rendered.headings.map((heading) => heading.id);
}
