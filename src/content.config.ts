import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { CollectionName } from './vocabulary/collections.ts';
import { KnowledgeBaseLoaders, storedEntrySchema } from './loader/knowledge-base-loader.ts';

/** One read of the whole knowledge base, shared by every collection. */
const knowledgeBase = new KnowledgeBaseLoaders();

const entries = <C extends CollectionName>(collection: C) =>
  defineCollection({
    loader: knowledgeBase.collection(collection),
    schema: storedEntrySchema(collection),
  });

export const collections = {
  initiatives: entries('initiatives'),
  networks: entries('networks'),
  'action-fields': entries('action-fields'),
  actors: entries('actors'),
  'press-releases': entries('press-releases'),
  /** Problems of the knowledge base that the dev server shows in the browser; where bodies are. */
  status: defineCollection({
    loader: knowledgeBase.status(),
    schema: z.object({ problems: z.string(), bodies: z.string() }),
  }),
};
