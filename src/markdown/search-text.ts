import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';

/** Elements whose start and end separate words: `<p>eins</p><p>zwei</p>` is „eins zwei“. */
const BLOCKS = new Set(
  'p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tr td th blockquote pre div section br hr figure figcaption details summary'.split(
    ' ',
  ),
);

interface OpenElement {
  /** Characters of text the element holds that no text visit has passed yet. */
  textLeft: number;
  block: boolean;
  leftOut: boolean;
}

/**
 * The text a reader sees in a body, for the search index, collected in the render pass after
 * the sanitiser: blocks apart, whitespace collapsed, footnote reference markers and the footnotes
 * section left out (their numbers and „Zurück zum Verweis“ describe nothing).
 *
 * Visitors see the nodes in document order but not where an element ends, and handing the
 * whole tree to JavaScript costs more than the render itself. So an element's end is found by
 * its text: it opens with the length of its text (`textContent`, counted on the Rust side) and
 * ends when the text visits since then have used that up.
 */
export function collectSearchText(deliver: (text: string) => void): () => HastPluginDefinition {
  return () => {
    const parts: string[] = [];
    const open: OpenElement[] = [];
    let leftOutDepth = 0;
    const closeEnded = () => {
      for (let last = open.at(-1); last && last.textLeft <= 0; last = open.at(-1)) {
        open.pop();
        if (last.block) parts.push(' ');
        if (last.leftOut) leftOutDepth--;
      }
    };
    const enter = (
      node: Readonly<HastNode>,
      ctx: HastVisitorContext,
      block: boolean,
      isLeftOut: boolean,
    ) => {
      if (block) parts.push(' ');
      if (isLeftOut) leftOutDepth++;
      open.push({ textLeft: ctx.textContent(node).length, block, leftOut: isLeftOut });
      closeEnded();
    };
    return {
      name: 'kooperationsatlas-search-text',
      element: {
        filter: [...BLOCKS, 'a'],
        visit(node, ctx) {
          const block = BLOCKS.has(node.tagName);
          const isLeftOut = isFootnoteMarkup(node);
          if (block || isLeftOut) enter(node, ctx, block, isLeftOut);
        },
      },
      text(node) {
        if (leftOutDepth === 0) parts.push(node.value);
        for (const element of open) element.textLeft -= node.value.length;
        closeEnded();
      },
      after() {
        deliver(parts.join('').replace(/\s+/g, ' ').trim());
      },
    };
  };
}

function isFootnoteMarkup({
  tagName,
  properties,
}: {
  tagName: string;
  properties: Readonly<Record<string, unknown>>;
}): boolean {
  return (
    (tagName === 'section' && properties['dataFootnotes'] !== undefined) ||
    (tagName === 'a' && properties['dataFootnoteRef'] !== undefined)
  );
}
