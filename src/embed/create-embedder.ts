import type { Embeddings } from '@langchain/core/embeddings';
import type { Settings } from '../config.js';
import type { EmbedderDescription } from '../index/index-manifest.js';
import type { SearchText } from '../text/search-text.js';
import {
  CONCEPT_EMBEDDER_NAME,
  CONCEPT_EMBEDDER_VERSION,
  ConceptEmbeddings,
  fitConceptModelKeepingFeatures,
  type ConceptModel,
} from './concept-embeddings.js';
import { TRANSFORMERS_EMBEDDER_NAME, TransformersEmbeddings } from './transformers-embeddings.js';

/** An embedder with what the index manifest records of it and the state it saves. */
export interface EmbedderHandle {
  embeddings: Embeddings;
  description: Omit<EmbedderDescription, 'dimension'>;
  /** Saved beside the index (the concept model's idf table); undefined for the neural path. */
  state?: ConceptModel;
  /** The vector of the build's passage at `position`, without analysing it again (the default embedder). */
  passageVector?: (position: number) => number[];
}

export function describeEmbedder(settings: Pick<Settings, 'embedder' | 'model'>): Omit<EmbedderDescription, 'dimension'> {
  return settings.embedder === 'transformers'
    ? { name: TRANSFORMERS_EMBEDDER_NAME, version: '3', model: settings.model }
    : { name: CONCEPT_EMBEDDER_NAME, version: CONCEPT_EMBEDDER_VERSION };
}

/** For building: fits the default embedder on the passages, or opens the neural model. */
/** Whether a build with these settings fits the embedded concept model (any embedder but a neural model). */
export function usesConceptModel(settings: Pick<Settings, 'embedder'>): boolean {
  return settings.embedder !== 'transformers';
}

export function createEmbedderForBuild(
  settings: Pick<Settings, 'embedder' | 'model'>,
  searchText: SearchText,
  passages: string[],
  onProgress?: (message: string) => void,
  /** The concept model already fitted on `passages` (an index build fits it as it reads them). */
  fitted?: { model: ConceptModel; vectorOf: (position: number) => number[] },
): EmbedderHandle {
  if (!usesConceptModel(settings)) {
    return { embeddings: new TransformersEmbeddings({ model: settings.model, onProgress }), description: describeEmbedder(settings) };
  }
  const { model: state, vectorOf } = fitted ?? fitConceptModelKeepingFeatures(searchText, passages);
  return { embeddings: new ConceptEmbeddings(searchText, state), description: describeEmbedder(settings), state, passageVector: vectorOf };
}

/** For querying: the embedder an index was built with, from its saved state. */
export function createEmbedderForQuery(
  settings: Pick<Settings, 'embedder' | 'model'>,
  searchText: SearchText,
  state: ConceptModel | undefined,
  onProgress?: (message: string) => void,
): Embeddings {
  if (settings.embedder === 'transformers') return new TransformersEmbeddings({ model: settings.model, onProgress });
  if (!state) throw new Error('the concept embedder needs its saved model');
  return new ConceptEmbeddings(searchText, state);
}
