import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataFiles } from '../../open-data/files.ts';

/** Every download of /daten/ as a static file, same name as in the file list. */
export const getStaticPaths = (() =>
  dataFiles().map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const built = (await getOpenData()).files.get(params['file']!)!;
  const charset =
    built.file.format === 'CSV' ? '; charset=utf-8; header=present' : '; charset=utf-8';
  return new Response(built.body, { headers: { 'Content-Type': built.file.mediaType + charset } });
};
