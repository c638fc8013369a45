// @ts-check
/**
 * The layering of the code, checked on every `npm test` (`npm run lint:layers`). Data flows one
 * way, and imports only point down this list:
 *
 *   vocabulary   collections, relations, slugs, dates, URLs, the error catalog
 *   schemas      the editors' fields (zod)
 *   markdown     render, plugins, sanitiser, MDX check
 *   search       search terms, records, query state
 *   knowledge-base   read, validate, graph, link check, Git dates
 *   read-model   the atlas as the loader stores it and pages read it
 *   loader | pictures | site | open-data | editor    stages that use the read model
 *   data | integrations   the only doors to Astro's content layer and build hooks
 *   components | layouts | pages   (checked by tests/unit/layers.test.ts, which applies
 *                                   the rules below to the imports of .astro files)
 *
 * Each rule names the folder and the folders it must not import.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const layer = (name, comment, from, forbidden) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/(${from})/` },
  to: { path: `^src/(${forbidden})(/|$)` },
});

const ABOVE_READ_MODEL =
  'loader|pictures|site|open-data|editor|data|integrations|components|layouts|pages|client';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle hides which module comes first; split the shared part out instead.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'vocabulary-is-the-bottom',
      comment:
        'The shared vocabulary imports nothing of the project: everything else may import it.',
      severity: 'error',
      from: { path: '^src/vocabulary/' },
      to: { path: '^src/', pathNot: '^src/vocabulary/' },
    },
    {
      name: 'schemas-know-only-the-vocabulary',
      comment:
        'Schemas are imported by the editor tools and the loader alike; they depend on nothing else.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/', pathNot: '^src/(vocabulary|schemas)/' },
    },
    layer(
      'markdown-renders-alone',
      'Rendering needs only the vocabulary.',
      'markdown',
      `schemas|search|knowledge-base|read-model|${ABOVE_READ_MODEL}|site\\.config\\.ts`,
    ),
    layer(
      'search-below-the-knowledge-base',
      'Search terms are worked out while files are read.',
      'search',
      `markdown|knowledge-base|read-model|${ABOVE_READ_MODEL}|site\\.config\\.ts`,
    ),
    layer(
      'knowledge-base-below-the-read-model',
      'Reading and validating knows nothing of pages.',
      'knowledge-base',
      `read-model|${ABOVE_READ_MODEL}|site\\.config\\.ts`,
    ),
    layer(
      'read-model-is-pure',
      'The read model is plain data: no loader, no pages, no settings.',
      'read-model',
      `markdown|search|${ABOVE_READ_MODEL}|site\\.config\\.ts`,
    ),
    layer(
      'stages-below-pages',
      'Pictures, site, open data and editor tools are pure functions over the read model.',
      'pictures|site|open-data|editor',
      'loader|data|integrations|components|layouts|pages|client',
    ),
    layer(
      'loader-below-pages',
      'The loader is called by Astro, never by pages.',
      'loader',
      'pictures|site|open-data|editor|data|integrations|components|layouts|pages|client',
    ),
    layer(
      'data-below-pages',
      'The doors to the content layer serve pages; they do not render them.',
      'data',
      'loader|integrations|components|layouts|pages|client',
    ),
    layer(
      'integrations-not-pages',
      'Build hooks work on files and records, not on pages or the content layer.',
      'integrations',
      'data|components|layouts|pages|client',
    ),
    layer(
      'pages-never-load',
      'Pages and components read the atlas through src/data/, never the loader or the raw knowledge base.',
      'components|layouts|pages',
      'loader|knowledge-base|integrations',
    ),
    {
      name: 'client-stays-small',
      comment:
        'Browser code may use the vocabulary and the search state, nothing that runs at build time.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^src/', pathNot: '^src/(client|vocabulary)/|^src/search/state\\.ts$' },
    },
    {
      name: 'content-layer-only-through-data',
      comment: "Only src/data/ and content.config.ts read Astro's content layer.",
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(data/|content\\.config\\.ts$)' },
      to: { path: '^astro:content$' },
    },
    {
      name: 'src-is-self-contained',
      comment: 'The site does not depend on scripts or tests.',
      severity: 'error',
      from: { path: '^(src/|astro\\.config\\.mjs$)' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-never-import-tests',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'script-products-share-only-support',
      comment:
        'check, bench and the editor tools are separate products; what two of them need lives in scripts/support/.',
      severity: 'error',
      from: { path: '^scripts/(check|bench|editor|support)/' },
      to: { path: '^scripts/', pathNot: ['^scripts/$1/', '^scripts/support/'] },
    },
    {
      name: 'tests-use-shared-helpers',
      comment:
        'Build and browser tests use the shared helpers; only unit tests import the script module they test.',
      severity: 'error',
      from: { path: '^tests/(build|e2e|helpers)/' },
      to: { path: '^scripts/', pathNot: '^scripts/support/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
  },
};
