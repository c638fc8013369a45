import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { dataFiles } from '../../open-data/files.ts';

/** Every download of /daten/ as a static file, same name as in the file list. */
export const getStaticPaths = (() =>
  dataFiles().map((file) => ({ params: { file: file.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const built = (await getOpenData()).files.get(params['file']!)!;
  const { format, mediaType } = built.file;
  const charset =
    format === 'XLSX'
      ? ''
      : format === 'CSV'
        ? '; charset=utf-8; header=present'
        : '; charset=utf-8';
  const body = typeof built.body === 'string' ? built.body : new Uint8Array(built.body);
  return new Response(body, { headers: { 'Content-Type': mediaType + charset } });
};
