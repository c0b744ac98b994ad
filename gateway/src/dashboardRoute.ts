import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Route, sendFresh } from '@dm/shared';

/** Where `npm run build -w @dm/dashboard` writes the staff dashboard page (never committed). */
export const defaultDashboardDir = fileURLToPath(new URL('../../apps/dashboard/dist', import.meta.url));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The page loads only its own files and calls only this origin's graph; Plot styles its charts inline. */
const pageHeaders = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * `GET /dashboard/`: the staff dashboard page (apps/dashboard), static files built by Vite. The page holds no
 * data: it signs in with a staff token and asks the graph. Its assets have hashed names, kept a year; the page
 * itself is revalidated at every load, so that a new build shows at once. Files are read at each request, so a
 * rebuild needs no restart. Not built: a 404 that says how to build it.
 */
export function dashboardRoute(dir: string = defaultDashboardDir): Route {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== '/dashboard' && !url.pathname.startsWith('/dashboard/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === '/dashboard') {
      res.writeHead(308, { location: '/dashboard/' }).end();
      return true;
    }
    const rest = url.pathname.slice('/dashboard/'.length);
    // Only the page and its assets: no other path, no dot-dot.
    const file = rest === '' ? 'index.html' : /^assets\/[\w.-]+$/.test(rest) && !rest.includes('..') ? rest : null;
    const type = file ? types[extname(file)] : undefined;
    let body: string | undefined;
    if (file && type) body = await readFile(join(dir, file), 'utf8').catch(() => undefined);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        file === 'index.html'
          ? 'The dashboard page is not built: run `npm run build -w @dm/dashboard`.\n'
          : 'Not found\n',
      );
      return true;
    }
    sendFresh(req, res, body, {
      'content-type': type as string,
      'cache-control': file === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      ...(file === 'index.html' ? pageHeaders : { 'x-content-type-options': 'nosniff' }),
    });
    return true;
  };
}
