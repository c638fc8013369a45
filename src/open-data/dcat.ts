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
  XLSX: 'http://publications.europa.eu/resource/authority/file-type/XLSX',
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
  /** The operator's name, or the visible placeholder while it is unset. */
  publisherName: string;
  contact: ContactInput;
  /** DCAT-AP.de contributor ID (http://dcat-ap.de/def/contributors/…), or the visible placeholder. */
  contributorId: string;
  /** Political geocoding URIs of the areas covered, as the operator set them; none while unset. */
  spatial: readonly string[];
  /** Absolute URL of the JSON Schema dialect the schema files follow. */
  schemaDialect: string;
  files: readonly ListedFile[];
}

/** The operator as a vCard: only what the settings say, nothing filled in. */
export interface ContactInput {
  name: string;
  email: string | undefined;
  phone: string | undefined;
  /** Postal address, lines separated by „|“ as in KA_OPERATOR_ADDRESS. */
  address: string | undefined;
}

/** Is this an IRI or still the „[Angabe fehlt: …]“ placeholder of an unset setting? */
const isIri = (value: string) => /^https?:\/\//.test(value);

function vcard(contact: ContactInput) {
  const lines = contact.address
    ?.split('|')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    '@type': 'vcard:Organization',
    'vcard:fn': contact.name,
    ...(contact.email ? { 'vcard:hasEmail': { '@id': `mailto:${contact.email}` } } : {}),
    ...(contact.phone
      ? { 'vcard:hasTelephone': { '@id': `tel:${contact.phone.replace(/[^+0-9]/g, '')}` } }
      : {}),
    ...(lines?.length ? { 'vcard:hasAddress': vcardAddress(lines) } : {}),
  };
}

/** A German last line „30159 Hannover“ splits into postal code and town; all else is street. */
function vcardAddress(lines: readonly string[]) {
  const town = /^(\d{5})\s+(.+)$/.exec(lines.at(-1)!);
  const street = town ? lines.slice(0, -1) : lines;
  return {
    '@type': 'vcard:Address',
    ...(street.length ? { 'vcard:street-address': street.join(', ') } : {}),
    ...(town ? { 'vcard:postal-code': town[1], 'vcard:locality': town[2] } : {}),
  };
}

const german = (value: string) => ({ '@value': value, '@language': 'de' });

/** A partial date keeps its precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
export function typedDate(date: string) {
  const type = date.length === 4 ? 'xsd:gYear' : date.length === 7 ? 'xsd:gYearMonth' : 'xsd:date';
  return { '@value': date, '@type': type };
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
  const conformsTo = (file: ListedFile['file']) =>
    file.kind === 'schema'
      ? { 'dct:conformsTo': { '@id': input.schemaDialect } }
      : file.schema
        ? { 'dct:conformsTo': { '@id': new URL(file.schema, input.pageUrl).href } }
        : {};
  const distributions = input.files.map(({ file, bytes }) => ({
    '@id': `${input.pageUrl}#${file.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': german(file.title),
    'dct:description': german(file.description),
    'dcat:accessURL': { '@id': input.pageUrl },
    'dcat:downloadURL': { '@id': new URL(file.name, input.pageUrl).href },
    'dct:format': { '@id': FILE_TYPES[file.format] },
    'dcat:mediaType': {
      '@id': `https://www.iana.org/assignments/media-types/${file.mediaType}`,
    },
    ...conformsTo(file),
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
    // While unset, the placeholder stands where the ID belongs, as on the legal pages.
    'dcatde:contributorID': isIri(input.contributorId)
      ? { '@id': input.contributorId }
      : input.contributorId,
    'dcat:contactPoint': vcard(input.contact),
    ...(input.spatial.length
      ? { 'dct:spatial': input.spatial.map((uri) => ({ '@id': uri })) }
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
