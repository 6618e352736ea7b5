// Serves dist/ on http://localhost:8080 (or $PORT): a tiny static server with the right MIME
// types, so that the .wasm streams and compiles. `serve()` is used by the end-to-end tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};

/** Every page runs under a strict policy: no inline script, no eval, only this origin. */
export const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'";
/**
 * The one page that needs more: the block editor's standalone build (isolated-block-editor
 * 2.26.0) combines its data stores' reducers with `new Function` (turbo-combine-reducers, in
 * @wordpress/data), so it does not start without 'unsafe-eval'. The widget needs none of it.
 */
export const CSP_EXCEPTIONS = {
  '/embed/gutenberg.html': CSP.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'"),
};

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Serves `root` on `port` (0 picks a free one). Resolves to the server and its base URL. */
export function serve({ root = DIST, port = 8080, extra = {} } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (extra[path]) {
      const [type, body] = extra[path];
      res.writeHead(200, { 'content-type': type });
      return res.end(body);
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const inside = file.startsWith(root + sep) || file === root;
    let stat;
    try {
      stat = inside && statSync(file);
    } catch {
      stat = null;
    }
    if (!stat || !stat.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end(`not found: ${path}\n`);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(type.startsWith('text/html') && { 'content-security-policy': CSP_EXCEPTIONS[path] ?? CSP }) });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://localhost:${server.address().port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  serve({ port }).then(({ url }) => {
    console.log(`\x1b[1m[serve]\x1b[0m factcheck demo: ${url}  embed pages: ${url}embed/ textarea.html, contenteditable.html, tinymce.html, prosemirror.html, lexical.html, quill.html, ckeditor5.html, gutenberg.html  (Ctrl+C stops)`);
  }, (error) => {
    console.error(`[serve] could not listen on port ${port}: ${error.message}. Set PORT to another port.`);
    process.exit(2);
  });
}
