import type { APIRoute } from 'astro';
import { adminPage } from '../../editor/cms-page.ts';

/**
 * `/admin/`: an endpoint, not an Astro page, so the site's `<meta>` policy (which Astro writes
 * into every page) does not apply; the page carries the form editor's own.
 */
export const GET: APIRoute = () =>
  new Response(adminPage(), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
