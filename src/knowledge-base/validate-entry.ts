import type { z } from 'astro/zod';
import type { CollectionName } from '../vocabulary/collections.ts';
import type { ErrorCode, Problem } from '../vocabulary/errors.ts';
import { lineOfField } from './frontmatter.ts';
import { closestMatch, suggestDate } from '../vocabulary/suggest.ts';
import { ACTOR_KIND } from '../schemas/actor.ts';
import { SCHEMAS, type EntryData } from '../schemas/index.ts';
import { INITIATIVE_STATUS } from '../schemas/initiative.ts';
import { NETWORK_FORM } from '../schemas/network.ts';

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
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = withoutEchoes(
    result.error.issues.flatMap((issue) => toProblems(issue, data, file, collection)),
  );
  for (const problem of problems) {
    const line = lineOfField({ lineOf }, problem.field ?? '');
    if (line !== undefined) problem.line = line;
  }
  return { problems };
}

function toProblems(
  issue: Issue,
  data: unknown,
  file: string,
  collection: CollectionName,
): Problem[] {
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(collection, issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key, known);
      const problem: Problem = {
        code: 'unknown-field',
        file,
        field: formatPath([...issue.path, key]),
        expected: suggestion
          ? `Meinten Sie „${suggestion}“? Bekannte Felder: ${known.join(', ')}.`
          : `Bekannte Felder: ${known.join(', ')}.`,
      };
      return suggestion ? { ...problem, suggestion } : problem;
    });
  }
  const written = valueAt(data, issue.path);
  if (written === undefined && issue.code !== 'custom') {
    return [{ code: 'missing-field', file, field, expected: expectation(issue) }];
  }
  const code = codeOf(issue);
  const suggestion = suggest(issue, code, written);
  const problem: Problem = {
    code,
    file,
    field,
    expected: `${suggestion?.text ?? ''}${expectation(issue)}`,
  };
  if (suggestion) problem.suggestion = suggestion.value;
  const value = show(written);
  return [value === undefined ? problem : { ...problem, value }];
}

/**
 * `titel: …` is one mistake, not two: the unknown field whose suggestion is a missing
 * field already says everything, so the „missing“ message for that field is dropped.
 */
function withoutEchoes(problems: Problem[]): Problem[] {
  const suggested = new Set(
    problems
      .filter((problem) => problem.code === 'unknown-field' && problem.suggestion)
      .map((problem) => problem.field!.replace(/[^.[\]]+$/, problem.suggestion!)),
  );
  return problems.filter(
    (problem) => !(problem.code === 'missing-field' && suggested.has(problem.field ?? '')),
  );
}

/** „Meinten Sie …?“, to stand before the expectation: the likely fix first. */
function suggest(
  issue: Issue,
  code: ErrorCode,
  written: unknown,
): { value: string; text: string } | undefined {
  if (issue.code === 'invalid_value' && typeof written === 'string') {
    const labels = labelsOf(issue.values);
    const choices = issue.values.map(String);
    const match = closestMatch(written, [...choices, ...Object.values(labels)]);
    const value =
      match === undefined
        ? undefined
        : choices.includes(match)
          ? match
          : Object.keys(labels).find((key) => labels[key] === match);
    if (value !== undefined)
      return {
        value,
        text: `Meinten Sie „${value}“${labels[value] ? ` (${labels[value]})` : ''}? `,
      };
  }
  if (code === 'invalid-date' && typeof written === 'string') {
    const date = suggestDate(written);
    if (date) return { value: date, text: `Meinten Sie „${date}“? ` };
  }
  return undefined;
}

/** The German labels of a choice field, found by its values (`active` → „laufend“). */
const CHOICE_LABELS: readonly Record<string, string>[] = [
  INITIATIVE_STATUS,
  NETWORK_FORM,
  ACTOR_KIND,
];

function labelsOf(values: readonly unknown[]): Record<string, string> {
  return (
    CHOICE_LABELS.find(
      (labels) =>
        Object.keys(labels).length === values.length &&
        values.every((value) => String(value) in labels),
    ) ?? {}
  );
}

function codeOf(issue: Issue): ErrorCode {
  const custom =
    issue.code === 'custom' ? (issue.params as { code?: ErrorCode } | undefined)?.code : undefined;
  return custom ?? 'invalid-value';
}

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Erwartet: ${describeType(issue.expected)}.`;
    case 'invalid_value': {
      const labels = labelsOf(issue.values);
      return `Erwartet: einer dieser Werte: ${issue.values.map((value) => (labels[String(value)] ? `${String(value)} (${labels[String(value)]})` : String(value))).join(', ')}.`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `Erwartet: mindestens ${issue.minimum} Einträge.`
        : issue.origin === 'string'
          ? `Erwartet: mindestens ${issue.minimum} Zeichen.`
          : `Erwartet: mindestens ${issue.minimum}.`;
    case 'too_big': {
      // What the schema measured (after trimming), so the editor knows how much to cut.
      const length = (issue.input as { length?: unknown } | undefined)?.length;
      if (typeof length === 'number' && (issue.origin === 'string' || issue.origin === 'array')) {
        return issue.origin === 'string'
          ? `Der Text hat ${length} Zeichen, erlaubt sind höchstens ${issue.maximum}.`
          : `Die Liste hat ${length} Einträge, erlaubt sind höchstens ${issue.maximum}.`;
      }
      return issue.origin === 'string'
        ? `Erwartet: höchstens ${issue.maximum} Zeichen.`
        : issue.origin === 'array'
          ? `Erwartet: höchstens ${issue.maximum} Einträge.`
          : `Erwartet: höchstens ${issue.maximum}.`;
    }
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
    if (typeof segment !== 'number')
      shape = shapeOf((shape as Record<string, unknown> | undefined)?.[segment as string]);
  }
  return Object.keys((shape as Record<string, unknown> | undefined) ?? {});
}

/** Unwraps optional, array, preprocess and refinement wrappers down to an object shape. */
function shapeOf(schema: unknown): unknown {
  let current = schema as { shape?: unknown; def?: Record<string, unknown> } | undefined;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.shape) return current.shape;
    const def = current.def ?? {};
    current = (def['innerType'] ??
      def['element'] ??
      def['out'] ??
      def['in'] ??
      def['schema']) as typeof current;
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
    (text, segment) =>
      typeof segment === 'number'
        ? `${text}[${segment}]`
        : text
          ? `${text}.${String(segment)}`
          : String(segment),
    '',
  );
}
