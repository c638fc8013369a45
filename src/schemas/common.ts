import { z } from 'astro/zod';
import { COLLECTIONS } from '../vocabulary/collections.ts';
import { parsePartialDate, type PartialDate } from '../vocabulary/dates.ts';
import { relationSpec } from '../vocabulary/relations.ts';
import { SLUG_PATTERN, type Slug } from '../vocabulary/slugs.ts';
import type { CollectionName } from '../vocabulary/collections.ts';

/** Marks a custom issue with a catalog code, so the error mapper need not parse messages. */
export function issueCode(code: 'invalid-date' | 'invalid-value') {
  return { params: { code } };
}

const writtenDate = z
  .union([z.string(), z.int()], { error: 'Erwartet: ein Datum wie 2023-11-17, 2023-11 oder 2023.' })
  .transform((value) => String(value));

export const PartialDateSchema = writtenDate
  .refine((text) => parsePartialDate(text) !== undefined, {
    error:
      'Erwartet: ein gültiges Datum im Format JJJJ-MM-TT, JJJJ-MM oder JJJJ, z. B. 2023-11-17.',
    ...issueCode('invalid-date'),
  })
  .transform((text) => text as PartialDate)
  .describe(
    'Datum im Format JJJJ-MM-TT; wenn nur Monat oder Jahr bekannt sind, JJJJ-MM oder JJJJ.',
  );

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, {
    error:
      'Erwartet: ein Slug aus Kleinbuchstaben, Ziffern und Bindestrichen, z. B. region-hannover.',
  })
  .transform((text) => text as Slug);

function targetNames(targets: readonly CollectionName[]): string {
  const names = targets.map((name) => COLLECTIONS[name].singular);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} oder ${names.at(-1)}`;
}

/** A reference field, built from the relation table so targets are named in one place. */
export function referenceTo(collection: CollectionName, field: string) {
  const spec = relationSpec(collection, field);
  return SlugSchema.describe(`Slug eines Eintrags der Art ${targetNames(spec.targets)}.`);
}

export function referenceList(collection: CollectionName, field: string, minimum = 0) {
  const list = z.array(referenceTo(collection, field));
  return minimum > 0
    ? list.min(minimum, { error: `Erwartet: mindestens ${minimum} Verweis.` })
    : list;
}

/** Longer addresses are not links anyone types or reads; the limit also bounds the work per field. */
export const MAX_URL_LENGTH = 2000;

export const HttpUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH, {
    error: `Erwartet: eine Webadresse mit höchstens ${MAX_URL_LENGTH} Zeichen.`,
    abort: true,
  })
  .refine(isWebAddress, {
    error: 'Erwartet: eine vollständige Webadresse, die mit https:// oder http:// beginnt.',
  })
  .describe('Webadresse, beginnend mit https:// oder http://.');

/** `https://host.tld/…` without blanks; checked in one pass over the text, then by the URL parser. */
function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//.test(text) || /\s/.test(text) || !URL.canParse(text)) return false;
  return new URL(text).hostname.includes('.');
}

/**
 * Characters a text field must not hold, because they change or hide what readers see in
 * pages, feeds, CSV and pictures, or make XML ill-formed: control characters (C0 except tab
 * and line break, DEL, C1) and the bidirectional embeddings, overrides and isolates that turn
 * the following text around (U+202A–U+202E, U+2066–U+2069) or mark direction invisibly.
 */
const FORBIDDEN_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A text shown as written: something visible, none of the characters above. Homoglyphs (a
 * Cyrillic „а“ in a German word) are allowed: names in other scripts are legitimate, and what
 * a look-alike could spoof, addresses, are slugs of plain ASCII.
 */
export function plainText(max: number, options: { trim?: boolean } = {}) {
  const text = options.trim ? z.string().trim() : z.string();
  return text
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      const forbidden = FORBIDDEN_CHARACTER.exec(value)?.[0];
      if (forbidden !== undefined) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `Erwartet: Text ohne unsichtbare Steuer- oder Richtungszeichen; hier steht ${codePoint(forbidden)}. Löschen Sie es (oft mitkopiert aus einer anderen Anwendung).`,
          params: { code: 'invalid-value' },
        });
      } else if (!VISIBLE.test(value)) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: 'Erwartet: sichtbarer Text; hier stehen nur Leer- oder unsichtbare Zeichen.',
          params: { code: 'invalid-value' },
        });
      }
    });
}

export const SourceSchema = z.strictObject({
  title: plainText(300).describe('Titel der Quelle, z. B. die Überschrift der Pressemitteilung.'),
  publisher: plainText(160).optional().describe('Wer die Quelle veröffentlicht hat.'),
  date: PartialDateSchema.optional(),
  url: HttpUrlSchema.optional(),
});

export const FactSchema = z.strictObject({
  label: plainText(80).describe('Was die Zahl bedeutet, z. B. „Mitglieder“.'),
  value: z
    .union([plainText(120), z.number()])
    .transform((value) => String(value))
    .describe('Der Wert, wie er in der Quelle steht, z. B. "51" oder "60.000 € pro Jahr".'),
  asOf: PartialDateSchema.optional().describe('Stand des Werts, z. B. 2023-11.'),
  source: z.int().min(1).optional().describe('Nummer der Quelle in „sources“, die erste ist 1.'),
});

const NO_MARKDOWN = /(\*\*|__|`|\]\(|<[a-z/!]|^#)/i;

/** Fields every entry has. Press releases make `sources` required and have no `facts`. */
export const baseFields = {
  title: plainText(160, { trim: true }).describe('Anzeigename, 1 bis 160 Zeichen.'),
  summary: plainText(300, { trim: true })
    .refine((text) => !NO_MARKDOWN.test(text), {
      error: 'Erwartet: schlichter Text ohne Markdown oder HTML.',
      ...issueCode('invalid-value'),
    })
    .describe(
      'Ein oder zwei Sätze ohne Markdown, höchstens 300 Zeichen; erscheint in Listen, Suchergebnissen und als Seitenbeschreibung.',
    ),
  sources: z.array(SourceSchema).optional().describe('Woher die Angaben stammen.'),
  aliases: z
    .array(SlugSchema)
    .optional()
    .describe('Frühere Slugs dieses Eintrags; für jeden entsteht eine Weiterleitung.'),
  updated: PartialDateSchema.optional().describe(
    'Letzte inhaltliche Änderung; ohne Angabe das Datum des letzten Commits der Datei.',
  ),
  draft: z.boolean().optional().describe('true: Eintrag wird nicht veröffentlicht.'),
};

export const factsField = z
  .array(FactSchema)
  .optional()
  .describe('Datierte Kennzahlen mit Quelle.');

/** A fact's, member's or partner's `source` must name an existing item of `sources`. */
export function checkFactSources(
  entry: {
    facts?: { source?: number | undefined }[] | undefined;
    members?: { source?: number | undefined }[] | undefined;
    partners?: unknown;
    sources?: unknown[] | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  const count = entry.sources?.length ?? 0;
  const lists = { facts: entry.facts, members: entry.members, partners: entry.partners };
  for (const [field, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) continue;
    list.forEach((item: { source?: number | undefined } | string, index) => {
      const source = typeof item === 'object' ? item.source : undefined;
      if (source === undefined || source <= count) return;
      ctx.addIssue({
        code: 'custom',
        path: [field, index, 'source'],
        input: source,
        message: `Erwartet: eine Zahl von 1 bis ${count}, die Nummer einer Quelle in „sources“.`,
        params: { code: 'invalid-value' },
      });
    });
  }
}
