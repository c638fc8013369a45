import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import { RELATIONS, relationKey } from '../vocabulary/relations.ts';
import { DCAT_CONTEXT } from './dcat.ts';
import {
  COLLECTION_FIELDS,
  FACT_FIELDS,
  PARTIAL_DATE_PATTERN,
  SLUG_PATTERN_SOURCE,
  type FieldSpec,
} from './fields.ts';

/**
 * JSON Schemas (draft 2020-12) of the JSON files in /daten/, built from the field table, so
 * a schema never disagrees with the records it describes.
 */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type Schema = Record<string, unknown>;

const text: Schema = { type: 'string', minLength: 1 };
const date: Schema = {
  type: 'string',
  pattern: PARTIAL_DATE_PATTERN,
  description: 'Datum JJJJ-MM-TT, JJJJ-MM oder JJJJ, so genau wie bekannt.',
};
const url: Schema = { type: 'string', format: 'uri' };
const slug: Schema = { type: 'string', pattern: SLUG_PATTERN_SOURCE };

const DEFINITIONS: Record<string, Schema> = {
  date,
  slug,
  license: {
    type: 'object',
    required: ['id', 'name', 'url', 'attribution'],
    additionalProperties: false,
    properties: { id: text, name: text, url, attribution: text },
  },
  source: {
    type: 'object',
    required: ['title'],
    additionalProperties: false,
    properties: { title: text, publisher: text, date: { $ref: '#/$defs/date' }, url },
  },
  fact: {
    type: 'object',
    required: ['label', 'value'],
    additionalProperties: false,
    properties: {
      label: text,
      value: text,
      asOf: { $ref: '#/$defs/date' },
      source: {
        type: 'integer',
        minimum: 1,
        description: 'Nummer der Quelle in sources, die erste ist 1.',
      },
    },
  },
  member: {
    type: 'object',
    required: ['ref'],
    additionalProperties: false,
    properties: {
      ref: { $ref: '#/$defs/slug' },
      role: text,
      since: { $ref: '#/$defs/date' },
      note: text,
      source: { type: 'integer', minimum: 1 },
    },
  },
};

function valueSchema(field: FieldSpec): Schema {
  const list = (items: Schema): Schema => ({
    type: 'array',
    items,
    ...(field.required ? { minItems: 1 } : {}),
  });
  switch (field.kind) {
    case 'text':
      return text;
    case 'date':
      return { $ref: '#/$defs/date' };
    case 'url':
      return url;
    case 'code':
      return { type: 'string', enum: Object.keys(field.values ?? {}) };
    case 'ags':
      return { type: 'string', pattern: '^([0-9]{2}|[0-9]{5}|[0-9]{8})$' };
    case 'slug':
      return { $ref: '#/$defs/slug' };
    case 'slugs':
      return list({ $ref: '#/$defs/slug' });
    case 'integer':
      return {
        type: 'integer',
        ...(field.range ? { minimum: field.range[0], maximum: field.range[1] } : {}),
      };
    case 'integers':
      return list({
        type: 'integer',
        ...(field.range ? { minimum: field.range[0], maximum: field.range[1] } : {}),
      });
    case 'members':
      return list({ $ref: '#/$defs/member' });
    case 'sources':
      return list({ $ref: '#/$defs/source' });
    case 'facts':
      return list({ $ref: '#/$defs/fact' });
  }
}

function envelopeProperties(): Schema {
  return {
    $schema: url,
    title: text,
    license: { $ref: '#/$defs/license' },
    updated: { $ref: '#/$defs/date' },
  };
}

export function entrySchema(collection: CollectionName): Schema {
  return recordSchema(COLLECTION_FIELDS[collection]);
}

function recordSchema(fields: readonly FieldSpec[]): Schema {
  return {
    type: 'object',
    required: fields.filter((field) => field.required).map((field) => field.name),
    additionalProperties: false,
    properties: Object.fromEntries(
      fields.map((field) => [
        field.name,
        { ...valueSchema(field), description: field.description },
      ]),
    ),
  };
}

export function collectionSchema(collection: CollectionName, id: string): Schema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: `${COLLECTIONS[collection].plural} im Kooperationsatlas`,
    type: 'object',
    required: ['$schema', 'title', 'license', 'collection', 'count', 'entries'],
    additionalProperties: false,
    properties: {
      ...envelopeProperties(),
      collection: { const: collection },
      count: { type: 'integer', minimum: 0 },
      entries: { type: 'array', items: { $ref: '#/$defs/entry' } },
    },
    $defs: { ...DEFINITIONS, entry: entrySchema(collection) },
  };
}

export function factsSchema(id: string): Schema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: 'Kennzahlen im Kooperationsatlas',
    type: 'object',
    required: ['$schema', 'title', 'license', 'count', 'facts'],
    additionalProperties: false,
    properties: {
      ...envelopeProperties(),
      count: { type: 'integer', minimum: 0 },
      facts: { type: 'array', items: { $ref: '#/$defs/factRow' } },
    },
    $defs: { ...DEFINITIONS, factRow: recordSchema(FACT_FIELDS) },
  };
}

export function graphSchema(id: string): Schema {
  const relationIds = RELATIONS.map(relationKey);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: 'Beziehungen im Kooperationsatlas',
    type: 'object',
    required: [
      '$schema',
      'title',
      'license',
      'relations',
      'nodeCount',
      'edgeCount',
      'nodes',
      'edges',
    ],
    additionalProperties: false,
    properties: {
      ...envelopeProperties(),
      relations: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'from', 'field', 'to', 'label', 'inverseLabel', 'symmetric'],
          additionalProperties: false,
          properties: {
            id: { enum: relationIds },
            from: { enum: [...COLLECTION_NAMES] },
            field: text,
            to: { type: 'array', minItems: 1, items: { enum: [...COLLECTION_NAMES] } },
            label: {
              ...text,
              description: 'Lesart von from nach to, wie auf der Seite des erfassenden Eintrags.',
            },
            inverseLabel: {
              ...text,
              description: 'Lesart von to nach from, wie auf der Seite des Ziels.',
            },
            symmetric: { type: 'boolean' },
          },
        },
      },
      nodeCount: { type: 'integer', minimum: 0 },
      edgeCount: { type: 'integer', minimum: 0 },
      nodes: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'collection', 'url', 'title'],
          additionalProperties: false,
          properties: {
            id: { $ref: '#/$defs/slug' },
            collection: { enum: [...COLLECTION_NAMES] },
            url,
            title: text,
          },
        },
      },
      edges: {
        type: 'array',
        items: {
          type: 'object',
          required: ['from', 'to', 'relation'],
          additionalProperties: false,
          properties: {
            from: { $ref: '#/$defs/slug' },
            to: { $ref: '#/$defs/slug' },
            relation: { enum: relationIds },
            role: text,
            since: { $ref: '#/$defs/date' },
            note: text,
            source: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
    $defs: DEFINITIONS,
  };
}

const iri = { type: 'object', required: ['@id'], properties: { '@id': url } };
const langString = {
  type: 'object',
  required: ['@value', '@language'],
  properties: { '@value': text, '@language': { const: 'de' } },
};
const typedLiteral = {
  type: 'object',
  required: ['@value', '@type'],
  properties: { '@value': text, '@type': { type: 'string', pattern: '^xsd:' } },
};

/** The shape of katalog.jsonld, with what DCAT-AP.de makes mandatory for catalogue, dataset and distribution. */
export function catalogSchema(id: string): Schema {
  const agent = {
    type: 'object',
    required: ['@type', 'foaf:name'],
    properties: { '@type': { const: 'foaf:Agent' }, 'foaf:name': text },
  };
  const distribution = {
    type: 'object',
    required: [
      '@id',
      '@type',
      'dcat:accessURL',
      'dcat:downloadURL',
      'dct:format',
      'dcat:mediaType',
      'dct:license',
    ],
    properties: {
      '@id': url,
      '@type': { const: 'dcat:Distribution' },
      'dct:title': langString,
      'dct:description': langString,
      'dcat:accessURL': iri,
      'dcat:downloadURL': iri,
      'dct:format': iri,
      'dcat:mediaType': iri,
      'dcat:byteSize': typedLiteral,
      'dct:conformsTo': iri,
      'dct:license': iri,
      'dct:modified': typedLiteral,
      'dcatde:licenseAttributionByText': text,
    },
  };
  const dataset = {
    type: 'object',
    required: [
      '@id',
      '@type',
      'dct:title',
      'dct:description',
      'dct:publisher',
      'dcatde:contributorID',
      'dcat:contactPoint',
      'dct:license',
      'dcat:distribution',
    ],
    properties: {
      '@id': url,
      '@type': { const: 'dcat:Dataset' },
      'dct:title': langString,
      'dct:description': langString,
      'dct:publisher': agent,
      'dcatde:contributorID': {
        description:
          'IRI der Kennung; solange sie nicht gesetzt ist, der Platzhalter „[Angabe fehlt: …]“.',
        oneOf: [iri, { type: 'string', pattern: '^\\[Angabe fehlt: .+\\]$' }],
      },
      'dcat:contactPoint': {
        type: 'object',
        required: ['@type', 'vcard:fn'],
        properties: {
          '@type': { const: 'vcard:Organization' },
          'vcard:fn': text,
          'vcard:hasEmail': iri,
          'vcard:hasTelephone': iri,
          'vcard:hasAddress': {
            type: 'object',
            required: ['@type'],
            properties: {
              '@type': { const: 'vcard:Address' },
              'vcard:street-address': text,
              'vcard:postal-code': { type: 'string', pattern: '^[0-9]{5}$' },
              'vcard:locality': text,
            },
          },
        },
      },
      'dct:spatial': { type: 'array', minItems: 1, items: iri },
      'dct:license': iri,
      'dct:modified': typedLiteral,
      'dcat:landingPage': iri,
      'dcat:distribution': { type: 'array', minItems: 1, items: distribution },
    },
  };
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: id,
    title: 'Katalog des Kooperationsatlas nach DCAT-AP.de (JSON-LD)',
    type: 'object',
    required: [
      '@context',
      '@id',
      '@type',
      'dct:title',
      'dct:description',
      'dct:publisher',
      'dcat:dataset',
    ],
    properties: {
      '@context': {
        type: 'object',
        required: Object.keys(DCAT_CONTEXT),
        properties: Object.fromEntries(
          Object.entries(DCAT_CONTEXT).map(([prefix, namespace]) => [prefix, { const: namespace }]),
        ),
      },
      '@id': url,
      '@type': { const: 'dcat:Catalog' },
      'dct:title': langString,
      'dct:description': langString,
      'dct:publisher': agent,
      'dct:license': iri,
      'dct:modified': typedLiteral,
      'foaf:homepage': iri,
      'dcat:dataset': { type: 'array', minItems: 1, items: dataset },
    },
  };
}
