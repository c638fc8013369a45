import { z } from 'astro/zod';
import { baseFields, checkFactSources, factsField, referenceList } from './common.ts';

export const ActionFieldSchema = z
  .strictObject({
    ...baseFields,
    facts: factsField,
    sdgs: z
      .array(z.int().min(1).max(17))
      .optional()
      .describe(
        'Nummern der UN-Nachhaltigkeitsziele (1 bis 17), nur wo der Bezug offensichtlich ist.',
      ),
    related: referenceList('action-fields', 'related')
      .optional()
      .describe('Verwandte Handlungsfelder: Slugs.'),
  })
  .superRefine(checkFactSources);

export type ActionField = z.output<typeof ActionFieldSchema>;
