import { missingSettings } from './operator-settings.ts';

/**
 * Whether a build may be published: every operator detail set, no placeholder address, and a
 * site at the root of its host. A local build only warns (one line), so nobody is stopped
 * while working; the deployment sets `KA_REQUIRE_SETTINGS=1` and then the build fails instead,
 * because a legal page with „[Angabe fehlt: …]“ or 140 links to `git.example` must not go live.
 */
export interface DeploySite {
  url: string;
  repository: { url: string };
}

/** `KA_REQUIRE_SETTINGS=1` (or `true`): the build fails while the site is incomplete. */
export function settingsRequired(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true)$/i.test(env['KA_REQUIRE_SETTINGS']?.trim() ?? '');
}

/**
 * Host names reserved for examples (RFC 2606, RFC 6761), such as the defaults `kooperationsatlas.example`
 * and `git.example`: never a real site's. (`.test` is left to test deployments.)
 */
export function isPlaceholderHost(address: string): boolean {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return true;
  }
  return (
    /(^|\.)(example|invalid|localhost)$/.test(host) || /(^|\.)example\.(com|net|org)$/.test(host)
  );
}

/** The path below the host, e.g. `/kooperationsatlas/` for a GitHub project site; `/` at the root. */
function basePath(address: string): string {
  try {
    return new URL(address).pathname;
  } catch {
    return '/';
  }
}

/** What keeps the site from being published, one German line each; empty when it is complete. */
export function deployProblems(site: DeploySite): string[] {
  const problems = missingSettings(site).map(
    (spec) => `${spec.variable}: ${spec.label} fehlt (für ${spec.page})`,
  );
  if (isPlaceholderHost(site.url))
    problems.push(
      `SITE_URL: ${site.url} ist ein Platzhalter; setzen Sie die öffentliche Adresse der Website`,
    );
  else if (basePath(site.url) !== '/')
    problems.push(
      `SITE_URL: ${site.url} liegt unter dem Pfad ${basePath(site.url)}; der Atlas verlinkt von der Wurzel der Adresse aus (/akteure/…). Richten Sie eine eigene Domain ein (GitHub: Settings → Pages → Custom domain) oder veröffentlichen Sie aus einem Repository <Name>.github.io, und setzen Sie SITE_URL auf diese Adresse ohne Pfad`,
    );
  if (isPlaceholderHost(site.repository.url))
    problems.push(
      `REPOSITORY_URL: ${site.repository.url} ist ein Platzhalter; die Links „Diese Seite bearbeiten“ führen ins Leere`,
    );
  return problems;
}

/** The error of a deployment build that would publish an incomplete site. */
export function incompleteSiteMessage(problems: readonly string[]): string {
  return [
    `Veröffentlichung abgebrochen: ${problems.length === 1 ? '1 Angabe fehlt oder ist ein Platzhalter' : `${problems.length} Angaben fehlen oder sind Platzhalter`}. Setzen Sie sie als Variablen des Repositorys (GitHub: Settings → Secrets and variables → Actions → Variables; siehe README, „Veröffentlichung“):`,
    ...problems.map((problem) => `  - ${problem}`),
  ].join('\n');
}

/** The one line a local build prints while the site is not ready to publish; undefined when it is. */
export function repositoryPlaceholderWarning(site: DeploySite): string | undefined {
  return isPlaceholderHost(site.repository.url)
    ? `REPOSITORY_URL ist noch der Platzhalter ${site.repository.url}: die Links „Diese Seite bearbeiten“ führen ins Leere; setzen Sie REPOSITORY_URL vor dem Veröffentlichen.`
    : undefined;
}
