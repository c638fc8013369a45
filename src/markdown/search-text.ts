import type { HastPluginDefinition } from 'satteri';
import type { SearchBlock } from '../vocabulary/search-blocks.ts';

/** Elements whose start and end separate words: `<p>eins</p><p>zwei</p>` is „eins zwei“. */
const BLOCKS = new Set(
  'p h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tr td th blockquote pre div section br hr figure figcaption details summary'.split(
    ' ',
  ),
);
/** Blocks that end a sentence: a paragraph, a list item or a caption ends with a full stop. */
const SENTENCES = new Set(
  'p li dt dd blockquote pre div section figcaption details summary'.split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Text that already ends a sentence or a clause leading into what follows. */
const ENDS_SENTENCE = /[.!?:;…]$/;

export type { SearchBlock };

export interface SearchText {
  /** Readable text, each paragraph, list item, table row and heading ending as a sentence. */
  text: string;
  /** The same text as headings and the runs between them, for Pagefind's sub-results. */
  blocks: SearchBlock[];
}

interface OpenElement {
  tagName: string;
  /** Characters of text the element holds that no text visit has passed yet. */
  textLeft: number;
  /** Where its text begins in the current run. */
  start: number;
  leftOut: boolean;
  id: string;
}

interface OpenTable {
  header: string[];
  rows: number;
  cells: { text: string; header: boolean }[];
}

/**
 * The text a reader sees in a body, for the search index, collected in the render pass after
 * the sanitiser: blocks apart, whitespace collapsed, footnote reference markers and the footnotes
 * section left out (their numbers and „Zurück zum Verweis“ describe nothing).
 *
 * Excerpts are cut from this text, so it reads as sentences: a paragraph or list item without a
 * final stop gets one, a heading is a block of its own (never glued into the text before or
 * after it), and a table row is one sentence whose cells carry their column's heading
 * („Stand: 2015; Einwohner: 3,8 Millionen; Quelle: Vorlage des Landkreises Peine.“), so cells
 * of different rows do not run together.
 *
 * Visitors see the nodes in document order but not where an element ends, and handing the
 * whole tree to JavaScript costs more than the render itself. So an element's end is found by
 * its text: it opens with the length of its text (`textContent`, counted on the Rust side) and
 * ends when the text visits since then have used that up.
 */
export function collectSearchText(deliver: (text: SearchText) => void): () => HastPluginDefinition {
  return () => {
    let parts: string[] = [];
    const blocks: SearchBlock[] = [];
    const open: OpenElement[] = [];
    const tables: OpenTable[] = [];
    let leftOutDepth = 0;
    const take = (start: number) => clean(parts.splice(start).join(''));
    const flush = () => {
      const text = clean(parts.join(''));
      if (text) blocks.push({ text });
      parts = [];
      for (const element of open) element.start = 0;
    };
    const close = (element: OpenElement) => {
      const { tagName } = element;
      if (HEADINGS.has(tagName)) {
        const text = take(element.start);
        if (text) blocks.push({ heading: { depth: Number(tagName[1]), id: element.id }, text });
      } else if (tagName === 'td' || tagName === 'th') {
        tables.at(-1)?.cells.push({ text: take(element.start), header: tagName === 'th' });
      } else if (tagName === 'tr') {
        const table = tables.at(-1);
        if (table) endRow(table);
      } else if (tagName === 'table') {
        const table = tables.pop();
        // A table of headings alone still says something.
        if (table && table.rows === 0 && table.header.some(Boolean))
          parts.push(` ${sentence(table.header.filter(Boolean).join('; '))} `);
      } else if (SENTENCES.has(tagName)) {
        const text = clean(parts.slice(element.start).join(''));
        if (text && !ENDS_SENTENCE.test(text)) parts.push('.');
      }
      if (BLOCKS.has(tagName)) parts.push(' ');
      if (element.leftOut) leftOutDepth--;
    };
    const endRow = (table: OpenTable) => {
      const cells = table.cells;
      table.cells = [];
      if (!cells.length) return;
      if (cells.every((cell) => cell.header)) {
        table.header = cells.map((cell) => cell.text);
        return;
      }
      table.rows++;
      const said = cells
        .map((cell, column) => {
          const label = table.header[column];
          return !cell.text ? '' : label ? `${label}: ${cell.text}` : cell.text;
        })
        .filter(Boolean);
      if (said.length) parts.push(` ${sentence(said.join('; '))} `);
    };
    const closeEnded = () => {
      for (let last = open.at(-1); last && last.textLeft <= 0; last = open.at(-1)) {
        open.pop();
        close(last);
      }
    };
    return {
      name: 'kooperationsatlas-search-text',
      element: {
        filter: [...BLOCKS, 'a'],
        visit(node, ctx) {
          const block = BLOCKS.has(node.tagName);
          const leftOut = isFootnoteMarkup(node);
          if (!block && !leftOut) return;
          const id = node.properties['id'];
          enter(
            node.tagName,
            typeof id === 'string' ? id : '',
            ctx.textContent(node).length,
            leftOut,
          );
        },
      },
      text(node) {
        if (leftOutDepth === 0) parts.push(node.value);
        for (const element of open) element.textLeft -= node.value.length;
        closeEnded();
      },
      after() {
        flush();
        const text = blocks
          .map((block) => (block.heading ? sentence(block.text) : block.text))
          .join(' ');
        deliver({ text, blocks });
      },
    };

    function enter(tagName: string, id: string, textLength: number, leftOut: boolean): void {
      if (HEADINGS.has(tagName)) flush();
      if (tagName === 'table') tables.push({ header: [], rows: 0, cells: [] });
      if (BLOCKS.has(tagName)) parts.push(' ');
      if (leftOut) leftOutDepth++;
      open.push({ tagName, textLeft: textLength, start: parts.length, leftOut, id });
      closeEnded();
    }
  };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sentence(text: string): string {
  return ENDS_SENTENCE.test(text) ? text : `${text}.`;
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
