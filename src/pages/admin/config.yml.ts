import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { UNCONFIGURED_BACKEND, cmsBackendFromEnv, cmsConfig } from '../../editor/cms-config.ts';
import { SITE } from '../../site.config.ts';

/** The form editor's configuration, generated from the schemas at every build. */
export const GET: APIRoute = () =>
  new Response(
    stringify(
      cmsConfig({
        backend: cmsBackendFromEnv(process.env) ?? UNCONFIGURED_BACKEND,
        contentDir: SITE.contentDir,
        siteUrl: SITE.url,
      }),
      { lineWidth: 0 },
    ),
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
