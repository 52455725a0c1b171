import { loadSettings } from '../config.js';
import { isBudgetQaError } from '../errors.js';
import { buildIndex } from '../index/build-index.js';

/** `npm run index`: builds the index from corpus/ with the configured embedder. */
try {
  const settings = loadSettings();
  const { manifest } = await buildIndex(settings, { log: (message) => console.error(message) });
  console.log(`Built ${manifest.chunkCount} passages with ${manifest.embedder.name} (${manifest.embedder.dimension} dimensions) in ${manifest.buildMs} ms.`);
} catch (error) {
  console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
  process.exitCode = 1;
}
