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
  | { kind: 'other-relative'; absolutePath: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Classifies a link written in the entry at `fromFile` (an absolute path). */
export function resolveLink(url: string, fromFile: string): ResolvedLink {
  if (SCHEME.test(url) || url.startsWith('//') || url.startsWith('/')) return { kind: 'external' };
  const hashAt = url.indexOf('#');
  const target = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : decodeURIComponent(url.slice(hashAt + 1));
  if (target === '') return { kind: 'same-page', fragment: fragment ?? '' };
  const absolutePath = path.resolve(
    path.dirname(fromFile),
    decodeURIComponent(target.split('?')[0]!),
  );
  if (!/\.mdx?$/i.test(absolutePath)) return { kind: 'other-relative', absolutePath };
  return {
    kind: 'entry',
    folder: path.basename(path.dirname(absolutePath)),
    fileName: path.basename(absolutePath),
    absolutePath,
    fragment,
  };
}
