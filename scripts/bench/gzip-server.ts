import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import { CONTENT_TYPES, resolveStaticFile } from '../support/static-files.ts';

/**
 * A static server on 127.0.0.1 that behaves like a static host (GitHub Pages, Netlify):
 * gzip for text (HTML, CSS, JS, JSON), `Cache-Control: max-age=600` with `Last-Modified`,
 * 304 for revalidations. Pagefind's index files are gzip-compressed already and go out as
 * they are. It counts the bytes it sends (body and status line/headers) per path, so the
 * benchmark measures what went over the wire, including requests from Pagefind's worker.
 */

export interface Sent {
  path: string;
  bytes: number;
}

export interface CountingServer {
  origin: string;
  /** Everything sent so far, in order of completion. */
  sent: Sent[];
  close(): Promise<void>;
}

export async function serveCompressed(root: string): Promise<CountingServer> {
  const sent: Sent[] = [];
  const server = createServer((request, response) => {
    const { pathname, file, found } = resolveStaticFile(root, request.url);
    const modified = statSync(file).mtime.toUTCString();
    const type = CONTENT_TYPES[path.extname(file)];
    const gzip =
      type !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers = {
      'Content-Type': type ?? 'application/octet-stream',
      'Cache-Control': 'max-age=600',
      'Last-Modified': modified,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    };
    const headerBytes =
      17 +
      Object.entries(headers).reduce(
        (sum, [key, value]) => sum + key.length + String(value).length + 4,
        0,
      );
    if (found && request.headers['if-modified-since'] === modified) {
      response.writeHead(304, headers).end();
      sent.push({ path: pathname, bytes: headerBytes });
      return;
    }
    let bytes = headerBytes;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    response.on('finish', () => sent.push({ path: pathname, bytes }));
    response.writeHead(found ? 200 : 404, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(counter).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
