import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * dependency-cruiser (`npm run lint:layers`) cannot read `.astro` files, so the same rules of
 * .dependency-cruiser.cjs are applied here to the imports in their frontmatter.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface PathRule {
  path?: string;
  pathNot?: string | string[];
}
interface Rule {
  name: string;
  from: PathRule;
  to: PathRule & { circular?: boolean };
}

const { forbidden } = createRequire(import.meta.url)(
  path.join(root, '.dependency-cruiser.cjs'),
) as { forbidden: Rule[] };

function astroFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.astro'))
    .map((name) => path.join(dir, name));
}

/** What a module import in a component's frontmatter names, resolved as dependency-cruiser names it. */
function astroImports(file: string, text: string): string[] {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return [...frontmatter.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map(([, specifier]) =>
    specifier!.startsWith('.')
      ? path.join(path.dirname(file), specifier!).split(path.sep).join('/')
      : specifier!,
  );
}

function violations(from: string, to: string, rules: readonly Rule[] = forbidden): string[] {
  return rules
    .filter(
      (rule) => !rule.to.circular && rule.from.path !== undefined && rule.to.path !== undefined,
    )
    .filter((rule) => {
      const fromMatch = new RegExp(rule.from.path!).exec(from);
      if (
        !fromMatch ||
        (rule.from.pathNot && [rule.from.pathNot].flat().some((not) => new RegExp(not).test(from)))
      )
        return false;
      const group = (pattern: string) =>
        pattern.replace(/\$(\d)/g, (_, index: string) => fromMatch[Number(index)] ?? '');
      if (!new RegExp(group(rule.to.path!)).test(to)) return false;
      return ![rule.to.pathNot ?? []].flat().some((not) => new RegExp(group(not)).test(to));
    })
    .map((rule) => `${rule.name}: ${from} → ${to}`);
}

test('the layer rules catch a page that reads the loader, and let it read the atlas', () => {
  assert.deepEqual(violations('src/pages/index.astro', 'src/loader/knowledge-base-loader.ts'), [
    'pages-never-load: src/pages/index.astro → src/loader/knowledge-base-loader.ts',
  ]);
  assert.deepEqual(violations('src/components/X.astro', 'astro:content'), [
    'content-layer-only-through-data: src/components/X.astro → astro:content',
  ]);
  assert.deepEqual(violations('src/pages/index.astro', 'src/data/content-layer.ts'), []);
});

test('no component, layout or page imports across the layers', () => {
  const files = ['src/components', 'src/layouts', 'src/pages'].flatMap(astroFiles);
  assert.ok(files.length > 20, `only ${files.length} .astro files found`);
  const found = files.flatMap((file) =>
    astroImports(file, readFileSync(path.join(root, file), 'utf8')).flatMap((target) =>
      violations(file, target),
    ),
  );
  assert.deepEqual(found, []);
});
