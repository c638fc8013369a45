import { z } from 'astro/zod';
import { HttpUrlSchema, baseFields, checkFactSources, factsField, referenceTo } from './common.ts';

export const ACTOR_KIND = {
  municipality: 'Kommune',
  district: 'Landkreis',
  region: 'Region',
  state: 'Land',
  authority: 'Behörde',
  association: 'Verband',
  company: 'Unternehmen',
  university: 'Hochschule',
  'civil-society': 'Zivilgesellschaft',
  other: 'Sonstiger Akteur',
} as const;

export const ActorSchema = z
  .strictObject({
    ...baseFields,
    facts: factsField,
    kind: z
      .enum(Object.keys(ACTOR_KIND) as [keyof typeof ACTOR_KIND])
      .describe(
        'Art: municipality, district, region, state, authority, association, company, university, civil-society oder other.',
      ),
    ags: z
      .union([z.string(), z.int()])
      .transform((value) => String(value))
      .refine((text) => /^(\d{2}|\d{5}|\d{8})$/.test(text), {
        error:
          'Erwartet: Amtlicher Gemeindeschlüssel mit 2 (Land), 5 (Landkreis, Region) oder 8 Ziffern (Gemeinde), in Anführungszeichen.',
      })
      .optional()
      .describe('Amtlicher Gemeindeschlüssel: 2, 5 oder 8 Ziffern, in Anführungszeichen.'),
    parent: referenceTo('actors', 'parent')
      .optional()
      .describe('Übergeordneter Akteur, z. B. der Landkreis einer Stadt.'),
    website: HttpUrlSchema.optional(),
  })
  .superRefine(checkFactSources);

export type Actor = z.output<typeof ActorSchema>;
