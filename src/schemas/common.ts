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

export const HttpUrlSchema = z
  .string()
  .refine((text) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(text) && URL.canParse(text), {
    error: 'Erwartet: eine vollständige Webadresse, die mit https:// oder http:// beginnt.',
  })
  .describe('Webadresse, beginnend mit https:// oder http://.');

export const SourceSchema = z.strictObject({
  title: z
    .string()
    .min(1)
    .max(300)
    .describe('Titel der Quelle, z. B. die Überschrift der Pressemitteilung.'),
  publisher: z.string().min(1).max(160).optional().describe('Wer die Quelle veröffentlicht hat.'),
  date: PartialDateSchema.optional(),
  url: HttpUrlSchema.optional(),
});

export const FactSchema = z.strictObject({
  label: z.string().min(1).max(80).describe('Was die Zahl bedeutet, z. B. „Mitglieder“.'),
  value: z
    .union([z.string().min(1).max(120), z.number()])
    .transform((value) => String(value))
    .describe('Der Wert, wie er in der Quelle steht, z. B. "51" oder "60.000 € pro Jahr".'),
  asOf: PartialDateSchema.optional().describe('Stand des Werts, z. B. 2023-11.'),
  source: z.int().min(1).optional().describe('Nummer der Quelle in „sources“, die erste ist 1.'),
});

const NO_MARKDOWN = /(\*\*|__|`|\]\(|<[a-z/!]|^#)/i;

/** Fields every entry has. Press releases make `sources` required and have no `facts`. */
export const baseFields = {
  title: z.string().trim().min(1).max(160).describe('Anzeigename, 1 bis 160 Zeichen.'),
  summary: z
    .string()
    .trim()
    .min(1)
    .max(300)
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

/** A fact's `source` must name an existing item of `sources`. */
export function checkFactSources(
  entry: { facts?: { source?: number | undefined }[] | undefined; sources?: unknown[] | undefined },
  ctx: z.RefinementCtx,
): void {
  const count = entry.sources?.length ?? 0;
  entry.facts?.forEach((fact, index) => {
    if (fact.source !== undefined && fact.source > count) {
      ctx.addIssue({
        code: 'custom',
        path: ['facts', index, 'source'],
        input: fact.source,
        message: `Erwartet: eine Zahl von 1 bis ${count}, die Nummer einer Quelle in „sources“.`,
        params: { code: 'invalid-value' },
      });
    }
  });
}
