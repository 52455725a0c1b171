/** Kinds of named thing a question asks the name of, with the endings of their Chinese names (a scheme's is 計劃). */
export const NAMED_THING_KINDS: ReadonlyArray<readonly [asked: RegExp, suffixes: readonly string[]]> = [
  [/\b(?:scheme|programme|program|plan)\b|計劃|计划|方案/i, ['計劃', '计划', '方案']],
  [/\bfund\b|基金/i, ['基金']],
  [/\bplatform\b|平台/i, ['平台']],
  [/\b(?:centre|center|institute)\b|中心|研究院|研發院|研发院/i, ['中心', '研究院', '研發院', '研发院']],
  [/\bproject\b|項目|项目/i, ['項目', '项目']],
  [/\b(?:committee|council)\b|委員會|委员会/i, ['委員會', '委员会']],
  [/\bacademy\b|學院|学院/i, ['學院', '学院']],
  [/\boffice\b|辦公室|办公室/i, ['辦公室', '办公室']],
];
