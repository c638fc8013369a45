// Live check of the entries while typing. The VS Code extension `unifiedjs.vscode-remark`
// (recommended in .vscode/extensions.json) reads this file; `remark-entry-check` runs the
// project's own check (the one of `npm run check -- <file>`) on the open text and reports each
// mistake once, in German, at its line, with „Meinten Sie …?“ as a quick fix.
import remarkFrontmatter from 'remark-frontmatter';
import remarkEntryCheck from './scripts/editor/remark-entry-check.mjs';

export default {
  plugins: [remarkFrontmatter, remarkEntryCheck],
};
