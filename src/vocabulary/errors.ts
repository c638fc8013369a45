/**
 * The error catalog. Every problem the build can find in the knowledge base has a stable
 * code; CONTRIBUTING.md has a section per code (anchor = code) with the wrong input and the fix.
 */
export const ERROR_CODES = {
  'invalid-filename': 'Dateiname ist kein gültiger Slug',
  'unknown-folder': 'Datei liegt nicht in einem bekannten Ordner',
  'unsafe-file': 'Keine gewöhnliche, sichtbare Datei',
  'yaml-syntax': 'Frontmatter ist kein gültiges YAML',
  'missing-field': 'Pflichtfeld fehlt',
  'unknown-field': 'Unbekanntes Feld',
  'invalid-value': 'Ungültiger Wert',
  'invalid-date': 'Ungültiges Datum',
  'duplicate-slug': 'Slug doppelt vergeben',
  'unknown-reference': 'Verweis auf einen Eintrag, den es nicht gibt',
  'wrong-reference-kind': 'Verweis auf einen Eintrag der falschen Art',
  'alias-collision': 'Alias kollidiert mit einem Slug oder Alias',
  'parent-cycle': 'Übergeordnete Akteure bilden einen Kreis',
  'self-reference': 'Eintrag verweist auf sich selbst',
  'duplicate-reference': 'Derselbe Verweis steht zweimal',
  'broken-link': 'Link auf eine Datei, die es nicht gibt',
  'broken-anchor': 'Link auf eine Überschrift, die es nicht gibt',
  'mdx-code': 'MDX-Datei enthält eigenen Code',
  'mdx-syntax': 'MDX-Datei lässt sich nicht lesen',
  'mdx-element': 'MDX-Datei enthält ein nicht erlaubtes Element oder Attribut',
  'external-image': 'Bild von einer anderen Website',
  'html-removed': 'HTML-Auszeichnung wurde entfernt',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface Problem {
  code: ErrorCode;
  /** Path relative to the project root, e.g. `content/networks/uan.md`. */
  file: string;
  /** Field path as the editor sees it, e.g. `members[2].ref`; absent for file-level problems. */
  field?: string;
  /** What the editor wrote. */
  value?: string;
  /** What was expected, in German. */
  expected: string;
  /** The likely intended value, where one is close („Meinten Sie …?“); also part of `expected`. */
  suggestion?: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** 1-based column, where the mistake has a precise place (YAML syntax). */
  column?: number;
  /**
   * Other files where the same mistake can be fixed (each file of a parent loop): the problem
   * is reported once, at `file`, and a check of one of these files shows it too.
   */
  alsoIn?: readonly string[];
}

export function formatProblem(problem: Problem): string {
  const location = problem.line
    ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`
    : problem.file;
  const field = problem.field ? ` › ${problem.field}` : '';
  const value = problem.value === undefined ? '' : ` „${problem.value}“:`;
  return `[${problem.code}] ${location}${field}:${value} ${ERROR_CODES[problem.code]}. ${problem.expected}`;
}

/**
 * Thrown once with every problem, so an editor sees all mistakes in one build. The message
 * is the whole story; `problems` carries the same as data (for annotations, the dev overlay).
 */
export class KnowledgeBaseError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const sorted = [...problems].sort(compareProblems);
    const count = sorted.length === 1 ? '1 Problem' : `${sorted.length} Probleme`;
    super(
      `Die Wissensbasis enthält ${count}. Erklärungen zu jedem Fehlercode: CONTRIBUTING.md, Abschnitt „Fehlerkatalog“.\n` +
        sorted.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'KnowledgeBaseError';
    this.problems = sorted;
    // A content mistake is not a bug in the code: where in the code it was found would only
    // bury the message, so the stack is the message alone.
    this.stack = `${this.name}: ${this.message}`;
  }
}

function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.field ?? '').localeCompare(b.field ?? '')
  );
}
