import { defineCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from './lib/collections.ts';
import { knowledgeBaseLoader } from './loaders/knowledge-base-loader.ts';
import { SCHEMAS } from './schemas/index.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({ loader: knowledgeBaseLoader(name), schema: SCHEMAS[name] });
}

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection<C>>;
};
