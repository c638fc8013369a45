import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../data/content-layer.ts';
import { redirectsFile } from '../site/redirects.ts';
import { entryPath } from '../vocabulary/urls.ts';

// Astro skips files whose name starts with `_` in src/pages, so `_redirects` is a parameter.
export const getStaticPaths: GetStaticPaths = () => [{ params: { redirects: '_redirects' } }];

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const redirects = [...atlas.graph.aliases].map(([alias, slug]) => {
    const { collection, url } = atlas.get(slug);
    return { from: entryPath(collection, alias), to: url };
  });
  return new Response(redirectsFile(redirects), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
