import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/**
 * The web UI's files, read once at start into memory and served by exact path only: a request
 * path is looked up in this map, never joined onto the file system, so `/../` cannot escape.
 */
export type StaticFiles = Map<string, { body: Uint8Array; contentType: string }>;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

export function loadStaticFiles(directory: string): StaticFiles {
  const files: StaticFiles = new Map();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const contentType = CONTENT_TYPES[extname(name)];
      if (!contentType || name.includes('.test.')) continue;
      files.set(`/${relative(directory, path).split('\\').join('/')}`, { body: readFileSync(path), contentType });
    }
  };
  walk(directory);
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
