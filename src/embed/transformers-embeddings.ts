import { Embeddings } from '@langchain/core/embeddings';
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { BudgetQaError } from '../errors.js';

/**
 * The neural path: a multilingual sentence-embedding model through @huggingface/transformers
 * (default Xenova/multilingual-e5-small with its "query: " / "passage: " prefixes), from the hub
 * when it can be reached or from a local directory. Mean pooling, L2-normalised.
 */

export const TRANSFORMERS_EMBEDDER_NAME = 'transformers';

export interface TransformersEmbeddingsOptions {
  /** A hub id or a local directory holding config.json, tokenizer files and onnx/model.onnx. */
  model: string;
  /** Prefixes the model was trained with; e5 wants "query: " and "passage: ". */
  queryPrefix?: string;
  passagePrefix?: string;
  /** Called while weights load, with a percentage. */
  onProgress?: (message: string) => void;
  batchSize?: number;
}

type FeatureExtractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

export function isE5Model(model: string): boolean {
  return /e5/i.test(model);
}

export class TransformersEmbeddings extends Embeddings {
  private extractor?: Promise<FeatureExtractor>;
  readonly model: string;
  private readonly queryPrefix: string;
  private readonly passagePrefix: string;
  private readonly batchSize: number;

  constructor(private readonly options: TransformersEmbeddingsOptions) {
    super({});
    this.model = options.model;
    this.queryPrefix = options.queryPrefix ?? (isE5Model(options.model) ? 'query: ' : '');
    this.passagePrefix = options.passagePrefix ?? (isE5Model(options.model) ? 'passage: ' : '');
    this.batchSize = options.batchSize ?? 16;
  }

  private load(): Promise<FeatureExtractor> {
    this.extractor ??= (async () => {
      const transformers = await import('@huggingface/transformers');
      // A path (absolute, ./ or ../) is a local directory even when it does not exist, so the message fits.
      const isLocal = existsSync(this.model) || isAbsolute(this.model) || /^\.{1,2}[\\/]/.test(this.model);
      if (isLocal) {
        transformers.env.allowLocalModels = true;
        transformers.env.localModelPath = '';
      }
      transformers.env.allowRemoteModels = !isLocal;
      const seen = new Map<string, number>();
      try {
        const pipe = await transformers.pipeline('feature-extraction', this.model, {
          dtype: 'fp32',
          local_files_only: isLocal,
          progress_callback: (event: { status: string; file?: string; progress?: number }) => {
            if (event.status === 'progress' && event.file && typeof event.progress === 'number') {
              const step = Math.floor(event.progress / 10);
              if (seen.get(event.file) !== step) {
                seen.set(event.file, step);
                this.options.onProgress?.(`loading ${event.file}: ${'█'.repeat(step)}${'░'.repeat(10 - step)} ${Math.round(event.progress)}%`);
              }
            }
          },
        });
        return pipe as unknown as FeatureExtractor;
      } catch (error) {
        this.extractor = undefined;
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new BudgetQaError(
          'EMBEDDER_UNAVAILABLE',
          `The model "${this.model}" could not be loaded (${reason}). ${isLocal ? 'Check that the directory holds config.json, tokenizer.json and onnx/model.onnx.' : 'The model hub cannot be reached from this machine: download the model elsewhere and set MODEL to its local directory.'}`,
          { cause: error },
        );
      }
    })();
    return this.extractor;
  }

  private async embed(texts: string[]): Promise<number[][]> {
    const extractor = await this.load();
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const output = await extractor(texts.slice(start, start + this.batchSize), { pooling: 'mean', normalize: true });
      vectors.push(...output.tolist());
    }
    return vectors;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return this.embed(documents.map((document) => this.passagePrefix + document));
  }

  async embedQuery(document: string): Promise<number[]> {
    const [vector] = await this.embed([this.queryPrefix + document]);
    return vector!;
  }
}
