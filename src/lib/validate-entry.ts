import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { closestMatch, type ErrorCode, type Problem } from './errors.ts';
import { SCHEMAS, type EntryData } from '../schemas/index.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Validates one entry's frontmatter and turns every zod issue into an editor-facing problem. */
export function validateEntry<C extends CollectionName>(
  collection: C,
  data: unknown,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): { data?: EntryData<C>; problems: Problem[] } {
  const schema = SCHEMAS[collection] as unknown as z.ZodType<EntryData<C>>;
  const result = schema.safeParse(data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => toProblems(issue, data, file, collection));
  for (const problem of problems) {
    const line = lineOf(pathOf(problem.field)) ?? lineOf(pathOf(problem.field).slice(0, -1));
    if (line !== undefined) problem.line = line;
  }
  return { problems };
}

function toProblems(issue: Issue, data: unknown, file: string, collection: CollectionName): Problem[] {
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(collection, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      return {
        code: 'unknown-field' as const,
        file,
        field: formatPath([...issue.path, key]),
        expected: suggestion
          ? `Meinten Sie „${suggestion}“? Bekannte Felder: ${known.join(', ')}.`
          : `Bekannte Felder: ${known.join(', ')}.`,
      };
    });
  }
  const written = valueAt(data, issue.path);
  if (written === undefined && issue.code !== 'custom') {
    return [{ code: 'missing-field', file, field, expected: expectation(issue) }];
  }
  const problem: Problem = { code: codeOf(issue), file, field, expected: expectation(issue) };
  const value = show(written);
  return [value === undefined ? problem : { ...problem, value }];
}

function codeOf(issue: Issue): ErrorCode {
  const custom = issue.code === 'custom' ? (issue.params as { code?: ErrorCode } | undefined)?.code : undefined;
  return custom ?? 'invalid-value';
}

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Erwartet: ${describeType(issue.expected)}.`;
    case 'invalid_value':
      return `Erwartet: einer dieser Werte: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Erwartet: mindestens ${issue.minimum} Einträge.`
        : issue.origin === 'string'
          ? `Erwartet: mindestens ${issue.minimum} Zeichen.`
          : `Erwartet: mindestens ${issue.minimum}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Erwartet: höchstens ${issue.maximum} Zeichen.`
        : issue.origin === 'array'
          ? `Erwartet: höchstens ${issue.maximum} Einträge.`
          : `Erwartet: höchstens ${issue.maximum}.`;
    default:
      return issue.message.startsWith('Erwartet') ? issue.message : `Erwartet: ${issue.message}`;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “)',
  object: 'ein Objekt mit Feldern',
};

function describeType(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function knownKeys(collection: CollectionName, path: Path): string[] {
  let shape = shapeOf(SCHEMAS[collection]);
  for (const segment of path) {
    if (typeof segment !== 'number') shape = shapeOf((shape as Record<string, unknown> | undefined)?.[segment as string]);
  }
  return Object.keys((shape as Record<string, unknown> | undefined) ?? {});
}

/** Unwraps optional, array, preprocess and refinement wrappers down to an object shape. */
function shapeOf(schema: unknown): unknown {
  let current = schema as { shape?: unknown; def?: Record<string, unknown> } | undefined;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.shape) return current.shape;
    const def = current.def ?? {};
    current = (def['innerType'] ?? def['element'] ?? def['out'] ?? def['in'] ?? def['schema']) as typeof current;
  }
  return undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function formatPath(path: Path): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)),
    '',
  );
}

function pathOf(field: string | undefined): (string | number)[] {
  if (!field) return [];
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}
