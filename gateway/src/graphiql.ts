import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '@dm/shared';

// GraphiQL and React are served from node_modules: the page works offline and loads nothing from a CDN.
const require = createRequire(import.meta.url);
const fileOf = (pkg: string, path: string) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
const assets: Record<string, { file: () => string; type: string }> = {
  '/graphiql/react.js': { file: () => fileOf('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/graphiql/react-dom.js': {
    file: () => fileOf('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  '/graphiql/graphiql.js': { file: () => fileOf('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/graphiql/graphiql.css': { file: () => fileOf('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

const defaultQuery = `# Destination Métier: the founding signatories of the Fabrique des Compétences charter.
# Staff operations need a token (npm run token -- --role admin) in the Headers tab:
# { "Authorization": "Bearer <token>" }
{
  companies(filter: { department: "14", search: "legallais" }) {
    edges {
      node {
        name
        sector
        commune { name }
        charter { status signedOn expiresOn }
        ambassadors { displayName jobTitle }
        events(upcoming: false) { title startsOn }
      }
    }
  }
}
`;

const startScript = `
const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(defaultQuery)},
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true,
  }),
);`;

const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Destination Métier — GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Chargement…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>`;

const cache = new Map<string, Buffer>();

/** GET /graphql from a browser (no query) shows GraphiQL; its files are under /graphiql/. */
export const graphiqlRoute: Route = (req: IncomingMessage, res: ServerResponse, url: URL) => {
  if (req.method !== 'GET') return false;
  if (url.pathname === '/graphiql/start.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    res.end(startScript);
    return true;
  }
  const asset = assets[url.pathname];
  if (asset) {
    let body = cache.get(url.pathname);
    if (!body) {
      body = readFileSync(asset.file());
      cache.set(url.pathname, body);
    }
    res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
    res.end(body);
    return true;
  }
  const wantsPage =
    (url.pathname === '/graphql' || url.pathname === '/') &&
    !url.searchParams.has('query') &&
    (req.headers.accept ?? '').includes('text/html');
  if (!wantsPage) return false;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy':
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:",
  });
  res.end(page);
  return true;
};
