/**
 * `npm run changes -- <base> [<head>]`: what a change does to the atlas, as German Markdown
 * (entries added, changed, removed, relations gained and lost on both sides, pages whose
 * content changes, new sources). Compares the knowledge base at Git revision `<base>` with
 * `<head>`, or with the working tree. The pull-request workflow writes it to the job summary.
 * Exit code 0 = printed, 1 = a side of the comparison has problems, 2 = could not compare.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge-base/load.ts';
import { isPlaceholderSiteUrl } from '../src/site/page-meta.ts';
import { SITE } from '../src/site.config.ts';
import { KnowledgeBaseError } from '../src/vocabulary/errors.ts';
import { RevisionError, knowledgeBaseAt, repositoryRoot } from './changes-base.ts';
import { atlasChanges, changesMarkdown, snapshotOf } from './changes-summary.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(projectRoot, SITE.contentDir);

function load(side: string, read: () => KnowledgeBase): KnowledgeBase | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    console.log(
      `Die Wissensbasis (${side}) hat ${error.problems.length === 1 ? '1 Problem' : `${error.problems.length} Probleme`}; „npm run check“ zeigt sie. Ohne gültige Wissensbasis gibt es keinen Vergleich.`,
    );
    return undefined;
  }
}

function main(): number {
  const args = process.argv.slice(2);
  const option = args.indexOf('--pages-file');
  const pagesFile = option >= 0 ? args.splice(option, 2)[1] : undefined;
  const [base, head, ...rest] = args;
  if (!base || rest.length || (option >= 0 && !pagesFile)) {
    console.error(
      'Aufruf: npm run changes -- <Basis> [<Stand>] [--pages-file <Datei>], z. B. „npm run changes -- main“ (vergleicht main mit dem Arbeitsverzeichnis).',
    );
    return 2;
  }
  const root = repositoryRoot(contentDir);
  const before = load(base, () => knowledgeBaseAt(root, contentDir, base));
  const after = load(head ?? 'Arbeitsverzeichnis', () =>
    head ? knowledgeBaseAt(root, contentDir, head) : loadKnowledgeBase(root, contentDir),
  );
  if (!before || !after) return 1;
  const siteUrl = isPlaceholderSiteUrl(SITE.url) ? undefined : SITE.url;
  const changes = atlasChanges(snapshotOf(before), snapshotOf(after));
  process.stdout.write(
    changesMarkdown(changes, { siteUrl, compared: `${base} … ${head ?? 'Arbeitsverzeichnis'}` }),
  );
  // For the preview: the pages of the entries the change adds or edits.
  if (pagesFile) {
    const pages = [...changes.added, ...changes.changed.map((item) => item.entry)];
    writeFileSync(pagesFile, pages.map((entry) => `${entry.url}\n`).join(''));
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof RevisionError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
