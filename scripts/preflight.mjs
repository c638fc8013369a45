/**
 * Runs before `npm run dev`, `build`, `check` and `new`: are the installed packages the ones
 * package-lock.json names? After a `git pull` that brought a newer Astro, the old one would
 * otherwise fail with an English message about its configuration, far from the cause. Exit
 * code 1 with a German sentence and the one command that helps; `node scripts/preflight.mjs
 * <folder>` checks another project folder (for its test).
 *
 * Plain JavaScript on purpose: where nothing is installed yet, `node` is the system's, which
 * may be too old to run TypeScript.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many differences the message lists; more are counted. */
const LISTED = 5;

/**
 * @param {string} file
 * @returns {any}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The direct dependencies whose installed version is not the locked one.
 * @param {string} root
 * @returns {{ name: string, locked: string, installed: string | undefined }[]}
 */
function outdatedPackages(root) {
  const manifest = readJson(path.join(root, 'package.json'));
  const lock = readJson(path.join(root, 'package-lock.json'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  return names.flatMap((name) => {
    const locked = lock.packages?.[`node_modules/${name}`]?.version;
    if (!locked) return [];
    const installedManifest = path.join(root, 'node_modules', name, 'package.json');
    const installed = existsSync(installedManifest)
      ? String(readJson(installedManifest).version)
      : undefined;
    return installed === locked ? [] : [{ name, locked, installed }];
  });
}

/**
 * @param {ReturnType<typeof outdatedPackages>} outdated
 * @returns {string}
 */
function outdatedMessage(outdated) {
  const listed = outdated
    .slice(0, LISTED)
    .map(({ name, locked, installed }) =>
      installed
        ? `  ${name}: installiert ${installed}, verlangt ${locked}`
        : `  ${name}: fehlt (verlangt ${locked})`,
    );
  if (outdated.length > LISTED) listed.push(`  und ${outdated.length - LISTED} weitere`);
  return [
    'Die installierten Pakete passen nicht zu package-lock.json, etwa nach einem „git pull“:',
    ...listed,
    'Bitte einmal „npm install“ ausführen (etwa eine halbe Minute), dann den Befehl wiederholen.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(
    process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
  );
  const outdated = outdatedPackages(root);
  if (outdated.length) {
    console.error(outdatedMessage(outdated));
    process.exitCode = 1;
  }
}
