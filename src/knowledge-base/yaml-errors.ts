import type { LineCounter } from 'yaml';

/**
 * Turns the `yaml` parser's errors into what an editor needs: one German explanation per
 * mistake, with the fix, at the line and column where something must change. The parser
 * reports where it noticed a problem (an unclosed quote at the end of the block, a bad
 * indentation at the line before), often several times for one mistake.
 */
export interface YamlMistake {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column. */
  column: number;
  message: string;
}

/** The shape of a `yaml` YAMLError, and of the problems frontmatter.ts finds itself. */
export interface RawYamlError {
  code: string;
  message: string;
  /** Offsets into the YAML text: where the parser noticed the problem. */
  pos: [number, number];
}

interface Located {
  at: number;
  message: string;
  /** Point at the line's first character rather than at `at`. */
  lineStart?: boolean;
  /** The parser keeps its footing after this mistake, so later errors are mistakes of their own. */
  local?: boolean;
}

/** `firstLine`: the file line of the YAML text's first line (2, after the opening `---`). */
export function explainYamlErrors(
  errors: readonly RawYamlError[],
  yaml: string,
  lines: LineCounter,
  firstLine: number,
): YamlMistake[] {
  const mistakes: YamlMistake[] = [];
  const seenLines = new Set<number>();
  const fileLine = (offset: number) =>
    lines.linePos(Math.min(offset, yaml.length)).line + firstLine - 1;
  for (let index = 0; index < errors.length; index++) {
    const error = errors[index]!;
    const next = errors[index + 1];
    // An indented line after a field: the parser first says „nested mapping“, then
    // „multi-line key“, both at the field above. The mistake is the indented line.
    if (
      error.code === 'BLOCK_AS_IMPLICIT_KEY' &&
      next?.code === 'MULTILINE_IMPLICIT_KEY' &&
      next.pos[0] === error.pos[0]
    ) {
      add({ at: next.pos[1], lineStart: true, message: INDENTED_LINE });
      break;
    }
    const mistake = locate(error, yaml, fileLine);
    add(mistake);
    // After an unclosed quote or bracket or a broken indentation the parser reads the rest
    // of the block out of step, and what it reports next follows from the first mistake.
    if (!mistake.local) break;
  }
  return mistakes;

  function add({ at, message, lineStart }: Located): void {
    const position = lines.linePos(Math.min(at, yaml.length));
    const line = position.line + firstLine - 1;
    // The parser often complains twice about one line: one message per line.
    if (seenLines.has(line)) return;
    seenLines.add(line);
    const text = lineText(yaml, at);
    const column = lineStart ? text.length - text.trimStart().length + 1 : position.col;
    mistakes.push({ line, column, message });
  }
}

const INDENTED_LINE =
  'Diese Zeile ist eingerückt, als gehöre sie zum Feld darüber. Felder derselben Ebene beginnen in derselben Spalte: Entfernen Sie die Leerzeichen am Zeilenanfang. Gehört der Text zum Wert darüber, setzen Sie den ganzen Wert in Anführungszeichen.';

const SPECIAL_START: Record<string, string> = {
  '*': 'verweist in YAML auf eine andere Stelle',
  '&': 'setzt in YAML eine Sprungmarke',
  '!': 'setzt in YAML einen Typ',
  '@': 'ist in YAML reserviert',
  '`': 'ist in YAML reserviert',
  '%': 'leitet in YAML eine Anweisung ein',
  '|': 'leitet in YAML einen Textblock ein',
  '>': 'leitet in YAML einen Textblock ein',
};

function locate(error: RawYamlError, yaml: string, fileLine: (offset: number) => number): Located {
  const [start, end] = error.pos;
  const line = lineText(yaml, start);
  const value = valueOf(line);
  const example = quotedExample(line);
  const quoteIt = example
    ? ` Setzen Sie den ganzen Wert in Anführungszeichen: ${example}`
    : ' Setzen Sie den ganzen Wert in Anführungszeichen.';
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:]+?)\s*:/.exec(line)?.[1] ?? '';
      const first = earlierOccurrence(yaml, start, key);
      const where = first === undefined ? '' : ` (zuerst in Zeile ${fileLine(first)})`;
      return {
        at: start,
        local: true,
        message: `Das Feld „${key}“ steht zweimal im Kopf${where}. Löschen Sie eine der beiden Zeilen oder führen Sie sie zusammen.`,
      };
    }
    case 'TAB_AS_INDENT':
      return {
        at: start,
        message:
          'Die Zeile ist mit einem Tabulator eingerückt. YAML erlaubt zum Einrücken nur Leerzeichen: Ersetzen Sie den Tabulator durch Leerzeichen.',
      };
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'TAG_RESOLVE_FAILED':
    case 'ANCHOR':
    case 'ALIAS':
      return specialStart(yaml, start, quoteIt);
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (/^\s*-/.test(line)) return { at: start, lineStart: true, message: LIST_INDENT };
      const colon = /:(?=\s|$)/.exec(line.slice(column(yaml, start) - 1));
      return {
        at: colon ? start + colon.index : start,
        // Only a colon inside the value of an ordinary `feld: Wert` line leaves the rest intact.
        local: FIELD_LINE.test(line),
        message: `Der Wert enthält einen Doppelpunkt mit Leerzeichen danach; YAML liest das als neues Feld.${quoteIt}`,
      };
    }
    case 'MULTILINE_IMPLICIT_KEY':
      if (/^\s*-/.test(line)) return { at: start, lineStart: true, message: LIST_WITHOUT_FIELD };
      return {
        at: start,
        lineStart: true,
        message:
          'Diese Zeile ist kein „feld: Wert“: Nach dem Feldnamen fehlt der Doppelpunkt oder das Leerzeichen danach (richtig: „title: Text“). Gehört die Zeile zum Text darüber, rücken Sie sie mit Leerzeichen ein oder setzen Sie den ganzen Wert in Anführungszeichen.',
      };
    case 'MISSING_CHAR': {
      const quote = /closing "quote/.test(error.message)
        ? '"'
        : /closing 'quote/.test(error.message)
          ? "'"
          : undefined;
      if (quote) {
        const opening = yaml.lastIndexOf(quote, Math.min(start, yaml.length - 1));
        return {
          at: opening === -1 ? start : opening,
          message: `Dieses Anführungszeichen ${quote} wird nicht geschlossen: Setzen Sie ans Ende des Werts ein zweites ${quote}. Anführungszeichen im Text selbst schreiben Sie typografisch („…“).`,
        };
      }
      if (/^Missing ,/.test(error.message)) {
        return {
          at: start,
          message:
            'Zwischen zwei Einträgen in eckigen Klammern fehlt ein Komma, z. B. leads: [region-hannover, uan].',
        };
      }
      if (/without - indicator/.test(error.message)) {
        const under = itemFieldColumn(yaml, start);
        if (under !== undefined)
          return { at: start, lineStart: true, message: itemFieldIndent(line, under) };
      }
      if (/^\s*-/.test(line)) return { at: start, lineStart: true, message: LIST_INDENT };
      return {
        at: start,
        lineStart: true,
        message: 'Nach dem Feldnamen fehlt der Doppelpunkt: Schreiben Sie „feld: Wert“.',
      };
    }
    case 'BAD_INDENT': {
      const bracket = /^Flow (sequence|map)/.exec(error.message);
      if (bracket) {
        const open = bracket[1] === 'sequence' ? '[' : '{';
        const opening = unclosed(yaml, start, open, open === '[' ? ']' : '}') ?? start;
        const openingExample = quotedExample(lineText(yaml, opening));
        const quoteText = `Gehört die Klammer zum Text, setzen Sie den ganzen Wert in Anführungszeichen${openingExample ? `: ${openingExample}` : '.'}`;
        return {
          at: opening,
          message:
            open === '['
              ? `Diese Klammer [ wird nicht geschlossen. Eine Liste in eckigen Klammern endet in derselben Zeile, z. B. leads: [region-hannover, uan]. ${quoteText}`
              : `Diese Klammer { wird nicht geschlossen. ${quoteText}`,
        };
      }
      return {
        at: start,
        lineStart: true,
        message: /^\s*-/.test(line) ? LIST_INDENT : FIELD_INDENT,
      };
    }
    case 'UNEXPECTED_TOKEN': {
      const first = value?.[0];
      if (first && first in SPECIAL_START) return specialStart(yaml, start, quoteIt);
      const rest = yaml.slice(start, Math.min(end, start + 40)).trim();
      if (first === '"' || first === "'") {
        return {
          at: start,
          message: `Nach dem Anführungszeichen, das den Wert schließt, folgt noch Text („${rest}“). Anführungszeichen im Text selbst schreiben Sie typografisch („…“), oder Sie setzen den Wert in die jeweils anderen Anführungszeichen: title: 'Er sagte "Ja"'.`,
        };
      }
      if (first === '[' || first === '{') {
        return {
          at: start,
          message: `Nach der schließenden Klammer folgt noch Text („${rest}“). Gehört die Klammer zum Text, setzen Sie den ganzen Wert in Anführungszeichen${example ? `: ${example}` : '.'}`,
        };
      }
      if (/^\s*-/.test(line)) return { at: start, lineStart: true, message: LIST_WITHOUT_FIELD };
      return { at: start, message: GENERIC };
    }
    case 'MULTIPLE_DOCS':
      return {
        at: start,
        lineStart: true,
        message: 'Eine Zeile „...“ beendet den Kopf vorzeitig. Löschen Sie sie.',
      };
    case 'BAD_DQ_ESCAPE':
      return {
        at: start,
        local: true,
        message:
          'In doppelten Anführungszeichen leitet „\\“ ein Sonderzeichen ein. Schreiben Sie „\\\\“ für einen Rückstrich oder setzen Sie den Wert in einfache Anführungszeichen.',
      };
    default:
      return { at: start, message: GENERIC };
  }
}

/**
 * The column (0-based) of the first field after the nearest `- ` above `offset`: the fields of
 * one list item (`- ref: …` and then `role: …`) start there.
 */
function itemFieldColumn(yaml: string, offset: number): number | undefined {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const above = yaml
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse();
  for (const text of above) {
    const item = /^(\s*-\s+)\S/.exec(text);
    if (item) return item[1]!.length;
  }
  return undefined;
}

function itemFieldIndent(line: string, column: number): string {
  const indent = line.length - line.trimStart().length;
  const field = /^\s*([^:\s]+)/.exec(line)?.[1] ?? 'das Feld';
  const wrong = indent > column ? 'zu weit' : 'nicht weit genug';
  return `Diese Zeile ist ${wrong} eingerückt (${indent} Leerzeichen): Die Felder eines Listeneintrags stehen genau untereinander, das erste gleich nach „- “. Rücken Sie „${field}“ mit ${column} Leerzeichen ein, dann steht es unter dem Feld darüber.`;
}

const FIELD_INDENT =
  'Die Einrückung passt nicht: Felder derselben Ebene beginnen in derselben Spalte, eingerückt wird nur mit Leerzeichen.';
const LIST_INDENT =
  'Die Einrückung passt nicht: Die Listeneinträge („- “) eines Felds stehen genau untereinander, mit gleich vielen Leerzeichen davor.';
const LIST_WITHOUT_FIELD =
  'Ein Listeneintrag („- “) steht hier ohne Feld. Listeneinträge stehen eingerückt unter dem Feld, zu dem sie gehören, z. B. „leads:“ und darunter „  - region-hannover“.';
const GENERIC =
  'An dieser Stelle ist der Kopf kein gültiges YAML. Prüfen Sie Einrückung (nur Leerzeichen), Doppelpunkte („feld: Wert“) und Anführungszeichen; Werte mit Sonderzeichen setzen Sie in Anführungszeichen.';

/** A value that starts with a character YAML reads as syntax; the parser may point past it. */
function specialStart(yaml: string, offset: number, quoteIt: string): Located {
  const value = valueStart(yaml, offset);
  const at = value !== undefined && (yaml[value] ?? '') in SPECIAL_START ? value : offset;
  const char = yaml[at] ?? '';
  const meaning = SPECIAL_START[char] ?? 'hat in YAML eine besondere Bedeutung';
  return {
    at,
    local: true,
    message: `Ein Wert ohne Anführungszeichen darf nicht mit ${char} beginnen: Das Zeichen ${meaning}.${quoteIt}`,
  };
}

/** The line around an offset, without its line break. */
function lineText(yaml: string, offset: number): string {
  const start = yaml.lastIndexOf('\n', Math.min(offset, yaml.length) - 1) + 1;
  const end = yaml.indexOf('\n', start);
  return yaml.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

function column(yaml: string, offset: number): number {
  return offset - (yaml.lastIndexOf('\n', offset - 1) + 1) + 1;
}

const FIELD_LINE = /^(\s*(?:-\s+)?)([^\s:#'"][^:]*?):\s+(\S.*?)\s*$/;

function valueOf(line: string): string | undefined {
  return FIELD_LINE.exec(line)?.[3] ?? /^\s*-\s+(\S.*?)\s*$/.exec(line)?.[1];
}

function valueStart(yaml: string, offset: number): number | undefined {
  const lineStart = offset - column(yaml, offset) + 1;
  const line = lineText(yaml, lineStart);
  const value = valueOf(line);
  if (value === undefined) return undefined;
  return lineStart + line.lastIndexOf(value);
}

/** `title: [Entwurf] Radweg` → `title: "[Entwurf] Radweg"`, as the fix to show. */
function quotedExample(line: string): string | undefined {
  const match = FIELD_LINE.exec(line);
  if (!match) return undefined;
  const [, , key, value] = match;
  const quoted = value!.includes('"')
    ? `'${value!.replaceAll("'", "''")}'`
    : `"${value!.replaceAll('\\', '\\\\')}"`;
  return `${key}: ${quoted}`;
}

/** The offset of the last `open` before `offset` that no `close` matches. */
function unclosed(yaml: string, offset: number, open: string, close: string): number | undefined {
  let depth = 0;
  for (let index = Math.min(offset, yaml.length) - 1; index >= 0; index--) {
    if (yaml[index] === close) depth++;
    else if (yaml[index] === open && depth-- === 0) return index;
  }
  return undefined;
}

/** Where `key:` last appears at the same indentation before the duplicate at `offset`. */
function earlierOccurrence(yaml: string, offset: number, key: string): number | undefined {
  const indent = column(yaml, offset) - 1;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^[ -]{${indent}}${escaped}\\s*:`, 'gm');
  return [...yaml.slice(0, offset - indent).matchAll(pattern)].at(-1)?.index;
}
