import path from 'node:path';

/**
 * Links between entries are written as relative links to their files
 * (`[UAN](../networks/uan.md#ziele)`), so they also work on the Git host. This module
 * resolves them; the render, the Markdown plugin and the validator share it.
 */
export type ResolvedLink =
  | { kind: 'external' }
  | { kind: 'same-page'; fragment: string }
  | {
      kind: 'entry';
      folder: string;
      fileName: string;
      absolutePath: string;
      fragment: string | undefined;
    }
  | { kind: 'other-relative'; absolutePath: string }
  /** A `%` that starts no escape (`100%-rabatt`): no address can be read from it. */
  | { kind: 'malformed' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Classifies a link written in the entry at `fromFile` (an absolute path). */
export function resolveLink(url: string, fromFile: string): ResolvedLink {
  if (SCHEME.test(url) || url.startsWith('//') || url.startsWith('/')) return { kind: 'external' };
  const hashAt = url.indexOf('#');
  const target = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : decoded(url.slice(hashAt + 1));
  const file = decoded(target.split('?')[0]!);
  if (fragment === null || file === null) return { kind: 'malformed' };
  if (target === '') return { kind: 'same-page', fragment: fragment ?? '' };
  const absolutePath = path.resolve(path.dirname(fromFile), file);
  if (!/\.mdx?$/i.test(absolutePath)) return { kind: 'other-relative', absolutePath };
  return {
    kind: 'entry',
    folder: path.basename(path.dirname(absolutePath)),
    fileName: path.basename(absolutePath),
    absolutePath,
    fragment,
  };
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
