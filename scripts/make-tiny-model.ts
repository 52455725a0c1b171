/**
 * Writes a tiny BERT-shaped sentence-embedding model with random (seeded) weights and its tokenizer
 * files, so the neural embedding path — @huggingface/transformers loading a local model directory,
 * tokenising, running ONNX, mean pooling, normalising, indexing — is proven without a model hub.
 *
 *   npx tsx scripts/make-tiny-model.ts [outDir]     (default src/embed/tiny-model)
 *
 * Graph: last_hidden_state = tanh((WordEmb[input_ids] + TypeEmb[token_type_ids] + PosEmb[positions]) · W + b).
 * The vocabulary is the corpus's most frequent Chinese characters and English words, plus [PAD]
 * [UNK] [CLS] [SEP] [MASK]. Output is deterministic: the same corpus gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';

// onnx-proto is CommonJS: its namespace is the default export's `onnx`.
const { onnx } = onnxProto as unknown as { onnx: typeof OnnxTypes };
type ITensorProto = OnnxTypes.ITensorProto;
type IValueInfoProto = OnnxTypes.IValueInfoProto;
type IAttributeProto = OnnxTypes.IAttributeProto;
type INodeProto = OnnxTypes.INodeProto;
type IGraphProto = OnnxTypes.IGraphProto;
type IModelProto = OnnxTypes.IModelProto;

const HIDDEN = 32;
const MAX_POSITIONS = 128;
const CJK_TOKENS = 700;
const WORD_TOKENS = 600;
const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

/** mulberry32: a small seeded generator, so the weights are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weights(count: number, scale: number, next: () => number): Float32Array {
  return Float32Array.from({ length: count }, () => (next() * 2 - 1) * scale);
}

function buildVocabulary(corpusDir: string): string[] {
  const text = readdirSync(corpusDir)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
    .sort()
    .map((name) => readFileSync(join(corpusDir, name), 'utf8'))
    .join('\n');
  const count = (items: string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([item]) => item);
  };
  const characters = count(text.match(/[\u4e00-\u9fff]/g) ?? []).slice(0, CJK_TOKENS);
  const words = count((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length > 1)).slice(0, WORD_TOKENS);
  const singles = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  const pieces = singles.map((char) => `##${char}`);
  return [...SPECIAL, ...new Set([...singles, ...pieces, ...words, ...characters])];
}

function tensor(name: string, dims: number[], data: Float32Array): ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(data.buffer.slice(0)) };
}

function int64Tensor(name: string, values: number[]): ITensorProto {
  return { name, dims: [values.length], dataType: onnx.TensorProto.DataType.INT64, int64Data: values };
}

function valueInfo(name: string, elemType: number, dims: Array<string | number>): IValueInfoProto {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((dim) => (typeof dim === 'string' ? { dimParam: dim } : { dimValue: dim })) } } },
  };
}

function buildModel(vocabularySize: number): Uint8Array {
  const next = random(20250227);
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const node = (opType: string, input: string[], output: string[], attribute: IAttributeProto[] = []): INodeProto => ({ opType, input, output, name: output[0], attribute });
  const graph: IGraphProto = {
    name: 'tiny-bert',
    initializer: [
      tensor('word_embeddings', [vocabularySize, HIDDEN], weights(vocabularySize * HIDDEN, 1, next)),
      tensor('token_type_embeddings', [2, HIDDEN], weights(2 * HIDDEN, 0.1, next)),
      tensor('position_embeddings', [MAX_POSITIONS, HIDDEN], weights(MAX_POSITIONS * HIDDEN, 0.1, next)),
      tensor('dense_weight', [HIDDEN, HIDDEN], weights(HIDDEN * HIDDEN, 0.5, next)),
      tensor('dense_bias', [HIDDEN], weights(HIDDEN, 0.1, next)),
      int64Tensor('zero', [0]),
      int64Tensor('one', [1]),
    ],
    node: [
      node('Gather', ['word_embeddings', 'input_ids'], ['words']),
      node('Gather', ['token_type_embeddings', 'token_type_ids'], ['types']),
      // positions = range(0, seq_len)
      node('Shape', ['input_ids'], ['ids_shape']),
      node('Gather', ['ids_shape', 'one'], ['seq_len'], [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }]),
      node('Squeeze', ['seq_len'], ['seq_len_scalar']),
      node('Squeeze', ['zero'], ['zero_scalar']),
      node('Squeeze', ['one'], ['one_scalar']),
      node('Range', ['zero_scalar', 'seq_len_scalar', 'one_scalar'], ['positions']),
      node('Gather', ['position_embeddings', 'positions'], ['position_vectors']),
      node('Add', ['words', 'types'], ['words_types']),
      node('Add', ['words_types', 'position_vectors'], ['embeddings']),
      node('MatMul', ['embeddings', 'dense_weight'], ['projected']),
      node('Add', ['projected', 'dense_bias'], ['biased']),
      node('Tanh', ['biased'], ['last_hidden_state']),
    ],
    input: [
      valueInfo('input_ids', INT64, ['batch_size', 'sequence_length']),
      valueInfo('attention_mask', INT64, ['batch_size', 'sequence_length']),
      valueInfo('token_type_ids', INT64, ['batch_size', 'sequence_length']),
    ],
    output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'sequence_length', HIDDEN])],
  };
  // attention_mask is an input (BERT's signature) used by mean pooling outside the graph; an
  // Identity keeps it in the graph so runtimes do not prune or reject it.
  graph.node!.push(node('Identity', ['attention_mask'], ['attention_mask_unused']));
  graph.output!.push(valueInfo('attention_mask_unused', INT64, ['batch_size', 'sequence_length']));
  const model: IModelProto = {
    irVersion: 8,
    producerName: 'budget-qa/scripts/make-tiny-model.ts',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function tokenizerJson(vocabulary: string[]) {
  const ids = Object.fromEntries(vocabulary.map((token, id) => [token, id]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

function main() {
  const outDir = process.argv[2] ?? 'src/embed/tiny-model';
  const vocabulary = buildVocabulary('corpus');
  mkdirSync(join(outDir, 'onnx'), { recursive: true });
  writeFileSync(join(outDir, 'onnx', 'model.onnx'), buildModel(vocabulary.length));
  writeFileSync(join(outDir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocabulary)));
  writeFileSync(
    join(outDir, 'tokenizer_config.json'),
    JSON.stringify(
      { tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: MAX_POSITIONS, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]', tokenize_chinese_chars: true },
      null,
      2,
    ),
  );
  writeFileSync(
    join(outDir, 'config.json'),
    JSON.stringify(
      { architectures: ['BertModel'], model_type: 'bert', hidden_size: HIDDEN, vocab_size: vocabulary.length, max_position_embeddings: MAX_POSITIONS, num_attention_heads: 1, num_hidden_layers: 1, intermediate_size: HIDDEN, type_vocab_size: 2 },
      null,
      2,
    ),
  );
  console.log(`wrote ${outDir}: ${vocabulary.length} tokens, hidden size ${HIDDEN}`);
}

main();
