import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

import { BRIDGE_CLIENT_PATH } from './bridge-paths.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json; charset=utf-8',
};

/**
 * index.html with the bridge client as a same-origin classic script placed before the app's
 * module script: classic scripts run at once, modules are deferred, so `window.kabinet` exists
 * before the app starts.
 */
export function injectBridgeScript(html: string): string {
  const tag = `<script src="${BRIDGE_CLIENT_PATH}"></script>`;
  const moduleScript = html.search(/<script\b[^>]*type=["']?module/i);
  if (moduleScript >= 0)
    return `${html.slice(0, moduleScript)}${tag}\n    ${html.slice(moduleScript)}`;
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('renderer index.html has neither a module script nor </head>');
  return `${html.slice(0, headEnd)}${tag}\n  ${html.slice(headEnd)}`;
}

/** Maps a URL path to a file under `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}

/**
 * Serves the built renderer. Paths without an extension fall back to index.html (history
 * routes); a missing asset is a 404.
 */
export async function serveStatic(
  root: string,
  urlPath: string,
  response: ServerResponse,
): Promise<void> {
  let file = resolveStaticPath(root, urlPath);
  if (file !== null && extname(file) === '' && !(await isFile(file)))
    file = join(root, 'index.html');
  if (file === null || !(await isFile(file))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const isIndex = file === join(root, 'index.html');
  const body = isIndex ? injectBridgeScript(await readFile(file, 'utf8')) : await readFile(file);
  response
    .writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    .end(body);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
