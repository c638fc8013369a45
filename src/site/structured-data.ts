import { COLLECTIONS, type CollectionName } from '../vocabulary/collections.ts';
import type { PartialDate } from '../vocabulary/dates.ts';
import { SHARE_IMAGE, absoluteUrl, isFullDay } from './page-meta.ts';
import { relationKey, type Edge, type RelationKey } from '../vocabulary/relations.ts';
import type { Slug } from '../vocabulary/slugs.ts';
import { collectionPath, homePath, searchPath } from '../vocabulary/urls.ts';
import type { Atlas, AtlasEntry } from '../read-model/atlas.ts';

/**
 * schema.org JSON-LD for every page, saying only what the knowledge base holds. A page is
 * described as a page (`@id` its canonical URL) about a thing (`@id` that URL with `#thing`),
 * so the nodes of different pages join into one graph and no organisation is given the atlas
 * page as its own website. Builders read only the entry and its own edges (outgoing and incoming), so a page
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

/** The site as the pages name it: where it lives and what it is called. */
export interface SiteIdentity {
  url: string;
  title: string;
}

/**
 * `@id` of the thing an entry describes (an organisation, a project, a term, a release), as
 * opposed to the atlas page about it: the page is not the organisation's website.
 */
export function thingId(item: Pick<AtlasEntry, 'url'>, siteUrl: string): string {
  return `${absoluteUrl(siteUrl, item.url)}#thing`;
}

/** The atlas as the author and publisher of its own pages; nobody else is claimed for its text. */
export function atlasNode(site: SiteIdentity): JsonLdNode {
  const home = absoluteUrl(site.url, homePath());
  return { '@type': 'Organization', '@id': `${home}#atlas`, name: site.title, url: home };
}

/**
 * Every JSON-LD block of an entry page: the page (a WebPage about the thing, or for a press
 * release an Article by the atlas based on the original release) and its breadcrumb trail.
 */
export function entryStructuredData(
  atlas: StructuredDataSource,
  item: AtlasEntry,
  site: SiteIdentity,
): JsonLdNode[] {
  return [entryPageNode(atlas, item, site), breadcrumbList(item, site.url)];
}

export function entryPageNode(
  atlas: StructuredDataSource,
  item: AtlasEntry,
  site: SiteIdentity,
): JsonLdNode {
  const url = absoluteUrl(site.url, item.url);
  const thing = thingNode(atlas, item, site.url);
  const page: JsonLdNode = {
    '@context': CONTEXT,
    '@type': item.collection === 'press-releases' ? 'Article' : 'WebPage',
    '@id': url,
    url,
    name: item.title,
    description: item.summary,
    inLanguage: 'de',
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl(site.url, homePath()) },
    image: absoluteUrl(site.url, SHARE_IMAGE.path),
  };
  if (item.collection === 'press-releases') {
    // The page is the atlas's summary of a release: by the atlas, based on the original.
    page['headline'] = item.title;
    page['author'] = atlasNode(site);
    page['publisher'] = atlasNode(site);
    page['isBasedOn'] = thing;
    const about = thing['about'];
    if (about !== undefined) page['about'] = about;
  } else {
    page['publisher'] = atlasNode(site);
    page['about'] = thing;
  }
  if (item.updated && isFullDay(item.updated)) page['dateModified'] = item.updated;
  return page;
}

/** The thing an entry describes, with what the knowledge base says of it and nothing more. */
export function thingNode(
  atlas: StructuredDataSource,
  item: AtlasEntry,
  siteUrl: string,
): JsonLdNode {
  const node: JsonLdNode = {
    '@type': schemaTypeOf(item),
    '@id': thingId(item, siteUrl),
    name: item.title,
  };
  if (item.collection !== 'press-releases') node['description'] = item.summary;
  // Its own website, where the knowledge base knows it; never the atlas page.
  const website = 'website' in item.data ? item.data.website : undefined;
  if (website) node['url'] = website;
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
        '@id': `${absoluteUrl(node.siteUrl, collectionPath('action-fields'))}#thing`,
        name: COLLECTIONS['action-fields'].plural,
      });
      return;
    case 'press-releases':
      // The original release, as its issuer published it: its date only where the day is known.
      node.set('headline', item.title);
      node.set('inLanguage', 'de');
      if (isFullDay(item.data.date)) node.set('datePublished', item.data.date);
      node.refs('publisher', node.edges.outgoing('press-releases.publisher'));
      node.refs('about', node.edges.outgoing('press-releases.about'));
      if (item.data.place) node.set('locationCreated', { '@type': 'Place', name: item.data.place });
      return;
  }
}

/** Home › collection › entry, each step with the absolute URL of its page. */
export function breadcrumbList(item: AtlasEntry, siteUrl: string): JsonLdNode {
  return trail(
    [
      ['Start', homePath()],
      [COLLECTIONS[item.collection].plural, collectionPath(item.collection)],
      [item.title, item.url],
    ],
    siteUrl,
  );
}

function trail(steps: readonly [string, string][], siteUrl: string): JsonLdNode {
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

/**
 * An index page: a CollectionPage with its breadcrumb trail. The action fields' page is about
 * the one set every action field is a term of.
 */
export function collectionStructuredData(
  collection: CollectionName,
  site: SiteIdentity,
  terms?: readonly AtlasEntry[],
): JsonLdNode[] {
  const url = absoluteUrl(site.url, collectionPath(collection));
  const page: JsonLdNode = {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': url,
    url,
    name: COLLECTIONS[collection].plural,
    description: COLLECTIONS[collection].intro,
    inLanguage: 'de',
    isPartOf: { '@type': 'WebSite', '@id': absoluteUrl(site.url, homePath()) },
    publisher: atlasNode(site),
  };
  if (terms) {
    page['about'] = {
      '@type': 'DefinedTermSet',
      '@id': `${url}#thing`,
      name: COLLECTIONS[collection].plural,
      hasDefinedTerm: terms.map((term) => reference(term, site.url)),
    };
  }
  return [
    page,
    trail(
      [
        ['Start', homePath()],
        [COLLECTIONS[collection].plural, collectionPath(collection)],
      ],
      site.url,
    ),
  ];
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

function reference(target: AtlasEntry, siteUrl: string): JsonLdNode {
  return {
    '@type': schemaTypeOf(target),
    '@id': thingId(target, siteUrl),
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
