import { z } from 'astro/zod';
import {
  HttpUrlSchema,
  PartialDateSchema,
  baseFields,
  checkFactSources,
  factsField,
  referenceList,
} from './common.ts';

export const INITIATIVE_STATUS = {
  planned: 'geplant',
  active: 'laufend',
  completed: 'abgeschlossen',
  discontinued: 'eingestellt',
} as const;

export const InitiativeSchema = z
  .strictObject({
    ...baseFields,
    facts: factsField,
    status: z
      .enum(Object.keys(INITIATIVE_STATUS) as [keyof typeof INITIATIVE_STATUS])
      .describe(
        'Stand: planned (geplant), active (laufend), completed (abgeschlossen) oder discontinued (eingestellt).',
      ),
    started: PartialDateSchema.optional().describe('Beginn.'),
    ended: PartialDateSchema.optional().describe('Ende.'),
    leads: referenceList('initiatives', 'leads', 1).describe(
      'Träger oder Initiatoren: Slugs von Akteuren oder Netzwerken, mindestens einer.',
    ),
    partners: referenceList('initiatives', 'partners')
      .optional()
      .describe('Beteiligte: Slugs von Akteuren oder Netzwerken.'),
    actionFields: referenceList('initiatives', 'actionFields', 1).describe(
      'Handlungsfelder: Slugs, mindestens eines.',
    ),
    areas: referenceList('initiatives', 'areas')
      .optional()
      .describe('Gebiet: Slugs von Akteuren (Kommune, Landkreis, Region, Land).'),
    website: HttpUrlSchema.optional(),
  })
  .superRefine(checkFactSources);

export type Initiative = z.output<typeof InitiativeSchema>;
