import { DEV_FILES, TEST_FILES } from './eval-files.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { QuestionAnswerer } from '../src/answer/answer-question.js';
import { addDocument } from '../src/corpus/add-document.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { DocumentEntry } from '../src/corpus/manifest.js';
import { buildIndex } from '../src/index/build-index.js';
import { loadIndex } from '../src/index/load-index.js';
import { readDocument } from '../src/ingest/read-document.js';
import { loadEvalSet, type EvalItem } from './eval-set.js';
import { blocksToDocx, launchChromium, layoutFromMarkdown, layoutFromPlainText, pressReleasePage, printPdf, reportHtml, slidesHtml, type LayoutBlock } from './render-corpus.js';
import { headlineOf, scoreItems, type Headline } from './eval-core.js';

/**
 * `npm run eval:renderings`: the five documents as their publishers put them out (render-corpus.ts:
 * slides and reports as PDF, the press release as an HTML page, the fact sheet also as Word), each
 * added with add-document into an empty corpus, indexed, and evaluated on the dev and test
 * questions beside the text corpus. Prints, per format, what was extracted against the text
 * (characters, blocks, tables, share of the text's 4-grams found), the time to read each document
 * and to rebuild the index after adding it, and the eval figures with their difference from the
 * text corpus. Reads whatever evals/test.jsonl holds.
 *
 *   npm run eval:renderings [-- --out DIR]   (DIR keeps the rendered files and corpora; default a temp dir, removed)
 *
 * For work on the readers and chunker, on the dev questions only (the report file is written only
 * when both sets are scored):
 *   --set dev             score the dev questions alone (test is never read)
 *   --files DIR           the rendered files of an earlier `--out` run (DIR/files), not rendered again
 *   --dump DIR            per question, per corpus (text, published, published-word): the outcome on
 *                         the dev questions as JSONL, for comparing formats; test items are never written
 *   --only NAME           one rendered corpus: published or published-word
 */

interface Rendering {
  /** The document's id in the text corpus. */
  entry: DocumentEntry;
  format: 'pdf' | 'html' | 'docx';
  file: string;
}

/** Which publication a text document is: its manifest's kind where it names one, else by its file type. */
function publicationOf(entry: DocumentEntry): 'slides' | 'report' | 'press-release' {
  if (entry.format === 'bilingual-slides') return 'slides';
  if (entry.format === 'press-release') return 'press-release';
  return 'report';
}

async function render(textCorpusDir: string, outDir: string, reuse?: string): Promise<{ published: Rendering[]; word: Rendering[] }> {
  const corpus = loadCorpus(textCorpusDir);
  if (reuse) {
    // Files rendered by an earlier run: the same names render() gives them.
    const published: Rendering[] = [];
    const word: Rendering[] = [];
    for (const document of corpus.documents) {
      const base = join(reuse, document.id);
      const format = existsSync(`${base}.html`) ? 'html' : 'pdf';
      published.push({ entry: document, format, file: `${base}.${format}` });
      if (existsSync(`${base}.docx`)) word.push({ entry: document, format: 'docx', file: `${base}.docx` });
    }
    return { published, word };
  }
  const browser = await launchChromium();
  const published: Rendering[] = [];
  const word: Rendering[] = [];
  try {
    for (const document of corpus.documents) {
      const layout: LayoutBlock[] = document.file.endsWith('.md') ? layoutFromMarkdown(document.text) : layoutFromPlainText(document.text);
      const kind = publicationOf(document);
      const base = join(outDir, 'files', document.id);
      mkdirSync(join(outDir, 'files'), { recursive: true });
      if (kind === 'press-release') {
        writeFileSync(`${base}.html`, pressReleasePage(layout, document.title.zh));
        published.push({ entry: document, format: 'html', file: `${base}.html` });
      } else {
        writeFileSync(`${base}.pdf`, await printPdf(browser, kind === 'slides' ? slidesHtml(layout) : reportHtml(layout), { slides: kind === 'slides' }));
        published.push({ entry: document, format: 'pdf', file: `${base}.pdf` });
      }
      // The fact sheet (and any document of no named kind) is also handed out as a Word file.
      if (document.format === 'fact-sheet' || document.format === undefined) {
        writeFileSync(`${base}.docx`, await blocksToDocx(layout));
        word.push({ entry: document, format: 'docx', file: `${base}.docx` });
      }
    }
  } finally {
    await browser.close();
  }
  return { published, word };
}

/** Text without spaces, as 4-grams: how much of the text the extraction holds, in order locally. */
function grams(text: string): Set<string> {
  const compact = text.normalize('NFKC').toLowerCase().replace(/[\s*#\\|>]+/g, '');
  const set = new Set<string>();
  for (let position = 0; position + 4 <= compact.length; position++) set.add(compact.slice(position, position + 4));
  return set;
}

function recall(reference: string, extracted: string): number {
  const wanted = grams(reference);
  const found = grams(extracted);
  let hit = 0;
  for (const gram of wanted) if (found.has(gram)) hit++;
  return wanted.size ? hit / wanted.size : 1;
}

interface ExtractionRow {
  id: string;
  format: string;
  textChars: number;
  extractedChars: number;
  recall: number;
  blocks: Record<string, number>;
  textTables: number;
  tableRows: number;
  readMs: number;
  indexMs: number;
  addMs: number;
}

/** An empty corpus (terminology only), the renderings added one by one with add-document. */
async function buildRenderedCorpus(name: string, renderings: Rendering[], root: string, textCorpusDir: string, textById: Map<string, string>): Promise<{ settings: Settings; rows: ExtractionRow[] }> {
  const corpusDir = join(root, name, 'corpus');
  const indexDir = join(root, name, 'index');
  mkdirSync(corpusDir, { recursive: true });
  copyFileSync(join(textCorpusDir, 'terminology.json'), join(corpusDir, 'terminology.json'));
  const settings = { corpusDir, indexDir, embedder: 'concept' as const, model: '' };
  const rows: ExtractionRow[] = [];
  for (const rendering of renderings) {
    const bytes = readFileSync(rendering.file);
    const readStarted = performance.now();
    const read = await readDocument(bytes, rendering.file);
    const readMs = performance.now() - readStarted;
    const started = performance.now();
    const { entry, build } = await addDocument(settings, {
      file: rendering.file,
      id: rendering.entry.id,
      titleEn: rendering.entry.title.en,
      titleZh: rendering.entry.title.zh,
      publisherEn: rendering.entry.publisher.en,
      publisherZh: rendering.entry.publisher.zh,
      date: rendering.entry.date,
      budgetYear: rendering.entry.budgetYear,
    });
    const addMs = performance.now() - started;
    const text = textById.get(entry.id) ?? '';
    const blocks: Record<string, number> = {};
    for (const block of read.blocks) blocks[block.kind] = (blocks[block.kind] ?? 0) + 1;
    rows.push({
      id: entry.id,
      format: rendering.format,
      textChars: text.replace(/\s+/g, '').length,
      extractedChars: read.text.replace(/\s+/g, '').length,
      recall: recall(text, read.text),
      blocks,
      textTables: countTextTables(text),
      tableRows: read.blocks.filter((block) => block.kind === 'table').reduce((sum, block) => sum + (block.kind === 'table' ? block.rows.length : 0), 0),
      readMs,
      indexMs: build.manifest.buildMs,
      addMs,
    });
  }
  return { settings, rows };
}

type Settings = { corpusDir: string; indexDir: string; embedder: 'concept'; model: string };

/** Tables in the text: runs of tab-separated or pipe lines. */
function countTextTables(text: string): number {
  let tables = 0;
  let inTable = false;
  for (const line of text.split('\n')) {
    const row = line.includes('\t') || /^\s*\|.*\|\s*$/.test(line);
    if (row && !inTable) tables++;
    inTable = row;
  }
  return tables;
}

type Figures = Headline & { questions: number };

/** The eval's headline figures for one question set on one index: evals/eval-core.ts, as `npm run eval` scores them. */
async function evaluate(settings: Settings, items: EvalItem[], languagesOf: Map<string, string[]>, dump?: string): Promise<Figures> {
  if (items.length === 0) return { questions: 0, accuracy: null, evidenceCited: null, crossLingualAccuracy: null, falseAbstention: null, correctAbstention: null, languageMatch: null, hitAt5: null };
  const index = await loadIndex(settings);
  const answerer = new QuestionAnswerer(index);
  // Cross-lingual as the text corpus's manifest says (the same questions in every corpus).
  const results = await scoreItems(answerer, index, items, { set: 'renderings', modes: ['fused+rerank'], languagesOf: (id) => languagesOf.get(id) ?? [] });
  if (dump) {
    const rows = results.map((result) => ({
      id: result.item.id,
      answerable: result.item.answerable,
      correct: result.correct,
      abstained: result.answer.abstained,
      evidenceCited: result.evidenceCited,
      rank: result.ranks['fused+rerank'] ?? null,
      answer: result.answer.answer,
      citations: result.answer.citations.map((citation) => citation.chunkId),
    }));
    writeFileSync(dump, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  }
  return { questions: items.length, ...headlineOf(results) };
}

const FIGURE_LABELS: Array<[keyof Figures, string]> = [
  ['accuracy', 'answer accuracy'],
  ['evidenceCited', 'evidence cited'],
  ['crossLingualAccuracy', 'cross-lingual accuracy'],
  ['falseAbstention', 'false abstention'],
  ['correctAbstention', 'correct abstention'],
  ['hitAt5', 'gold evidence in top 5'],
];

const fmt = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      corpus: { type: 'string', default: 'corpus' },
      set: { type: 'string', default: 'all' },
      files: { type: 'string' },
      dump: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (!['all', 'dev'].includes(values.set!)) throw new Error(`--set ${values.set}: give dev (or leave it out for dev and test).`);
  const devOnly = values.set === 'dev';
  const dumpDir = values.dump ? resolve(values.dump) : undefined;
  if (dumpDir) mkdirSync(dumpDir, { recursive: true });
  const dumpOf = (set: 'dev' | 'test', corpus: string) => (dumpDir && set === 'dev' ? join(dumpDir, `${corpus}.dev.jsonl`) : undefined);
  const root = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'budget-qa-renderings-'));
  if (values.out) rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const textCorpusDir = resolve(values.corpus!);
  const textCorpus = loadCorpus(textCorpusDir);
  const textById = new Map(textCorpus.documents.map((document) => [document.id, document.text]));
  const languagesOf = new Map(textCorpus.documents.map((document) => [document.id, document.languages as string[]]));
  const sets = {
    dev: DEV_FILES.filter((file) => existsSync(file)).flatMap((file) => loadEvalSet(file)),
    test: devOnly ? [] : TEST_FILES.filter((file) => existsSync(file)).flatMap((file) => loadEvalSet(file)),
  };
  const reuse = values.files ? resolve(values.files) : undefined;

  try {
    console.error(reuse ? `reading the renderings in ${reuse}…` : `rendering the ${textCorpus.documents.length} documents with Chromium…`);
    const { published, word } = await render(textCorpusDir, root, reuse);
    const wordIds = new Set(word.map((rendering) => rendering.entry.id));
    const corpora: Array<{ name: string; label: string; renderings: Rendering[] }> = [
      { name: 'published', label: 'as published (slides and reports PDF, press release HTML)', renderings: published },
      { name: 'published-word', label: 'the same with the fact sheet as Word', renderings: published.map((rendering) => (wordIds.has(rendering.entry.id) ? word.find((other) => other.entry.id === rendering.entry.id)! : rendering)) },
    ].filter((corpus) => !values.only || corpus.name === values.only);

    // The text corpus, built the same way (one index build) for the reference figures.
    const textSettings: Settings = { corpusDir: join(root, 'text', 'corpus'), indexDir: join(root, 'text', 'index'), embedder: 'concept', model: '' };
    mkdirSync(textSettings.corpusDir, { recursive: true });
    for (const file of ['manifest.json', 'terminology.json', ...textCorpus.documents.map((document) => document.file)]) copyFileSync(join(textCorpusDir, file), join(textSettings.corpusDir, file));
    console.error('building the text corpus index…');
    const textBuild = await buildIndex(textSettings);
    const reference = { dev: await evaluate(textSettings, sets.dev, languagesOf, dumpOf('dev', 'text')), test: await evaluate(textSettings, sets.test, languagesOf) };

    const lines: string[] = [];
    lines.push(`# The documents as published (npm run eval:renderings, ${new Date().toISOString()})`, '');
    lines.push(`Text corpus: ${textBuild.manifest.chunkCount} passages, index built in ${textBuild.manifest.buildMs} ms. Questions: dev ${sets.dev.length}, test ${sets.test.length} (evals/test.jsonl as it is now).`, '');
    for (const corpus of corpora) {
      console.error(`adding ${corpus.renderings.length} renderings to an empty corpus (${corpus.name})…`);
      const { settings, rows } = await buildRenderedCorpus(corpus.name, corpus.renderings, root, textCorpusDir, textById);
      const index = await loadIndex(settings);
      lines.push(`## ${corpus.label}`, '');
      lines.push('| document | format | text chars | extracted chars | text 4-grams found | blocks (heading / paragraph / list item / table) | tables in text / read (rows) | read ms | add-document ms (index rebuild ms) |');
      lines.push('|---|---|---|---|---|---|---|---|---|');
      for (const row of rows) {
        const tables = row.blocks.table ?? 0;
        lines.push(
          `| ${row.id} | ${row.format} | ${row.textChars} | ${row.extractedChars} | ${(row.recall * 100).toFixed(1)}% | ${row.blocks.heading ?? 0} / ${row.blocks.paragraph ?? 0} / ${row.blocks['list-item'] ?? 0} / ${tables} | ${row.textTables} / ${tables} (${row.tableRows}) | ${Math.round(row.readMs)} | ${Math.round(row.addMs)} (${row.indexMs}) |`,
        );
      }
      lines.push('', `${index.chunks.length} passages (text corpus: ${textBuild.manifest.chunkCount}).`, '');
      const figures = { dev: await evaluate(settings, sets.dev, languagesOf, dumpOf('dev', corpus.name)), test: await evaluate(settings, sets.test, languagesOf) };
      lines.push('| figure | dev: text | dev: rendered | dev: difference | test: text | test: rendered | test: difference |', '|---|---|---|---|---|---|---|');
      for (const [key, label] of FIGURE_LABELS) {
        const cells = (['dev', 'test'] as const).flatMap((set) => {
          const a = reference[set][key];
          const b = figures[set][key];
          return [fmt(a), fmt(b), a === null || b === null ? '—' : signed(b - a)];
        });
        lines.push(`| ${label} | ${cells.join(' | ')} |`);
      }
      if (!devOnly) {
        const gap = (figures.test.accuracy ?? 0) - (reference.test.accuracy ?? 0);
        lines.push('', `Test answer accuracy ${gap >= -0.03 ? 'within' : 'NOT within'} 0.03 of the text corpus (${signed(gap)}).`, '');
      }
    }
    const report = `${lines.join('\n')}\n`;
    if (!devOnly && !values.only) writeFileSync(join('evals', 'renderings-report.md'), report);
    console.log(report);
  } finally {
    if (!values.out) rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
