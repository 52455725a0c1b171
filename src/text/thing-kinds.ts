/** Kinds of named thing, by the English words for the kind and the endings of their Chinese names (a scheme's is 計劃). */
const KINDS_OF_NAMED_THING: ReadonlyArray<{ en: readonly string[]; zh: readonly string[] }> = [
  { en: ['scheme', 'programme', 'program', 'plan'], zh: ['計劃', '计划', '方案'] },
  { en: ['fund'], zh: ['基金'] },
  { en: ['platform'], zh: ['平台'] },
  { en: ['centre', 'center', 'institute'], zh: ['中心', '研究院', '研發院', '研发院'] },
  { en: ['project'], zh: ['項目', '项目'] },
  { en: ['committee', 'council'], zh: ['委員會', '委员会'] },
  { en: ['academy'], zh: ['學院', '学院'] },
  { en: ['office'], zh: ['辦公室', '办公室'] },
];

/** Kinds of named thing a question asks the name of (by either language's word), with the endings of their Chinese names. */
export const NAMED_THING_KINDS: ReadonlyArray<readonly [asked: RegExp, suffixes: readonly string[]]> = KINDS_OF_NAMED_THING.map(
  ({ en, zh }) => [new RegExp(`\\b(?:${en.join('|')})\\b|${zh.join('|')}`, 'i'), zh] as const,
);

/** The English words for the kinds, and the endings of the Chinese names, all kinds together. */
export const NAMED_THING_WORDS_EN: readonly string[] = KINDS_OF_NAMED_THING.flatMap(({ en }) => en);
export const NAMED_THING_ENDINGS_ZH: readonly string[] = KINDS_OF_NAMED_THING.flatMap(({ zh }) => zh);

/** The endings of the Chinese names of the kind a word names ("committee" → 委員會, 委员会); none for a word of no kind. */
export function chineseEndingsOfKind(word: string): readonly string[] {
  return NAMED_THING_KINDS.find(([asked]) => asked.test(word))?.[1] ?? [];
}

/** Which kind of named thing a Chinese name is, by its ending (「…研發院」 and 「…中心」 are one kind); undefined for none. */
export function kindOfChineseName(name: string): number | undefined {
  const at = KINDS_OF_NAMED_THING.findIndex(({ zh }) => zh.some((ending) => name.endsWith(ending)));
  return at < 0 ? undefined : at;
}
