import { loadSettings } from '../config.js';
import { removeDocument } from '../corpus/add-document.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';

/** `npm run remove-document -- ID`: removes the document's manifest entry and file, and rebuilds the index. */
try {
  const id = process.argv[2];
  if (!id || process.argv.length > 3) throw new BudgetQaError('DOCUMENT_FIELD_MISSING', 'Give exactly one id: npm run remove-document -- ID.');
  const { entry, build } = await removeDocument(loadSettings(), id, (message) => console.error(message));
  console.log(`Removed "${entry.id}" (${entry.file}); the index now holds ${build.manifest.chunkCount} passages, built in ${build.manifest.buildMs} ms.`);
} catch (error) {
  console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
  process.exitCode = 1;
}
