/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line at column 0 is a path
 * pattern, each indented `Name: value` line below it a header for that pattern, and an indented
 * `! Name` removes a header that an earlier rule set (kept as the key `!Name`).
 */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const detached = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (current && detached) {
      current[`!${detached[1]}`] = '';
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`Unreadable _headers line: ${line}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a request for `pagePath` gets: every matching rule in order (`/x/*` matches below `/x/`). */
export function headersForPath(
  rules: Map<string, Record<string, string>>,
  pagePath: string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [pattern, headers] of rules) {
    const matches = pattern.endsWith('*')
      ? pagePath.startsWith(pattern.slice(0, -1))
      : pagePath === pattern;
    if (!matches) continue;
    for (const [name, value] of Object.entries(headers)) {
      if (name.startsWith('!')) delete result[name.slice(1)];
      else result[name] = value;
    }
  }
  return result;
}
