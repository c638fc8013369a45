import type { License } from './documents.ts';
import type { ListedFile } from './datapackage.ts';

/**
 * The catalogue for German open-data portals: DCAT-AP.de 2 as JSON-LD, one dcat:Catalog with
 * one dcat:Dataset (the atlas) and one dcat:Distribution per file. Controlled vocabularies
 * where DCAT-AP.de asks for them: EU file types, IANA media types, the dcat-ap.de licences.
 */
export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Licence IDs of the site settings → URIs of the dcat-ap.de licence vocabulary. */
export const DCAT_AP_DE_LICENSES: Readonly<Record<string, string>> = {
  'CC-BY-4.0': 'http://dcat-ap.de/def/licenses/cc-by/4.0',
  'CC0-1.0': 'http://dcat-ap.de/def/licenses/cc-zero',
  'DL-DE-BY-2.0': 'http://dcat-ap.de/def/licenses/dl-by-de/2.0',
  'DL-DE-ZERO-2.0': 'http://dcat-ap.de/def/licenses/dl-zero-de/2.0',
};

const FILE_TYPES = {
  JSON: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  CSV: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  'JSON-LD': 'http://publications.europa.eu/resource/authority/file-type/JSON_LD',
} as const;

export interface CatalogInput {
  /** Absolute URLs: the catalogue file, the /daten/ page, the site. */
  catalogUrl: string;
  pageUrl: string;
  siteUrl: string;
  title: string;
  description: string;
  license: License;
  /** Latest content change, as written (may be partial). */
  updated: string | undefined;
  publisherName: string;
  contactEmail: string | undefined;
  /** DCAT-AP.de contributor ID, e.g. http://dcat-ap.de/def/contributors/…; left out while unknown. */
  contributorId: string | undefined;
  files: readonly ListedFile[];
}

const german = (value: string) => ({ '@value': value, '@language': 'de' });

/** A partial date keeps its precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
export function typedDate(date: string) {
  const type = date.length === 4 ? 'xsd:gYear' : date.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
  return { '@value': date, '@type': type };
}

/** IANA has not registered application/schema+json; a JSON Schema is, for a portal, JSON. */
function ianaMediaType(mediaType: string): string {
  return mediaType === 'application/schema+json' ? 'application/json' : mediaType;
}

export function licenseUri(license: License): string {
  return DCAT_AP_DE_LICENSES[license.id] ?? license.url;
}

export function dcatCatalog(input: CatalogInput) {
  const license = { '@id': licenseUri(input.license) };
  const modified = input.updated ? { 'dct:modified': typedDate(input.updated) } : {};
  const publisher = {
    '@type': 'foaf:Agent',
    'foaf:name': input.publisherName,
    'foaf:homepage': { '@id': input.siteUrl },
  };
  const distributions = input.files.map(({ file, bytes }) => ({
    '@id': `${input.pageUrl}#${file.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': german(file.title),
    'dct:description': german(file.description),
    'dcat:accessURL': { '@id': input.pageUrl },
    'dcat:downloadURL': { '@id': new URL(file.name, input.pageUrl).href },
    'dct:format': { '@id': FILE_TYPES[file.format] },
    'dcat:mediaType': {
      '@id': `https://www.iana.org/assignments/media-types/${ianaMediaType(file.mediaType)}`,
    },
    ...(bytes === undefined
      ? {}
      : { 'dcat:byteSize': { '@value': String(bytes), '@type': 'xsd:nonNegativeInteger' } }),
    'dct:license': license,
    'dcatde:licenseAttributionByText': input.license.attribution,
    ...modified,
  }));
  const dataset = {
    '@id': `${input.pageUrl}#datensatz`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${input.pageUrl}#datensatz`,
    'dct:title': german(input.title),
    'dct:description': german(input.description),
    'dcat:landingPage': { '@id': input.pageUrl },
    'dct:publisher': publisher,
    ...(input.contributorId ? { 'dcatde:contributorID': { '@id': input.contributorId } } : {}),
    ...(input.contactEmail
      ? {
          'dcat:contactPoint': {
            '@type': 'vcard:Organization',
            'vcard:fn': input.publisherName,
            'vcard:hasEmail': { '@id': `mailto:${input.contactEmail}` },
          },
        }
      : {}),
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
    'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
    'dcat:keyword': [
      german('Kooperation'),
      german('Region Hannover'),
      german('Niedersachsen'),
      german('Interkommunale Zusammenarbeit'),
    ],
    'dct:accessRights': {
      '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
    },
    'dct:license': license,
    ...modified,
    'dcat:distribution': distributions,
  };
  return {
    '@context': DCAT_CONTEXT,
    '@id': input.catalogUrl,
    '@type': 'dcat:Catalog',
    'dct:title': german(`${input.title}: offene Daten`),
    'dct:description': german(input.description),
    'dct:publisher': publisher,
    'foaf:homepage': { '@id': input.siteUrl },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/DEU' },
    'dct:license': license,
    ...modified,
    'dcat:dataset': [dataset],
  };
}
