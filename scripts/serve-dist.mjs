// Serves the built site (dist/) on 127.0.0.1 like a static host: directory index.html, the redirects
// of dist/_redirects for paths with no file, 404.html for the rest, and the HTTP headers of
// dist/_headers (the Content-Security-Policy among them).
// Files are served by sirv, which only answers for files that exist under the root (so no `..`
// escape) and tolerates malformed %-escapes. Used by `npm run preview`, `npm start` and the tests.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';
import { parseRedirectsFile, redirectFor } from './lib/redirects-file.mjs';

/** Host configuration files that a static host reads and never serves. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

/**
 * Starts a static server over `root`; resolves with the server and its base URL.
 * @param {string} [root]
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve(root = 'dist', port = 0) {
  const base = resolve(root);
  const headersFile = join(base, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const redirectsFile = join(base, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirectsFile(readFileSync(redirectsFile, 'utf8')) : [];
  const notFound = join(base, '404.html');
  const files = sirv(base, { dev: false, etag: true, dotfiles: false });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    const missing = () => {
      const redirect = HIDDEN.has(path) ? undefined : redirectFor(redirects, path);
      if (redirect) return void res.writeHead(redirect.status, { location: redirect.location }).end();
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    };
    if (HIDDEN.has(path)) return missing();
    files(req, res, missing);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync('dist/index.html')) {
    console.error('dist/ has no built site: run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve('dist', port);
  console.log(`Serving dist/ at ${url}/ (Ctrl-C to stop)`);
}
