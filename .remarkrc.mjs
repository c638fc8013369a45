// Live validation of the frontmatter while typing. The VS Code extension `unifiedjs.vscode-remark`
// (recommended in .vscode/extensions.json) and remark's command line read this file; the rule
// `remark-lint-frontmatter-schema` checks each entry's YAML frontmatter with ajv against the JSON
// Schema of its collection, written by `npm run schemas` into .vscode/schemas/. The build
// (`npm run check`) stays the authority; this only shows most mistakes earlier.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const FOLDERS = ['initiatives', 'networks', 'action-fields', 'actors', 'press-releases'];

const schemas = Object.fromEntries(
  FOLDERS.map((folder) => [
    `./.vscode/schemas/${folder}.schema.json`,
    [`content/${folder}/*.md`, `content/${folder}/*.mdx`],
  ]),
);

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
