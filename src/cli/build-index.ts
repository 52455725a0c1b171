import { loadSettings } from '../config.js';
import { isBudgetQaError } from '../errors.js';
import { buildIndex } from '../index/build-index.js';

/** `npm run index`: builds the index from corpus/ with the configured embedder. */
async function main() {
  try {
    const settings = loadSettings();
    const { manifest } = await buildIndex(settings, { log: (message) => console.error(message) });
    console.log(`Built ${manifest.chunkCount} passages with ${manifest.embedder.name} (${manifest.embedder.dimension} dimensions) in ${manifest.buildMs} ms.`);
  } catch (error) {
    console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
    process.exitCode = 1;
  }
}

// Not a top-level await: the bundle of this module (dist/index-builder.bundle.cjs) is a script.
void main();
