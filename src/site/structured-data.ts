import { COLLECTIONS } from '../vocabulary/collections.ts';
import type { PartialDate } from '../vocabulary/dates.ts';
import { absoluteUrl } from './page-meta.ts';
import { relationKey, type Edge, type RelationKey } from '../vocabulary/relations.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { collectionPath, homePath, searchPath } from '../vocabulary/urls.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/**
 * schema.org JSON-LD for every page, one builder per kind of entry. Each node's `@id` is the
 * canonical URL of the page that describes it, so the nodes of different pages join into one
 * graph. Builders read only the entry and its own edges (outgoing and incoming), so a page
 * costs time in proportion to its relations, never to the size of the atlas.
 */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

const CONTEXT = 'https://schema.org';

/** The two read-model lookups the builders need. */
export type StructuredDataSource = Pick<Atlas, 'get' | 'graph'>;

const GOVERNMENT_KINDS = new Set(['municipality', 'district', 'region', 'state', 'authority']);

/** The schema.org type of an entry: actors by their kind, everything else by collection. */
export function schemaTypeOf(item: AtlasEntry): string {
  switch (item.collection) {
    case 'actors': {
      if (GOVERNMENT_KINDS.has(item.data.kind)) return 'GovernmentOrganization';
      return item.data.kind === 'university' ? 'CollegeOrUniversity' : 'Organization';
    }
    case 'networks':
      return 'Organization';
    case 'initiatives':
      return 'Project';
    case 'action-fields':
      return 'DefinedTerm';
    case 'press-releases':
      return 'NewsArticle';
  }
}

/** The date a press release was published, as written; other entries have none. */
export function publishedDate(item: AtlasEntry): PartialDate | undefined {
  return item.collection === 'press-releases' ? item.data.date : undefined;
}

/** Every JSON-LD block of an entry page: the entry itself and its breadcrumb trail. */
export function entryStructuredData(
  atlas: StructuredDataSource,
  item: AtlasEntry,
  siteUrl: string,
): JsonLdNode[] {
  return [entryNode(atlas, item, siteUrl), breadcrumbList(item, siteUrl)];
}

export function entryNode(
  atlas: StructuredDataSource,
  item: AtlasEntry,
  siteUrl: string,
): JsonLdNode {
  const node: JsonLdNode = {
    '@context': CONTEXT,
    ...identity(item, siteUrl),
    description: item.summary,
  };
  const website = 'website' in item.data ? item.data.website : undefined;
  if (website) node['sameAs'] = website;
  describeKind(new NodeBuilder(node, new EdgeIndex(atlas, item.slug), siteUrl), item);
  return node;
}

/** What schema.org can say about each kind of entry beyond name, description and URL. */
function describeKind(node: NodeBuilder, item: AtlasEntry): void {
  switch (item.collection) {
    case 'actors':
      node.refs('parentOrganization', node.edges.outgoing('actors.parent'));
      node.refs('memberOf', node.edges.incoming('networks.members'));
      if (item.data.ags) {
        node.set('identifier', {
          '@type': 'PropertyValue',
          propertyID: 'Amtlicher Gemeindeschlüssel',
          value: item.data.ags,
        });
      }
      return;
    case 'networks':
      node.set('foundingDate', item.data.founded);
      node.list(
        'member',
        node.edges
          .outgoingEdges('networks.members')
          .map(({ target, edge }) => membership(node.ref(target), edge)),
      );
      node.refs('memberOf', node.edges.incoming('networks.members'));
      node.refs('knowsAbout', node.edges.outgoing('networks.actionFields'));
      node.list('areaServed', node.edges.outgoing('networks.areas').map(area));
      return;
    case 'initiatives':
      // A Project is an Organization: its leads stand above it, its partners take part in it.
      node.set('foundingDate', item.data.started);
      node.set('dissolutionDate', item.data.ended);
      node.refs('parentOrganization', node.edges.outgoing('initiatives.leads'));
      node.refs('member', node.edges.outgoing('initiatives.partners'));
      node.refs('knowsAbout', node.edges.outgoing('initiatives.actionFields'));
      node.list('areaServed', node.edges.outgoing('initiatives.areas').map(area));
      return;
    case 'action-fields':
      node.set('termCode', item.slug);
      node.set('inDefinedTermSet', {
        '@type': 'DefinedTermSet',
        '@id': absoluteUrl(node.siteUrl, collectionPath('action-fields')),
        name: COLLECTIONS['action-fields'].plural,
      });
      return;
    case 'press-releases':
      node.set('headline', item.title);
      node.set('genre', COLLECTIONS['press-releases'].singular);
      node.set('inLanguage', 'de');
      // Written as the source gives it: a bare year or month is valid ISO 8601 and invents no day.
      node.set('datePublished', item.data.date);
      node.refs('publisher', node.edges.outgoing('press-releases.publisher'));
      node.refs('about', node.edges.outgoing('press-releases.about'));
      if (item.data.place) node.set('locationCreated', { '@type': 'Place', name: item.data.place });
      return;
  }
}

/** Home › collection › entry, each step with the absolute URL of its page. */
export function breadcrumbList(item: AtlasEntry, siteUrl: string): JsonLdNode {
  const steps: [string, string][] = [
    ['Start', homePath()],
    [COLLECTIONS[item.collection].plural, collectionPath(item.collection)],
    [item.title, item.url],
  ];
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: steps.map(([name, path], index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name,
      item: { '@id': absoluteUrl(siteUrl, path) },
    })),
  };
}

/** The start page: the site and how to search it. */
export function websiteNode(site: { url: string; title: string; description: string }): JsonLdNode {
  const placeholder = 'search_term_string';
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': absoluteUrl(site.url, homePath()),
    url: absoluteUrl(site.url, homePath()),
    name: site.title,
    description: site.description,
    inLanguage: 'de',
    potentialAction: {
      '@type': 'SearchAction',
      // Built by hand: `searchPath` would percent-encode the braces of the template.
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(site.url, searchPath())}?q={${placeholder}}`,
      },
      'query-input': `required name=${placeholder}`,
    },
  };
}

/** The action fields' index page: the one set every action field is a term of. */
export function actionFieldSetNode(fields: readonly AtlasEntry[], siteUrl: string): JsonLdNode {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': absoluteUrl(siteUrl, collectionPath('action-fields')),
    url: absoluteUrl(siteUrl, collectionPath('action-fields')),
    name: COLLECTIONS['action-fields'].plural,
    description: COLLECTIONS['action-fields'].intro,
    hasDefinedTerm: fields.map((field) => reference(field, siteUrl)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become escapes, so no
 * text in an entry can close the script element or open a comment, and the JSON stays equal.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Sets properties on a node under construction; a missing value or an empty list sets nothing. */
class NodeBuilder {
  readonly #node: JsonLdNode;
  readonly edges: EdgeIndex;
  readonly siteUrl: string;

  constructor(node: JsonLdNode, edges: EdgeIndex, siteUrl: string) {
    this.#node = node;
    this.edges = edges;
    this.siteUrl = siteUrl;
  }

  set(key: string, value: JsonLdValue | undefined): void {
    if (value !== undefined) this.#node[key] = value;
  }

  /** One value stays a value; several become a list. */
  list(key: string, values: readonly JsonLdValue[]): void {
    if (values.length) this.#node[key] = values.length === 1 ? values[0]! : values;
  }

  refs(key: string, targets: readonly AtlasEntry[]): void {
    this.list(
      key,
      targets.map((target) => this.ref(target)),
    );
  }

  ref(target: AtlasEntry): JsonLdNode {
    return reference(target, this.siteUrl);
  }
}

function identity(item: AtlasEntry, siteUrl: string): JsonLdNode {
  const url = absoluteUrl(siteUrl, item.url);
  return { '@type': schemaTypeOf(item), '@id': url, url, name: item.title };
}

function reference(target: AtlasEntry, siteUrl: string): JsonLdNode {
  return {
    '@type': schemaTypeOf(target),
    '@id': absoluteUrl(siteUrl, target.url),
    name: target.title,
  };
}

/** An area is a place named after the actor, not the actor (an organisation) itself. */
function area(target: AtlasEntry): JsonLdNode {
  return { '@type': 'AdministrativeArea', name: target.title };
}

/** A membership with a role or a start date becomes a dated OrganizationRole (schema.org's role pattern). */
function membership(member: JsonLdNode, edge: Edge): JsonLdValue {
  const { role, since } = edge.detail ?? {};
  if (!role && !since) return member;
  const node: JsonLdNode = { '@type': 'OrganizationRole', member };
  if (role) node['roleName'] = role;
  if (since) node['startDate'] = since;
  return node;
}

/** One entry's edges by relation, resolved to their entries; a symmetric or repeated edge counts once. */
class EdgeIndex {
  readonly #atlas: StructuredDataSource;
  readonly #slug: Slug;

  constructor(atlas: StructuredDataSource, slug: Slug) {
    this.#atlas = atlas;
    this.#slug = slug;
  }

  outgoingEdges(key: RelationKey): { target: AtlasEntry; edge: Edge }[] {
    return unique(
      this.#atlas.graph.outgoing(this.#slug).filter((edge) => relationKey(edge.relation) === key),
      (edge) => edge.to,
    ).map((edge) => ({
      target: this.#atlas.get(edge.to),
      edge,
    }));
  }

  outgoing(key: RelationKey): AtlasEntry[] {
    return this.outgoingEdges(key).map(({ target }) => target);
  }

  incoming(key: RelationKey): AtlasEntry[] {
    return unique(
      this.#atlas.graph.incoming(this.#slug).filter((edge) => relationKey(edge.relation) === key),
      (edge) => edge.from,
    ).map((edge) => this.#atlas.get(edge.from));
  }
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const item of items) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    result.push(item);
  }
  return result;
}
