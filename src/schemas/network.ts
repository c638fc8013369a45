import { z } from 'astro/zod';
import {
  HttpUrlSchema,
  PartialDateSchema,
  baseFields,
  checkFactSources,
  factsField,
  plainText,
  referenceList,
  referenceTo,
} from './common.ts';

export const NETWORK_FORM = {
  association: 'Verein',
  company: 'Gesellschaft',
  alliance: 'Bündnis',
  network: 'Netzwerk',
  'working-group': 'Arbeitsgemeinschaft',
  other: 'Sonstiger Zusammenschluss',
} as const;

const MemberObjectSchema = z.strictObject({
  ref: referenceTo('networks', 'members'),
  role: plainText(120).optional().describe('Rolle, z. B. „Gesellschafter“ oder „Vorsitz“.'),
  since: PartialDateSchema.optional().describe('Mitglied seit.'),
  note: plainText(300).optional().describe('Kurze Anmerkung.'),
  source: z
    .int()
    .min(1)
    .optional()
    .describe(
      'Nummer der Quelle in „sources“, die Mitgliedschaft oder Rolle belegt, die erste ist 1; ihr Datum steht dann daneben.',
    ),
});

/** A member may be written as a bare slug; both forms become `{ ref, … }` here. */
export const MemberSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { ref: value } : value),
  MemberObjectSchema,
);

export const NetworkSchema = z
  .strictObject({
    ...baseFields,
    facts: factsField,
    form: z
      .enum(Object.keys(NETWORK_FORM) as [keyof typeof NETWORK_FORM])
      .describe(
        'Rechtsform oder Art: association (Verein), company (Gesellschaft), alliance (Bündnis), network (Netzwerk), working-group (Arbeitsgemeinschaft), other (Sonstiger Zusammenschluss).',
      ),
    founded: PartialDateSchema.optional().describe('Gründung.'),
    leads: referenceList('networks', 'leads')
      .optional()
      .describe(
        'Träger oder Gründer: Slugs von Akteuren oder Netzwerken, die das Netzwerk tragen, aber nicht Mitglied sind.',
      ),
    members: z
      .array(MemberSchema)
      .optional()
      .describe('Mitglieder: je ein Slug oder { ref, role, since, note }.'),
    partners: z
      .array(MemberSchema)
      .optional()
      .describe(
        'Beteiligte, die die Quelle nicht als Mitglied nennt (Partner, Vertretung in einem Gremium): je ein Slug oder { ref, role, since, note }.',
      ),
    actionFields: referenceList('networks', 'actionFields')
      .optional()
      .describe('Handlungsfelder: Slugs.'),
    areas: referenceList('networks', 'areas').optional().describe('Gebiet: Slugs von Akteuren.'),
    website: HttpUrlSchema.optional(),
  })
  .superRefine(checkFactSources);

export type Network = z.output<typeof NetworkSchema>;
export type Member = z.output<typeof MemberObjectSchema>;
