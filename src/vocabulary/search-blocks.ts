/**
 * A run of an entry's body as the search index reads it: a heading (with the id it has on the
 * page, where a sub-result links) or the text below one. Made by src/markdown/search-text.ts,
 * indexed through src/search/records.ts.
 */
export type SearchBlock =
  { heading: { depth: number; id: string }; text: string } | { heading?: undefined; text: string };
