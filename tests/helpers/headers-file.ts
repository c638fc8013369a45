import { rulesFor } from '../../scripts/support/headers-file.ts';

export { parseHeadersFile, rulesFor } from '../../scripts/support/headers-file.ts';

/** The headers a request for `pagePath` gets: every matching rule in order, `! Name` removing one. */
export function headersForPath(
  rules: Map<string, Record<string, string>>,
  pagePath: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [, headers] of rulesFor(rules, pagePath))
    for (const [name, value] of Object.entries(headers)) {
      if (name.startsWith('!')) delete result[name.slice(1)];
      else result[name] = value;
    }
  return result;
}
