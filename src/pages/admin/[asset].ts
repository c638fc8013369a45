import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { CMS_ASSET_TYPES, cmsAssetNames, readCmsAsset } from '../../editor/cms-assets.ts';

export const getStaticPaths = (() =>
  cmsAssetNames().map((asset) => ({ params: { asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const asset = params['asset']!;
  return new Response(new Uint8Array(readCmsAsset(asset)), {
    headers: { 'Content-Type': CMS_ASSET_TYPES[path.extname(asset)] ?? 'application/octet-stream' },
  });
};
