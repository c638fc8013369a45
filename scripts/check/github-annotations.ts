import { ERROR_CODES, type Problem } from '../../src/vocabulary/errors.ts';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): printed in a
 * workflow run, each becomes an annotation on that line of the pull request's diff.
 * Values are escaped as the runner expects, so a colon or line break in a message
 * cannot end the command early.
 */
export interface AnnotationTarget {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  title?: string | undefined;
}

export function annotation(
  level: 'error' | 'warning' | 'notice',
  message: string,
  target: AnnotationTarget,
): string {
  const properties = [
    `file=${escapeProperty(target.file)}`,
    target.line === undefined ? undefined : `line=${target.line}`,
    target.column === undefined ? undefined : `col=${target.column}`,
    target.title === undefined ? undefined : `title=${escapeProperty(target.title)}`,
  ].filter((property) => property !== undefined);
  return `::${level} ${properties.join(',')}::${escapeData(message)}`;
}

/** One knowledge-base problem as an error annotation on its file and line. */
export function problemAnnotation(problem: Problem): string {
  const field = problem.field ? `${problem.field}: ` : '';
  const value = problem.value === undefined ? '' : `„${problem.value}“ – `;
  return annotation('error', `${field}${value}${problem.expected}`, {
    file: problem.file,
    line: problem.line,
    title: `${ERROR_CODES[problem.code]} [${problem.code}]`,
  });
}

export function isGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['GITHUB_ACTIONS'] === 'true';
}

function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
