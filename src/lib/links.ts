import { markdownToMdast, mdxToMdast } from 'satteri';
import GithubSlugger from 'github-slugger';
import path from 'node:path';
import { checkJsxElement, isJsxElement, type MdxElementProblem } from './mdx-check.ts';

/**
 * Links between entries are written as relative links to their files
 * (`[UAN](../networks/uan.md#ziele)`), so they also work on the Git host. This module
 * finds them in a body and resolves them; the Markdown plugin and the validator share it.
 */
export interface BodyLink {
  url: string;
  /** 1-based line in the body. */
  line: number;
}

export interface MdxCode {
  kind: 'import/export' | 'expression';
  line: number;
}

export interface BodyOutline {
  links: BodyLink[];
  /** Heading ids as the site renders them (github-slugger over the heading text). */
  headingIds: string[];
  mdxCode: MdxCode[];
  /** JSX other than the content components, or attributes they do not take (src/lib/mdx-check.ts). */
  mdxElements: MdxElementProblem[];
}

interface Node {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  children?: Node[];
  position?: { start: { line: number } };
  attributes?: { type: string; value?: unknown }[];
}

export function outlineBody(body: string, format: 'md' | 'mdx'): BodyOutline {
  const tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as Node;
  const outline: BodyOutline = { links: [], headingIds: [], mdxCode: [], mdxElements: [] };
  const slugger = new GithubSlugger();
  const walk = (node: Node): void => {
    const line = node.position?.start.line ?? 1;
    if (isJsxElement(node)) outline.mdxElements.push(...checkJsxElement(node));
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      outline.links.push({ url: node.url, line });
    } else if (node.type === 'heading') {
      outline.headingIds.push(slugger.slug(textOf(node)));
    } else if (node.type === 'mdxjsEsm') {
      outline.mdxCode.push({ kind: 'import/export', line });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      outline.mdxCode.push({ kind: 'expression', line });
    } else if (node.attributes?.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute' || typeof attribute.value === 'object')) {
      outline.mdxCode.push({ kind: 'expression', line });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return outline;
}

function textOf(node: Node): string {
  if (node.value !== undefined && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

export type ResolvedLink =
  | { kind: 'external' }
  | { kind: 'same-page'; fragment: string }
  | { kind: 'entry'; folder: string; fileName: string; absolutePath: string; fragment: string | undefined }
  | { kind: 'other-relative'; absolutePath: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Classifies a link written in the entry at `fromFile` (an absolute path). */
export function resolveLink(url: string, fromFile: string): ResolvedLink {
  if (SCHEME.test(url) || url.startsWith('//') || url.startsWith('/')) return { kind: 'external' };
  const hashAt = url.indexOf('#');
  const target = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? undefined : decodeURIComponent(url.slice(hashAt + 1));
  if (target === '') return { kind: 'same-page', fragment: fragment ?? '' };
  const absolutePath = path.resolve(path.dirname(fromFile), decodeURIComponent(target.split('?')[0]!));
  if (!/\.mdx?$/i.test(absolutePath)) return { kind: 'other-relative', absolutePath };
  return {
    kind: 'entry',
    folder: path.basename(path.dirname(absolutePath)),
    fileName: path.basename(absolutePath),
    absolutePath,
    fragment,
  };
}
