/**
 * `npm run check`: everything a pull request must pass, in one command, with a German
 * summary. `npm run check -- <file>` checks one entry file against the whole knowledge
 * base in about a second (no build). Exit code 0 = all good, 1 = problems, 2 = the check
 * could not run (e.g. the file does not exist).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeBaseError, formatProblem, type Problem } from '../src/vocabulary/errors.ts';
import { SITE } from '../src/site.config.ts';
import {
  exitCodeOf,
  formatDuration,
  formatSummary,
  runStep,
  skippedStep,
  type StepOutcome,
  type StepResult,
} from './check/steps.ts';
import { resolveCheckTarget } from './check/target.ts';
import { annotation, isGitHubActions, problemAnnotation } from './check/github-annotations.ts';
import { onePagePerType } from './support/page-types.ts';
import { runNodeScript } from './check/run-command.ts';
import { brokenLinks, htmlPagePaths, sitemapPaths } from './support/site-links.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(root, SITE.contentDir);
const outDir = path.resolve(root, process.env['KA_OUT_DIR'] ?? 'dist');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const inGitHubActions = isGitHubActions();

/** Loads the knowledge base; returns its problems (none when it is valid) and the entry count. */
async function knowledgeBaseProblems(): Promise<{ problems: readonly Problem[]; entries: number }> {
  // Loaded here, like html-validate and Playwright below, so that a mistyped file name is answered
  // at once.
  const { loadKnowledgeBase } = await import('../src/knowledge-base/load.ts');
  try {
    // Removed HTML is a problem here, locally as in CI: the check is the verdict on a pull
    // request, and the page would silently say less than the file. Builds and the dev server,
    // previews while fixing, only warn (src/loader/knowledge-base-loader.ts).
    const base = loadKnowledgeBase(root, contentDir, undefined, { removalsAreProblems: true });
    if (base.datesWarning) console.warn(`Hinweis: ${base.datesWarning}`);
    return { problems: [], entries: base.entries.length };
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return { problems: error.problems, entries: 0 };
    throw error;
  }
}

function report(problems: readonly Problem[]): void {
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  if (inGitHubActions) for (const problem of problems) console.log(problemAnnotation(problem));
}

/** Where a problem on a built page has to be fixed, for messages and annotations. */
function located(page: string, source: string | undefined): string {
  return source ? `${source} (Seite ${page})` : `Seite ${page}`;
}

/** Problems found in the built site carry no source line; GitHub shows them on the content file. */
function annotate(source: string | undefined, message: string): void {
  if (inGitHubActions && source?.startsWith(`${path.relative(root, contentDir)}/`))
    console.log(annotation('error', message, { file: source }));
}

async function checkFile(argument: string): Promise<number> {
  const target = resolveCheckTarget(argument, {
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    root,
    contentDir,
  });
  if (!target.ok) {
    console.error(target.message);
    return 2;
  }
  const start = performance.now();
  const { problems } = await knowledgeBaseProblems();
  // A parent loop is reported at one of its files; checking any of them must show it.
  const own = problems.filter(
    (problem) =>
      problem.file === target.relativePath || problem.alsoIn?.includes(target.relativePath),
  );
  const elsewhere = problems.length - own.length;
  const took = formatDuration(performance.now() - start);
  if (own.length) {
    console.error(
      `${target.relativePath}: ${own.length === 1 ? '1 Problem' : `${own.length} Probleme`} (Erklärungen: CONTRIBUTING.md, „Fehlerkatalog“):`,
    );
    report(own);
  } else {
    console.log(
      `${target.relativePath} ist in Ordnung: Felder, Verweise und Links geprüft gegen die ganze Wissensbasis (${took}).`,
    );
  }
  if (elsewhere)
    console.log(
      `Hinweis: andere Dateien haben ${elsewhere === 1 ? '1 Problem' : `${elsewhere} Probleme`}; „npm run check“ zeigt alle.`,
    );
  return own.length ? 1 : 0;
}

async function checkAll(): Promise<number> {
  const results: StepResult[] = [];
  const step = async (name: string, run: () => StepOutcome | Promise<StepOutcome>) => {
    console.log(`\n▶ ${name}`);
    const result = await runStep(name, run);
    results.push(result);
    return result.status === 'ok';
  };

  const knowledgeBaseOk = await step('Wissensbasis', async () => {
    const { problems, entries } = await knowledgeBaseProblems();
    report(problems);
    return problems.length
      ? {
          ok: false,
          note: `${problems.length} Problem${problems.length === 1 ? '' : 'e'} (Erklärungen: CONTRIBUTING.md, „Fehlerkatalog“)`,
        }
      : { ok: true, note: `${entries} veröffentlichte Einträge, keine Probleme` };
  });

  // `astro check` loads the knowledge base (astro sync): with content errors it would only repeat
  // them. A pull request that changes only content (KA_CONTENT_ONLY=1, set by the workflow) cannot
  // change a type: its code is main's, checked when it changed.
  if (knowledgeBaseOk && process.env['KA_CONTENT_ONLY'] === '1') {
    results.push(skippedStep('Typprüfung (astro check)', 'nur Inhalte geändert, Code wie in main'));
  } else if (knowledgeBaseOk) {
    await step('Typprüfung (astro check)', async () => {
      const { exitCode, output } = await runNodeScript(astro, ['check'], { cwd: root });
      if (exitCode) console.error(output);
      return exitCode
        ? { ok: false, note: 'Typfehler, siehe oben' }
        : { ok: true, note: 'keine Typfehler' };
    });
  } else {
    results.push(skippedStep('Typprüfung (astro check)', 'braucht eine gültige Wissensbasis'));
  }

  const relativeOut = path.relative(root, outDir) || '.';
  const built = knowledgeBaseOk
    ? await step('Build (astro build)', async () => {
        const { exitCode, output } = await runNodeScript(astro, ['build'], {
          cwd: root,
          env: { KA_OUT_DIR: outDir },
        });
        if (exitCode) console.error(output);
        return exitCode
          ? { ok: false, note: 'Build fehlgeschlagen, siehe oben' }
          : { ok: true, note: `${htmlPagePaths(outDir).length} HTML-Seiten in ${relativeOut}/` };
      })
    : (results.push(skippedStep('Build (astro build)', 'die Wissensbasis hat Probleme')), false);

  const afterBuild: [string, () => StepOutcome | Promise<StepOutcome>][] = [
    [
      'Links und Anker',
      () => {
        const broken = brokenLinks(outDir);
        for (const link of broken) {
          const what =
            link.missing === 'page'
              ? 'führt ins Leere'
              : 'zeigt auf einen Anker, den es auf der Zielseite nicht gibt';
          console.error(`  ${located(link.page, link.source)}: Link „${link.href}“ ${what}.`);
          annotate(link.source, `Link „${link.href}“ ${what} (Seite ${link.page}).`);
        }
        return broken.length
          ? { ok: false, note: `${broken.length} kaputte Links` }
          : { ok: true, note: 'alle internen Links und Anker erreichbar' };
      },
    ],
    [
      'HTML (html-validate)',
      async () => {
        const { loadHtmlValidateConfig, validateSiteHtml } =
          await import('./support/html-validation.ts');
        const problems = await validateSiteHtml(outDir, loadHtmlValidateConfig(root));
        for (const problem of problems) {
          console.error(
            `  ${located(problem.page, problem.source)}, Zeile ${problem.line}, Spalte ${problem.column} im HTML: [${problem.rule}] ${problem.message}`,
          );
          annotate(
            problem.source,
            `HTML-Fehler auf Seite ${problem.page}: [${problem.rule}] ${problem.message}`,
          );
        }
        return problems.length
          ? { ok: false, note: `${problems.length} Fehler` }
          : { ok: true, note: `${htmlPagePaths(outDir).length} Seiten gültig` };
      },
    ],
    [
      'Barrierefreiheit (axe-core, Chromium)',
      async () => {
        const pages = onePagePerType(['/', ...sitemapPaths(outDir), '/404.html']);
        const { checkAccessibility } = await import('./check/accessibility-check.ts');
        const findings = (await checkAccessibility(outDir, pages)).filter(
          (finding) => finding.violations.length,
        );
        for (const finding of findings)
          console.error(
            `  ${finding.page} (${finding.colorScheme === 'dark' ? 'dunkel' : 'hell'}): ${finding.violations.join('; ')}`,
          );
        return findings.length
          ? { ok: false, note: `Verstöße auf ${findings.length} Seitenansichten` }
          : { ok: true, note: `${pages.length} Seitenarten, je hell und dunkel, ohne Verstöße` };
      },
    ],
  ];
  for (const [name, run] of afterBuild) {
    if (built && existsSync(outDir)) await step(name, run);
    else results.push(skippedStep(name, 'kein Build'));
  }

  console.log(`\n${formatSummary(results)}`);
  return exitCodeOf(results);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1) {
    console.error(
      `Bitte höchstens eine Datei angeben, z. B. „npm run check -- content/initiatives/mein-projekt.md“ (erhalten: ${args.length}).`,
    );
    return 2;
  }
  if (!existsSync(contentDir)) {
    console.error(
      `Den Ordner der Wissensbasis gibt es nicht: ${contentDir} (KA_CONTENT_DIR=${SITE.contentDir}).`,
    );
    return 2;
  }
  return args[0] === undefined ? checkAll() : checkFile(args[0]);
}

try {
  process.exitCode = await main();
} catch (error) {
  // An unexpected failure of the check itself: a short German note, the details on request.
  console.error(
    `Der Check ist abgebrochen: ${error instanceof Error ? error.message : String(error)}`,
  );
  if (process.env['KA_DEBUG']) console.error(error);
  else console.error('Mit KA_DEBUG=1 vor dem Befehl erscheinen die technischen Details.');
  process.exitCode = 2;
}
