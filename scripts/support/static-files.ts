import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** How a static host maps a request to a file of a built site; shared by the test and bench servers. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path: `index.html` for folders, `404.html` for anything missing or outside `root`. */
export function resolveStaticFile(
  root: string,
  requestUrl: string | undefined,
): { pathname: string; file: string; found: boolean } {
  const raw = new URL(requestUrl ?? '/', 'http://localhost').pathname;
  let pathname: string;
  try {
    pathname = decodeURIComponent(raw);
  } catch {
    return { pathname: raw, file: path.join(root, '404.html'), found: false };
  }
  let file = path.join(root, pathname);
  if (!file.startsWith(root)) file = path.join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  const found = existsSync(file) && statSync(file).isFile();
  return { pathname, file: found ? file : path.join(root, '404.html'), found };
}
