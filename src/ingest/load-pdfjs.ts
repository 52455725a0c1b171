/**
 * pdf.js, imported the first time a PDF is read (a corpus without PDFs never loads it). Its legacy
 * build installs core-js polyfills of `JSON.stringify` and `JSON.parse` (for JSON.rawJSON, which
 * Node 20 lacks) that stay for the life of the process: the polyfilled stringify is about ten times
 * slower, and an index build writes its passages, docstore and tables through it. pdf.js does not
 * need them, so the native functions are put back once it is loaded.
 */

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const { stringify, parse } = JSON;
    try {
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      JSON.stringify = stringify;
      JSON.parse = parse;
    }
  })();
  return loading;
}
