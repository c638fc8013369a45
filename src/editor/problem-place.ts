import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from '../vocabulary/errors.ts';
import { fieldPath } from '../knowledge-base/frontmatter.ts';

/** A point in the file as unified counts it: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Place {
  start: Point;
  end: Point;
}

/**
 * Where a problem is in the text: the written value (or, for an unknown field, its name) when
 * the field can be found, else the problem's line, else the first line. `exact` says the place
 * is precisely the text the problem quotes, so a suggestion may replace it as a quick fix.
 */
export function placeOf(problem: Problem, text: string): { place: Place; exact: boolean } {
  const points = pointsOf(text);
  const node = problem.field ? nodeOf(problem, text) : undefined;
  if (node) {
    const [start, end] = node.range;
    return { place: { start: points(start), end: points(end) }, exact: node.exact };
  }
  return { place: lineOf(text, problem.line ?? 1, problem.column, points), exact: false };
}

function lineOf(
  text: string,
  line: number,
  column: number | undefined,
  points: (offset: number) => Point,
): Place {
  let start = 0;
  for (let current = 1; current < line && start !== -1; current++)
    start = text.indexOf('\n', start) + 1 || -1;
  if (start === -1) start = text.length;
  const lineEnd = text.indexOf('\n', start);
  const end = (lineEnd === -1 ? text.length : lineEnd) - (text[lineEnd - 1] === '\r' ? 1 : 0);
  const indent = /^[ \t]*/.exec(text.slice(start, end))![0].length;
  const from = Math.min(end, start + (column ? column - 1 : indent));
  return { start: points(from), end: points(Math.max(from, end)) };
}

/** The YAML node a field problem is about, with its offsets in the whole file. */
function nodeOf(
  problem: Problem,
  text: string,
): { range: [number, number]; exact: boolean } | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const yamlStart = text.indexOf('\n', bom) + 1;
  const yamlEnd = /^---[ \t]*\r?$/m.exec(text.slice(yamlStart));
  if (!yamlStart || !yamlEnd) return undefined;
  const yaml = text.slice(yamlStart, yamlStart + yamlEnd.index);
  const doc = parseDocument(yaml, {
    schema: 'core',
    lineCounter: new LineCounter(),
    prettyErrors: false,
  });
  if (doc.errors.length) return undefined;
  const path = fieldPath(problem.field!);
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const [index, segment] of path.entries()) {
    const next = childOf(node, segment);
    if (!next) {
      // A member written as a bare slug has no `ref`: the slug itself is the place.
      if (index === path.length - 1 && isScalar(node)) break;
      return undefined;
    }
    [key, node] = [next.key, next.value];
  }
  if (problem.code === 'unknown-field' && key?.range) {
    return {
      range: [yamlStart + key.range[0], yamlStart + key.range[1]],
      exact: yaml.slice(key.range[0], key.range[1]) === path.at(-1),
    };
  }
  const range = (node as Node | undefined)?.range;
  if (!range) return undefined;
  const written = isScalar(node) ? yaml.slice(range[0], range[1]) : undefined;
  const exact =
    written !== undefined &&
    problem.value !== undefined &&
    written.replace(/^(["'])(.*)\1$/, '$2') === problem.value;
  return { range: [yamlStart + range[0], yamlStart + range[1]], exact };
}

function childOf(
  node: unknown,
  segment: string | number,
): { key?: Node; value: unknown } | undefined {
  if (typeof segment === 'number') {
    return isSeq(node) && segment < node.items.length ? { value: node.items[segment] } : undefined;
  }
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
  return pair ? { key: pair.key as Node, value: pair.value } : undefined;
}

/** Offset → line and column, by one pass over the line starts. */
function pointsOf(text: string): (offset: number) => Point {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  };
}
