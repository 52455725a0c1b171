import { readFileSync } from 'node:fs';

/** The node flags `npm start` runs the server with (read from package.json, so tests run it the same way). */
export const SERVER_NODE_FLAGS: string[] = (() => {
  const start: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
  return start.split(/\s+/).filter((part) => part.startsWith('--max-old-space-size'));
})();
