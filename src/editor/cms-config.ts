import { stringify } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../vocabulary/collections.ts';
import { relationsOf } from '../vocabulary/relations.ts';
import { SLUG_PATTERN } from '../vocabulary/slugs.ts';
import { ENUM_LABELS, fieldLabel } from './cms-labels.ts';
import {
  AGS_PATTERN,
  DATE_PATTERN,
  HTTP_URL_PATTERN,
  MARKDOWN_PATTERN,
  editorSchema,
  type JsonSchema,
} from './frontmatter-schema.ts';

/**
 * The configuration of the form editor at `/admin/` (Decap CMS), generated from the same
 * JSON Schemas as the VS Code schemas and `docs/felder.md`, so a field, an enum value or a
 * relation added to the zod schemas appears in the form without a second edit. Labels come
 * from cms-labels.ts, hints from the schemas' German descriptions.
 *
 * Saves go through Decap's editorial workflow: every entry becomes a branch and a pull
 * request, never a commit on the main branch; open authoring lets editors without write
 * access work from a fork.
 */
export type CmsField = { [key: string]: unknown };

export interface CmsBackend {
  /** `owner/name` on GitHub. */
  repo: string;
  branch: string;
  /** Origin of the OAuth proxy that trades GitHub's code for a token. */
  baseUrl?: string | undefined;
  authEndpoint?: string | undefined;
}

/** Name of the widget (registered by admin/cms-setup.js) for references to several kinds. */
export const MULTI_RELATION_WIDGET = 'verweis';

/** The local backend Decap looks for on localhost only (`npx decap-server`). */
export const LOCAL_BACKEND_URL = 'http://localhost:8081/api/v1';

/** Collection fields that close the form, after the kind-specific ones. */
const TRAILING_FIELDS = ['sources', 'facts'];
const ADMIN_FIELDS = ['aliases', 'updated', 'draft'];

/** Only what the sanitiser keeps (src/markdown/sanitize.ts): no images, no embeds, no HTML. */
const MARKDOWN_BUTTONS = [
  'bold',
  'italic',
  'link',
  'heading-two',
  'heading-three',
  'heading-four',
  'quote',
  'bulleted-list',
  'numbered-list',
];

const DATE_MESSAGE =
  'Bitte ein Datum im Format JJJJ-MM-TT eingeben, oder JJJJ-MM bzw. JJJJ, wenn nur Monat oder Jahr bekannt sind.';

/** Stands in for the repository until the operator names one; only the local backend works then. */
export const UNCONFIGURED_BACKEND: CmsBackend = { repo: 'KA_CMS_REPO/fehlt', branch: 'main' };

export function cmsConfig(options: {
  backend: CmsBackend;
  contentDir: string;
  siteUrl: string;
}): CmsField {
  const { backend } = options;
  return {
    backend: {
      name: 'github',
      repo: backend.repo,
      branch: backend.branch,
      open_authoring: true,
      ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
      commit_messages: {
        create: 'Neu: {{collection}} „{{slug}}“',
        update: 'Geändert: {{collection}} „{{slug}}“',
        delete: 'Gelöscht: {{collection}} „{{slug}}“',
        openAuthoring: '{{message}}',
      },
    },
    publish_mode: 'editorial_workflow',
    local_backend: true,
    locale: 'de',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    // Decap requires a media folder; the form offers no image upload (see MARKDOWN_BUTTONS).
    media_folder: 'public/medien',
    public_folder: '/medien',
    omit_empty_optional_fields: true,
    show_preview_links: false,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTION_NAMES.map((name) => collectionConfig(name, options.contentDir)),
  };
}

function collectionConfig(collection: CollectionName, contentDir: string): CmsField {
  const schema = editorSchema(collection);
  const properties = schema['properties'] as Record<string, JsonSchema>;
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const own = Object.keys(properties).filter(
    (name) => !['title', 'summary', ...TRAILING_FIELDS, ...ADMIN_FIELDS].includes(name),
  );
  const present = (names: string[]) => names.filter((name) => name in properties);
  const field = (name: string) =>
    cmsField(name, properties[name]!, { collection, required: required.has(name) });
  const info = COLLECTIONS[collection];
  return {
    name: collection,
    label: info.plural,
    label_singular: info.singular,
    description: info.intro,
    folder: `${trimSlashes(contentDir)}/${info.folder}`,
    create: true,
    delete: false,
    extension: 'md',
    format: 'frontmatter',
    slug: '{{slug}}',
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title'],
    fields: [
      ...present(['title', 'summary', ...own, ...TRAILING_FIELDS]).map(field),
      bodyField(),
      ...present(ADMIN_FIELDS).map(field),
    ],
  };
}

function bodyField(): CmsField {
  return {
    name: 'body',
    label: fieldLabel('body'),
    widget: 'markdown',
    required: false,
    hint: 'Ausführlicher Text in Markdown: Absätze, Zwischenüberschriften, Listen, Links. Bilder, Einbettungen und HTML zeigt die Seite nicht.',
    buttons: MARKDOWN_BUTTONS,
    editor_components: [],
    modes: ['rich_text', 'raw'],
  };
}

interface Context {
  collection: CollectionName;
  required: boolean;
  /** The list field an item field belongs to. */
  parent?: string;
}

function cmsField(name: string, property: JsonSchema, context: Context): CmsField {
  const base: CmsField = {
    name,
    label: fieldLabel(name, context.parent),
    required: context.required,
    // An enum's description lists the stored English values; the select shows the German labels.
    ...(typeof property['description'] === 'string' && !property['enum']
      ? { hint: property['description'] }
      : {}),
  };
  return { ...base, ...widget(name, property, context) };
}

function widget(name: string, property: JsonSchema, context: Context): CmsField {
  const relation = relationWidget(name, property, context);
  if (relation) return relation;
  if (property['type'] === 'array') return listWidget(name, property, context);
  return scalarWidget(name, property);
}

/** The targets of a reference field; `ref` inside members and partners is the list's reference. */
function relationTargets(name: string, context: Context) {
  // Inside a list item only `ref` is a reference (a source's `title` is not the entry's).
  if (context.parent && name !== 'ref') return undefined;
  const field = context.parent ?? name;
  return relationsOf(context.collection).find((spec) => spec.field === field)?.targets;
}

function relationWidget(
  name: string,
  property: JsonSchema,
  context: Context,
): CmsField | undefined {
  const targets = relationTargets(name, context);
  if (!targets) return undefined;
  const items = property['items'] as JsonSchema | undefined;
  // Members and partners are lists of objects whose `ref` is the reference.
  if (items?.['anyOf'])
    return listWidget(name, { ...property, items: objectOption(items) }, context);
  const multiple = property['type'] === 'array';
  const minimum = typeof property['minItems'] === 'number' ? property['minItems'] : undefined;
  const search = {
    search_fields: ['title'],
    display_fields: ['title'],
    value_field: '{{slug}}',
    options_length: 50,
    multiple,
    ...(multiple && minimum ? { min: minimum } : {}),
  };
  return targets.length === 1
    ? { widget: 'relation', collection: targets[0], ...search }
    : { widget: MULTI_RELATION_WIDGET, collections: [...targets], ...search };
}

function objectOption(items: JsonSchema): JsonSchema {
  return (items['anyOf'] as JsonSchema[]).find((option) => option['type'] === 'object')!;
}

function listWidget(name: string, property: JsonSchema, context: Context): CmsField {
  const items = property['items'] as JsonSchema;
  const minimum = typeof property['minItems'] === 'number' ? { min: property['minItems'] } : {};
  if (items['type'] !== 'object') {
    return {
      widget: 'list',
      ...minimum,
      field: { name: 'item', label: fieldLabel(name), ...scalarWidget(name, items) },
    };
  }
  const itemProperties = items['properties'] as Record<string, JsonSchema>;
  const required = new Set((items['required'] as string[] | undefined) ?? []);
  const first = Object.keys(itemProperties)[0]!;
  return {
    widget: 'list',
    ...minimum,
    collapsed: false,
    summary: `{{fields.${first}}}`,
    fields: Object.entries(itemProperties).map(([sub, subProperty]) =>
      cmsField(sub, subProperty, {
        collection: context.collection,
        required: required.has(sub),
        parent: name,
      }),
    ),
  };
}

function scalarWidget(name: string, property: JsonSchema): CmsField {
  const enumValues = property['enum'] as string[] | undefined;
  if (enumValues) return selectWidget(name, enumValues);
  if (property['pattern'] === DATE_PATTERN)
    return { widget: 'string', pattern: [DATE_PATTERN, DATE_MESSAGE] };
  if (property['pattern'] === HTTP_URL_PATTERN)
    return {
      widget: 'string',
      pattern: [
        HTTP_URL_PATTERN,
        'Bitte eine vollständige Webadresse eingeben, die mit https:// beginnt.',
      ],
    };
  if (property['pattern'] === AGS_PATTERN)
    return { widget: 'string', pattern: [AGS_PATTERN, 'Bitte 2, 5 oder 8 Ziffern eingeben.'] };
  if (property['pattern'] === SLUG_PATTERN.source)
    return {
      widget: 'string',
      pattern: [SLUG_PATTERN.source, 'Bitte nur Kleinbuchstaben, Ziffern und Bindestriche.'],
    };
  if (property['anyOf']) return { widget: 'string' };
  switch (property['type']) {
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'integer':
      return {
        widget: 'number',
        value_type: 'int',
        ...(typeof property['minimum'] === 'number' ? { min: property['minimum'] } : {}),
        ...(typeof property['maximum'] === 'number' ? { max: property['maximum'] } : {}),
      };
    case 'string':
      return textWidget(name, property);
    default:
      throw new Error(`No form widget for field ${name} (${JSON.stringify(property)})`);
  }
}

function selectWidget(name: string, values: readonly string[]): CmsField {
  const labels = ENUM_LABELS[name];
  const missing = values.filter((value) => !labels?.[value]);
  if (missing.length)
    throw new Error(`No German label for ${name}: ${missing.join(', ')} in cms-labels.ts`);
  return { widget: 'select', options: values.map((value) => ({ label: labels![value], value })) };
}

/** Length limits as a pattern (Decap's text widgets have no maxLength); the summary also refuses Markdown. */
function textWidget(name: string, property: JsonSchema): CmsField {
  const min = typeof property['minLength'] === 'number' ? property['minLength'] : 0;
  const max = typeof property['maxLength'] === 'number' ? property['maxLength'] : undefined;
  const length = `[\\s\\S]{${min},${max ?? ''}}`;
  const noMarkdown = property['not'] ? `(?![\\s\\S]*${MARKDOWN_PATTERN})` : '';
  const message = [
    max ? `Höchstens ${max} Zeichen.` : '',
    noMarkdown ? 'Schlichter Text ohne Markdown oder HTML (keine **, _, `, [ ](…), <…>).' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    widget: name === 'summary' || (max ?? 0) > 160 ? 'text' : 'string',
    ...(max || noMarkdown ? { pattern: [`^${noMarkdown}${length}$`, message] } : {}),
  };
}

function trimSlashes(folder: string): string {
  return folder.replace(/^\.?\/+|\/+$/g, '');
}

/**
 * The backend from the deployment's settings: `KA_CMS_REPO` (`owner/name`), or the GitHub
 * repository of `REPOSITORY_URL`; `REPOSITORY_BRANCH`; `KA_CMS_AUTH_URL` and
 * `KA_CMS_AUTH_ENDPOINT` for the OAuth proxy. Undefined when no GitHub repository is named.
 */
export function cmsBackendFromEnv(env: Record<string, string | undefined>): CmsBackend | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  const repo = value('KA_CMS_REPO') ?? githubRepo(value('REPOSITORY_URL'));
  if (!repo) return undefined;
  return {
    repo,
    branch: value('REPOSITORY_BRANCH') ?? 'main',
    baseUrl: value('KA_CMS_AUTH_URL'),
    authEndpoint: value('KA_CMS_AUTH_ENDPOINT'),
  };
}

function githubRepo(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** `config.yml` as Decap reads it; long patterns and hints stay on one line. */
export function serialiseCmsConfig(config: CmsField): string {
  return stringify(config, { lineWidth: 0 });
}
