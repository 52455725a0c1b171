/**
 * One catalogue of error codes. Each code has a message template that tells the reader
 * what to do, and the HTTP status the server answers with (mapped in one place: server/errors).
 */
export const ERROR_CATALOGUE = {
  QUESTION_EMPTY: { status: 400, hint: 'Type a question: the text is empty.' },
  QUESTION_TOO_LONG: { status: 413, hint: 'Shorten the question.' },
  CONVERSATION_TOO_LONG: { status: 413, hint: 'Send fewer or shorter earlier turns (the last few are enough to resolve a follow-up).' },
  REQUEST_INVALID: { status: 400, hint: 'Check the request body against the API in README.md.' },
  REQUEST_MALFORMED_JSON: { status: 400, hint: 'Send a valid JSON body.' },
  REQUEST_UNSUPPORTED_MEDIA: { status: 415, hint: 'Send Content-Type: application/json.' },
  REQUEST_TOO_LARGE: { status: 413, hint: 'Send a smaller request body.' },
  RATE_LIMITED: { status: 429, hint: 'Wait and try again.' },
  MODEL_NOT_FOUND: { status: 404, hint: 'Use the model "budget-qa" (GET /v1/models lists it).' },
  REQUEST_TIMEOUT: { status: 408, hint: 'Send the whole request promptly.' },
  SERVER_BUSY: { status: 503, hint: 'Too many open connections: try again in a moment.' },
  SERVER_SHUTTING_DOWN: { status: 503, hint: 'The server is restarting: ask again in a moment.' },
  NOT_FOUND: { status: 404, hint: 'Check the address.' },
  PASSAGE_NOT_FOUND: { status: 404, hint: 'Check the chunk id: passages are listed in citations.' },
  MANIFEST_INVALID: { status: 500, hint: 'Fix corpus/manifest.json.' },
  CORPUS_FILE_MISSING: { status: 500, hint: 'Restore the file or remove it from corpus/manifest.json.' },
  CORPUS_FILE_INVALID: { status: 500, hint: 'Fix the file named in the message.' },
  DOCUMENT_UNSUPPORTED: { status: 415, hint: 'Give a .pdf, .html, .docx, .md or .txt file.' },
  DOCUMENT_UNREADABLE: { status: 422, hint: 'The file is damaged or not what its name says: save or download it again.' },
  DOCUMENT_ENCRYPTED: { status: 422, hint: 'Save the PDF without a password (or ask the publisher for an open copy).' },
  DOCUMENT_NO_TEXT: { status: 422, hint: 'The file has no text to read (an empty page, or a scanned PDF with no text layer): use the text version of the document.' },
  DOCUMENT_ID_TAKEN: { status: 409, hint: 'Choose another --id, or remove the existing document first (npm run remove-document -- ID).' },
  DOCUMENT_NOT_FOUND: { status: 404, hint: 'Check the id against corpus/manifest.json.' },
  DOCUMENT_FIELD_MISSING: { status: 400, hint: 'Give the field named in the message on the command line.' },
  TERMINOLOGY_INVALID: { status: 500, hint: 'Fix corpus/terminology.json.' },
  INDEX_MISSING: { status: 503, hint: 'Run `npm run index` to build it.' },
  INDEX_STALE: { status: 503, hint: 'Run `npm run index` to rebuild it.' },
  INDEX_CORRUPT: { status: 503, hint: 'Run `npm run index` to rebuild it.' },
  INDEX_READ_ONLY: { status: 503, hint: 'Make INDEX_DIR writable, or point INDEX_DIR at a writable directory, so the index can be built.' },
  EMBEDDER_UNAVAILABLE: { status: 503, hint: 'Check EMBEDDER and MODEL, or unset them to use the embedded default.' },
  LLM_UNAVAILABLE: { status: 502, hint: 'Check LLM_BASE_URL and LLM_MODEL, or unset them to answer extractively.' },
  CONFIG_INVALID: { status: 500, hint: 'Fix the environment variable named in the message.' },
  EVAL_FILE_INVALID: { status: 500, hint: 'Fix the eval file named in the message.' },
  INTERNAL: { status: 500, hint: 'This is a bug: please report it with the request id.' },
} as const satisfies Record<string, { status: number; hint: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class BudgetQaError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BudgetQaError';
    this.code = code;
    this.details = options?.details;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }

  get hint(): string {
    return ERROR_CATALOGUE[this.code].hint;
  }

  /** The message a person reads: what happened, then what to do. */
  get readable(): string {
    return `${this.message} ${this.hint}`;
  }
}

export function isBudgetQaError(error: unknown): error is BudgetQaError {
  return error instanceof BudgetQaError;
}
