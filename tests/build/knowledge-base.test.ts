import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseEntryFile } from '../../src/knowledge-base/frontmatter.ts';
import { loadKnowledgeBase } from '../../src/knowledge-base/load.ts';
import { PROJECT_ROOT } from '../../scripts/support/build-site.ts';

/** Checks on the knowledge base that ships: it must validate and be well connected. */
const base = loadKnowledgeBase(PROJECT_ROOT, path.join(PROJECT_ROOT, 'content'));

test('the shipped knowledge base validates and holds every collection', () => {
  const counts = new Map<string, number>();
  for (const entry of base.entries)
    counts.set(entry.collection, (counts.get(entry.collection) ?? 0) + 1);
  for (const collection of [
    'initiatives',
    'networks',
    'action-fields',
    'actors',
    'press-releases',
  ]) {
    assert.ok((counts.get(collection) ?? 0) > 0, collection);
  }
});

test('no entry is an orphan: each links to something or is linked from somewhere', () => {
  const linkedBodies = new Set(
    base.entries.flatMap((entry) =>
      entry.rendered.links.map((link) =>
        path.basename(link.url.split('#')[0]!).replace(/\.mdx?$/, ''),
      ),
    ),
  );
  const orphans = base.entries.filter(
    (entry) =>
      base.graph.outgoing(entry.slug).length === 0 &&
      base.graph.incoming(entry.slug).length === 0 &&
      entry.rendered.links.length === 0 &&
      !linkedBodies.has(entry.slug),
  );
  assert.deepEqual(
    orphans.map((entry) => entry.file),
    [],
  );
});

test('every action field has at least one initiative or network', () => {
  const empty = base.entries
    .filter((entry) => entry.collection === 'action-fields')
    .filter(
      (field) =>
        !base.graph.incoming(field.slug).some((edge) => edge.relation.field === 'actionFields'),
    );
  assert.deepEqual(
    empty.map((entry) => entry.file),
    [],
  );
});

/**
 * A source is cited by the document's own title, or, where the document has none, by a
 * description that says so with the leading marker „[ohne Titel] “ (CONTRIBUTING.md, „Quellen
 * angeben“). Either way, title, publisher and date must match a row of the source table in
 * docs/wissensbasis.md, so a made-up title cannot slip in unnoticed.
 */
const DESCRIPTION_MARKER = '[ohne Titel] ';

interface RecordedSource {
  title: string;
  publisher: string;
  date: string;
}

function recordedSources(markdown: string): RecordedSource[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('Quellen\n'));
  assert.ok(section, 'docs/wissensbasis.md has a section „## Quellen“');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2);
  return rows.map((row) => {
    const [title, publisher, date] = row
      .split('|')
      .slice(1)
      .map((cell) => cell.trim());
    return { title: title!, publisher: publisher!, date: date === '–' ? '' : date! };
  });
}

/** The frontmatter of each example entry in the section „Beispiele“ of CONTRIBUTING.md. */
function guideExamples(): { file: string; data: Record<string, unknown> }[] {
  const guide = readFileSync(path.join(PROJECT_ROOT, 'CONTRIBUTING.md'), 'utf8');
  // The examples contain `## ` headings of their own, so the section ends at the next known
  // heading (as in tests/unit/docs.test.ts).
  const section = guide.slice(guide.indexOf('\n## Beispiele\n'), guide.indexOf('\n## Felder\n'));
  const examples = [...section.matchAll(/^### (.+)\n[\s\S]*?^```markdown\n([\s\S]*?)^```$/gm)];
  assert.ok(examples.length >= 5, `only ${examples.length} examples found in CONTRIBUTING.md`);
  return examples.map(([, heading, text]) => ({
    file: `CONTRIBUTING.md (Beispiel ${heading})`,
    data: parseEntryFile(text!).data as Record<string, unknown>,
  }));
}

/*
 * Only the guide's examples are held to the table: it is the maintainers' record, and a content
 * pull request (one new file, written in the web editor) must not need a second file changed
 * to pass. What an entry's sources must be, `npm run check` says.
 */
test('every source in the examples of CONTRIBUTING.md is cited by its own title or marked as a description, as recorded in docs/wissensbasis.md', () => {
  const recorded = recordedSources(
    readFileSync(path.join(PROJECT_ROOT, 'docs', 'wissensbasis.md'), 'utf8'),
  );
  assert.ok(recorded.length >= 5, `only ${recorded.length} sources recorded`);
  for (const source of recorded) {
    if (source.title.startsWith('[')) {
      assert.ok(
        source.title.startsWith(DESCRIPTION_MARKER) &&
          source.title.length > DESCRIPTION_MARKER.length + 10,
        `„${source.title}“: a description starts with „${DESCRIPTION_MARKER}“`,
      );
    }
  }
  const byTitle = new Map(recorded.map((source) => [source.title, source]));
  // Editors copy the examples, so a title made up there would come back in new entries.
  const citing = guideExamples();
  const wrong: string[] = [];
  for (const entry of citing) {
    const sources =
      (entry.data['sources'] as
        { title: string; publisher?: string; date?: string }[] | undefined) ?? [];
    sources.forEach((source, index) => {
      const known = byTitle.get(source.title);
      const cited = `${entry.file} sources[${index}]: „${source.title}“, ${source.publisher ?? '–'}, ${source.date ?? '–'}`;
      if (!known) wrong.push(`${cited}: title not recorded in docs/wissensbasis.md`);
      else if (known.publisher !== (source.publisher ?? '') || known.date !== (source.date ?? ''))
        wrong.push(`${cited}: recorded as ${known.publisher}, ${known.date || '–'}`);
    });
  }
  assert.deepEqual(wrong, []);
});
