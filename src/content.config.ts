import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { knowledgeBaseLoader, knowledgeBaseStatusLoader } from './loader/knowledge-base-loader.ts';
import { SCHEMAS } from './schemas/index.ts';

export const collections = {
  initiatives: defineCollection({ loader: knowledgeBaseLoader('initiatives'), schema: SCHEMAS.initiatives }),
  networks: defineCollection({ loader: knowledgeBaseLoader('networks'), schema: SCHEMAS.networks }),
  'action-fields': defineCollection({ loader: knowledgeBaseLoader('action-fields'), schema: SCHEMAS['action-fields'] }),
  actors: defineCollection({ loader: knowledgeBaseLoader('actors'), schema: SCHEMAS.actors }),
  'press-releases': defineCollection({ loader: knowledgeBaseLoader('press-releases'), schema: SCHEMAS['press-releases'] }),
  /** Problems of the knowledge base that the dev server shows in the browser. */
  status: defineCollection({ loader: knowledgeBaseStatusLoader(), schema: z.object({ problems: z.string() }) }),
};
