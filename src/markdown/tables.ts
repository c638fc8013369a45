import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { keepNumbersWithUnits } from '../vocabulary/typography.ts';

/**
 * Tables that work on a phone. A table of up to STACKED_COLUMNS columns becomes a list of rows
 * on narrow screens (global.css, `.table--stacked`): each cell carries its column heading as
 * `data-label`, which the stylesheet shows before it. A wider table scrolls sideways in a
 * wrapper that a keyboard can reach and a screen reader names (axe's
 * `scrollable-region-focusable`). Numbers stay on one line with the word that follows them
 * („3,9 Millionen“). Runs after the sanitiser, on what it kept.
 */
export const STACKED_COLUMNS = 3;

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const rowsOf = (node: Node): Node[] =>
  (node.children ?? []).flatMap((child) =>
    child.type !== 'element'
      ? []
      : child.tagName === 'tr'
        ? [child]
        : ['thead', 'tbody', 'tfoot'].includes(child.tagName ?? '')
          ? rowsOf(child)
          : [],
  );
const cellsOf = (row: Node): Node[] =>
  (row.children ?? []).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');

interface TableShape {
  headings: string[];
  columns: number;
}

function shapeOf(table: Node, ctx: HastVisitorContext): TableShape {
  const rows = rowsOf(table);
  const head = table.children?.find((child) => child.tagName === 'thead');
  const headRow = head ? rowsOf(head)[0] : undefined;
  const headings = headRow
    ? cellsOf(headRow).map((cell) =>
        ctx
          .textContent(cell as never)
          .trim()
          .replace(/\s+/g, ' '),
      )
    : [];
  const columns = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  return { headings, columns };
}

const stacks = (shape: TableShape) =>
  shape.columns <= STACKED_COLUMNS &&
  shape.headings.length === shape.columns &&
  shape.headings.every(Boolean);

export function phoneTables(): () => HastPluginDefinition {
  return () => {
    const shapes = new Map<unknown, TableShape>();
    const shape = (table: Node, ctx: HastVisitorContext) => {
      let known = shapes.get(table);
      if (!known) shapes.set(table, (known = shapeOf(table, ctx)));
      return known;
    };
    const tableOf = (node: Node, ctx: HastVisitorContext): Node | undefined => {
      let up = ctx.parent(node as never) as Node | undefined;
      while (up && up.tagName !== 'table') up = ctx.parent(up as never);
      return up;
    };
    return {
      name: 'kooperationsatlas-phone-tables',
      element: {
        filter: ['table', 'td'],
        visit(node, ctx) {
          const element = node as unknown as Node;
          if (element.tagName === 'table') {
            const known = shape(element, ctx);
            if (stacks(known)) {
              ctx.setProperty(node, 'className', ['table--stacked']);
              return;
            }
            ctx.wrapNode(node, {
              type: 'element',
              // A named <section> is a region landmark, as axe and html-validate want it.
              tagName: 'section',
              properties: {
                className: ['table-scroll'],
                tabIndex: 0,
                ariaLabel: `Tabelle${known.headings.length ? ` „${known.headings.join(', ')}“` : ''}, seitlich verschiebbar`,
              },
              children: [],
            });
            return;
          }
          for (const child of element.children ?? []) {
            const kept =
              child.type === 'text' ? keepNumbersWithUnits(child.value ?? '') : undefined;
            if (kept !== undefined && kept !== child.value)
              ctx.replaceNode(child as never, { type: 'text', value: kept });
          }
          const table = tableOf(element, ctx);
          if (!table || !stacks(shape(table, ctx))) return;
          // The cell's column: the cells before it in its row (its siblings are whitespace too).
          const row = ctx.parent(node) as unknown as Node;
          const before = (row.children ?? []).slice(0, ctx.indexOf(node));
          const column = before.filter(
            (cell) => cell.tagName === 'td' || cell.tagName === 'th',
          ).length;
          const heading = shape(table, ctx).headings[column];
          if (heading) ctx.setProperty(node, 'dataLabel', heading);
        },
      },
    };
  };
}
