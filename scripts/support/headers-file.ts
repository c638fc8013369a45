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

/**
 * Every rule whose pattern matches `urlPath`, as both hosts match: a pattern without `*` is the
 * path itself, and `*` (a splat) stands for any characters, `/` included.
 */
export function rulesFor(
  rules: Map<string, Record<string, string>>,
  urlPath: string,
): [pattern: string, headers: Record<string, string>][] {
  return [...rules].filter(([pattern]) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(urlPath),
  );
}
