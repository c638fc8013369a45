import type { APIRoute } from 'astro';
import {
  UNCONFIGURED_BACKEND,
  cmsBackendFromEnv,
  cmsConfig,
  serialiseCmsConfig,
} from '../../editor/cms-config.ts';
import { SITE } from '../../site.config.ts';

/** The form editor's configuration, generated from the schemas at every build. */
export const GET: APIRoute = () =>
  new Response(
    serialiseCmsConfig(
      cmsConfig({
        backend: cmsBackendFromEnv(process.env) ?? UNCONFIGURED_BACKEND,
        contentDir: SITE.contentDir,
        siteUrl: SITE.url,
      }),
    ),
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
