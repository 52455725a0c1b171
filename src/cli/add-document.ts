import { parseArgs } from 'node:util';
import { loadSettings } from '../config.js';
import { addDocument } from '../corpus/add-document.js';
import { BudgetQaError, isBudgetQaError } from '../errors.js';

/**
 * `npm run add-document -- FILE --id ID [--title-en … --title-zh … --publisher-en … --publisher-zh …
 * --date YYYY-MM[-DD] --budget-year YYYY-YY]`: copies the file into corpus/, writes its manifest entry
 * and rebuilds the index.
 */
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      'title-en': { type: 'string' },
      'title-zh': { type: 'string' },
      'publisher-en': { type: 'string' },
      'publisher-zh': { type: 'string' },
      date: { type: 'string' },
      'budget-year': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new BudgetQaError('DOCUMENT_FIELD_MISSING', 'Give exactly one FILE: npm run add-document -- FILE --id ID ….');
  if (!values.id) throw new BudgetQaError('DOCUMENT_FIELD_MISSING', 'Give --id (lower-case letters, digits and dashes, e.g. budget-2026-27-itib).');
  const { entry, build } = await addDocument(
    loadSettings(),
    {
      file,
      id: values.id,
      titleEn: values['title-en'],
      titleZh: values['title-zh'],
      publisherEn: values['publisher-en'],
      publisherZh: values['publisher-zh'],
      date: values.date,
      budgetYear: values['budget-year'],
    },
    (message) => console.error(message),
  );
  console.log(`Added "${entry.id}" (${entry.file}: ${entry.title.en} / ${entry.title.zh}, ${entry.date}, budget year ${entry.budgetYear}, ${entry.languages.join(' + ')}); the index now holds ${build.manifest.chunkCount} passages, built in ${build.manifest.buildMs} ms.`);
} catch (error) {
  console.error(isBudgetQaError(error) ? `${error.code}: ${error.readable}` : error);
  process.exitCode = 1;
}
