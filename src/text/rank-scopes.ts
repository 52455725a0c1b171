/** Scopes of a ranking, narrowest first (Asia-Pacific before Asia), in both languages, each with its English for an answer. */
export const RANK_SCOPES: ReadonlyArray<readonly [words: RegExp, english: string]> = [
  [/亞太區?|亚太区?|asia[- ]pacific/i, 'in Asia-Pacific'],
  [/亞洲|亚洲|\basia(?:n)?\b(?![- ]pacific)/i, 'in Asia'],
  [/全球|世界|國際|国际|\bglobal(?:ly)?\b|\bworld(?:wide)?\b|\binternationally\b/i, 'globally'],
];
