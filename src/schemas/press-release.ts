import { z } from 'astro/zod';
import {
  PartialDateSchema,
  SourceSchema,
  baseFields,
  plainText,
  referenceList,
  referenceTo,
} from './common.ts';

export const PressReleaseSchema = z.strictObject({
  ...baseFields,
  sources: z
    .array(SourceSchema)
    .min(1, { error: 'Erwartet: mindestens eine Quelle.' })
    .describe('Woher die Mitteilung stammt; Pflicht.'),
  date: PartialDateSchema.describe(
    'Datum der Mitteilung, JJJJ-MM-TT; nennt die Quelle nur Monat oder Jahr, dann JJJJ-MM oder JJJJ.',
  ),
  publisher: referenceTo('press-releases', 'publisher').describe(
    'Herausgeber: Slug eines Akteurs oder Netzwerks.',
  ),
  about: referenceList('press-releases', 'about', 1).describe(
    'Worum es geht: Slugs von Initiativen, Netzwerken, Handlungsfeldern oder Akteuren, mindestens einer.',
  ),
  place: plainText(120)
    .optional()
    .describe(
      'Ort, den die Mitteilung vor ihrem Text nennt (Ortsmarke), z. B. „Hannover“; nicht der Ort des Geschehens.',
    ),
});

export type PressRelease = z.output<typeof PressReleaseSchema>;
