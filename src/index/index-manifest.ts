import { z } from 'zod';

/**
 * 2: the sparse index is a binary file of typed arrays (sparse.bin), no longer sparse.json.
 * 3: passages' terms changed (acronyms that read as stop words kept as i.t; shares written as fractions as
 *    percentages), so an index of format 2 would hold terms questions no longer ask for: it is refused as stale.
 * 4: passages' terms changed again (大概 / 大約 / 大致 are hedges, not terms; plurals of office words such as
 *    "chairmen" fold to the singular), so an index of format 3 is refused as stale.
 * 5: passages' figures changed (a Chinese numeral before a measure, 二十公頃, is a figure; 一球 is HK$1 million),
 *    so an index of format 4 is refused as stale.
 */
export const INDEX_FORMAT_VERSION = 5;

/** What the index was built from: checked on every load so no stale index answers silently. */
export const embedderDescriptionSchema = z.object({
  name: z.string(),
  version: z.string(),
  dimension: z.number().int().positive(),
  /** The model id or directory, for the neural path. */
  model: z.string().optional(),
});

export const indexManifestSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  builtAt: z.string(),
  buildMs: z.number().nonnegative(),
  corpusChecksum: z.string().regex(/^[0-9a-f]{64}$/),
  chunkCount: z.number().int().positive(),
  embedder: embedderDescriptionSchema,
  /** sha256 of each file in the index directory, to detect truncation or corruption. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type EmbedderDescription = z.infer<typeof embedderDescriptionSchema>;
export type IndexManifest = z.infer<typeof indexManifestSchema>;

export function sameEmbedder(a: EmbedderDescription, b: Omit<EmbedderDescription, 'dimension'>): boolean {
  return a.name === b.name && a.version === b.version && (a.model ?? '') === (b.model ?? '');
}
