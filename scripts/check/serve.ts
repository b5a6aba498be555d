// Serves a built site folder over HTTP on 127.0.0.1 (free port) with sirv; missing paths get 404.html.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { normalizePathPrefix, stripPathPrefix } from './site-paths.ts';

export interface StaticServer {
  /** Base URL of the site, including any path prefix, e.g. "http://127.0.0.1:41234/prefix/". */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Eleventy pathPrefix the site was built with; requests outside it get the 404 page. */
  pathPrefix?: string;
}

export async function serve(siteDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(siteDir);
  const pathPrefix = normalizePathPrefix(options.pathPrefix);

  const notFound = (res: http.ServerResponse): void => {
    readFile(path.join(root, '404.html')).then(
      (body) => {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found (and the site has no 404.html)');
      },
    );
  };

  const files = sirv(root, { dev: true, etag: false, dotfiles: false, onNoMatch: (_req, res) => notFound(res) });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const local = stripPathPrefix(url.pathname, pathPrefix);
    if (local === null) {
      notFound(res);
      return;
    }
    req.url = `${local}${url.search}`;
    files(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
