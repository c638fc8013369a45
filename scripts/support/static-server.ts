import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_TYPES, resolveStaticFile } from './static-files.ts';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on 127.0.0.1 and a free port, like a static host would (404.html
 * included), optionally with extra headers: the same on every response (e.g. those of the
 * catch-all rule of `dist/_headers`), or per path.
 */
export async function serveDirectory(
  root: string,
  headers: Record<string, string> | ((urlPath: string) => Record<string, string>) = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const { file, found } = resolveStaticFile(root, request.url);
    const extra =
      typeof headers === 'function'
        ? headers(new URL(request.url ?? '/', 'http://localhost').pathname)
        : headers;
    response.writeHead(found ? 200 : 404, {
      ...extra,
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
