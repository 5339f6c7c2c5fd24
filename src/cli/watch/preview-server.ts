// `build --serve`: a small static server for the output folder on 127.0.0.1, with an index page
// listing the maps and live reload over Server-Sent Events. Reads files only; never writes.
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { say, wordsFor } from '../../words/say.js';
import { UsageError } from '../usage-error.js';
import { EVENTS_PATH, injectLiveReload, RELOAD_SCRIPT } from './live-reload.js';

export const DEFAULT_PORT = 4173;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface PreviewServer {
  readonly url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** --serve's value: true (flag alone) for the default port, else a port number (0: any free port). */
export function parsePort(value: boolean | string | undefined): number | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--serve takes a port from 0 to 65535; got "${value}"`);
  return port;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Output files below dir, `/`-separated, skipping dot-files (the atomic writer's temporaries). */
function listOutputs(dir: string, sub = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, sub), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listOutputs(dir, `${sub}${e.name}/`) : MEDIA_TYPES[extname(e.name)] ? [`${sub}${e.name}`] : []))
    .sort();
}

/**
 * The preview's index. `listed`: the outputs of the journeys being watched (relative to outDir),
 * so a deleted journey's old files drop out of it; without it, every output file in outDir.
 */
export function indexPage(outDir: string, listed?: readonly string[]): string {
  const byMap = new Map<string, string[]>();
  for (const file of (listed ?? listOutputs(outDir)).filter((f) => MEDIA_TYPES[extname(f)] !== undefined)) {
    const stem = file.slice(0, file.length - extname(file).length);
    byMap.set(stem, [...(byMap.get(stem) ?? []), file]);
  }
  const rows = [...byMap].map(([stem, files]) => {
    const links = files.map((f) => `<a href="/${encodeURI(f)}">${escapeHtml(extname(f).slice(1))}</a>`).join(' · ');
    const main = files.find((f) => f.endsWith('.html')) ?? files[0] ?? '';
    return `<li><a href="/${encodeURI(main)}"><strong>${escapeHtml(stem)}</strong></a> — ${links}</li>`;
  });
  const words = wordsFor();
  const list = rows.length > 0 ? `<ul>${rows.join('\n')}</ul>` : `<p>${escapeHtml(say(words, 'cli.preview.empty'))}</p>`;
  const title = escapeHtml(say(words, 'cli.preview.title'));
  return `<!doctype html>
<html lang="${escapeHtml(words['meta.locale'])}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:50rem;padding:0 1rem}li{margin:.4rem 0}</style>
</head><body><h1>${title}</h1>
${list}
<script>${RELOAD_SCRIPT}</script>
</body></html>
`;
}

/** Whether `path` lies inside `dir` (both real paths): nothing above it, no dot-files or dot-folders. */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).some((part) => part.startsWith('.'));
}

/**
 * The bytes of an output to serve: a known extension, inside the output folder by its real path
 * (a symlink in out/ leading elsewhere is not followed out), and, when the build said which files
 * it wrote, one of those.
 */
function readOutput(outDir: string, pathname: string, listed: readonly string[] | undefined): Buffer | undefined {
  const absolute = resolve(outDir, `.${pathname}`);
  if (!MEDIA_TYPES[extname(absolute)] || !inside(outDir, absolute)) return undefined;
  if (listed && !listed.includes(relative(outDir, absolute).split(sep).join('/'))) return undefined;
  try {
    const real = realpathSync(absolute);
    if (!inside(realpathSync(outDir), real) || !statSync(real).isFile()) return undefined;
    return readFileSync(real);
  } catch {
    return undefined;
  }
}

/**
 * Requests must name this server by a loopback name and its port: a page on another site that
 * rebinds its DNS name to 127.0.0.1 sends its own Host header and is refused (DNS rebinding).
 */
export function allowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase());
}

function serveFile(outDir: string, pathname: string, response: ServerResponse, listed: readonly string[] | undefined): void {
  const absolute = resolve(outDir, `.${pathname}`);
  const type = MEDIA_TYPES[extname(absolute)];
  const bytes = readOutput(outDir, pathname, listed);
  if (!bytes || !type) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const body = extname(absolute) === '.html' ? injectLiveReload(bytes.toString('utf8')) : bytes;
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}

export function startPreviewServer(port: number, outDir: () => string, listed?: () => readonly string[]): Promise<PreviewServer> {
  const clients = new Set<ServerResponse>();
  let boundPort = port;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!allowedHost(request.headers.host, boundPort)) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('forbidden host\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write('retry: 1000\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(indexPage(outDir(), listed?.()));
      return;
    }
    serveFile(outDir(), pathname, response, listed?.());
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new UsageError(`port ${port} is in use: pick another with --serve <port>`) : error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      boundPort = actual;
      resolveStart({
        url: `http://127.0.0.1:${actual}/`,
        reload: () => {
          for (const client of clients) client.write('event: reload\ndata: {}\n\n');
        },
        close: () =>
          new Promise<void>((done) => {
            for (const client of clients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
