import { parseChineseNumeral } from '../text/quantities.js';
/**
 * Ratios as documents write them — 1（政府）：2（企業）, 1 (government): 2 (company), 2:1 — for the
 * questions that ask one: "what is the matching ratio", 「配對比例係點」, and a yes/no on which party
 * gives more ("Does the government pay more than the company?"). A kind of figure, in any document.
 */

/** A party of a ratio in brackets (政府, company): not a table's column of a year (預算, actual). */
const PARTY = String.raw`\((?![^()]*(?:預算|预算|實際|实际|修訂|修订|estimate|actual|revised))[^()]{1,12}\)`;
/**
 * A ratio as documents write it: two shares around a colon, each with its party in brackets
 * (1（政府）：2（企業）), or two bare numbers (2:1) — a bare second number of two digits is a time (9:30).
 */
const RATIO = new RegExp(String.raw`(?<![\d.\-–/])\d+(?:\.\d+)?\s*${PARTY}\s*:\s*\d+(?:\.\d+)?\s*${PARTY}|(?<![\d.\-–/])\d+\s*:\s*(?!\d{2}(?!\d))\d+(?![\d.])`, 'g');

/** The ratios a sentence writes, as it writes them (NFKC keeps each full-width character one character). */
export function ratioSpans(sentence: string): Array<{ text: string; start: number }> {
  const normalised = sentence.normalize('NFKC');
  const shown = normalised.length === sentence.length ? sentence : normalised;
  return [...normalised.matchAll(RATIO)].map((match) => ({ text: shown.slice(match.index ?? 0, (match.index ?? 0) + match[0].trimEnd().length), start: match.index ?? 0 }));
}

/**
 * A yes/no that asks whether one party of a ratio gives more (or less) than the other, decided by the
 * ratio the sentence writes with its parties in brackets: "Does the government pay more than the
 * company?" against 「以1（政府）：2（企業）的配對比例」 does not hold. Undefined when the question names
 * no party of the ratio or no comparative, or the sentence writes no ratio with parties.
 */
/** The ratio with parties a sentence states (1（政府）：2（企業）): each party's share and label, and the ratio as the sentence writes it. */
function ratioWithParties(sentence: string): { parties: Array<{ share: number; name: string }>; written: string } | undefined {
  const normalised = sentence.normalize('NFKC');
  const ratio = RATIO_WITH_PARTIES.exec(normalised);
  if (!ratio) return undefined;
  const parties = [
    { share: Number(ratio[1]), name: ratio[2]! },
    { share: Number(ratio[3]), name: ratio[4]! },
  ];
  return { parties, written: normalised.length === sentence.length ? sentence.slice(ratio.index, ratio.index + ratio[0].length) : ratio[0] };
}

export function ratioVerdict(question: string, sentence: string): { holds: boolean; written: string } | undefined {
  const ratio = ratioWithParties(sentence);
  if (!ratio) return undefined;
  const { parties, written } = ratio;
  // 「是不是政府出一份、企業出兩份？」, "does the government pay one part and the company two?": the shares the
  // question states for both parties hold when they are in the sentence's proportion.
  // "Is Manufacturing+ 1:1 matching?", 「係咪一比一配對？」: a ratio the question states holds when it is the sentence's proportion.
  const askedRatio = statedRatio(question);
  if (askedRatio) return { holds: askedRatio[0] * parties[1]!.share === askedRatio[1] * parties[0]!.share, written };
  const stated = parties.map((party) => statedShare(question, party.name));
  if (stated.every((share) => share !== undefined)) return { holds: stated[0]! * parties[1]!.share === stated[1]! * parties[0]!.share, written };
  const direction = MORE_WORDS.test(question) ? 1 : LESS_WORDS.test(question) ? -1 : 0;
  if (direction === 0) return undefined;
  // The party the question asks about: the first it names, by its word in either language.
  const named = parties
    .map((party, index) => ({ index, at: PARTY_WORDS.find(([words]) => words.test(party.name))?.[1].exec(question)?.index ?? -1 }))
    .filter((party) => party.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!named || parties[0]!.share === parties[1]!.share) return undefined;
  // About the ratio only when it names both parties or asks who pays ("is the max grant larger than what a firm must invest?" is not).
  const namesBoth = parties.every((party) => PARTY_WORDS.find(([words]) => words.test(party.name))?.[1].test(question));
  if (!namesBoth && !PAYS_WORDS.test(question)) return undefined;
  const asked = parties[named.index]!;
  const other = parties[1 - named.index]!;
  const holds = direction > 0 ? asked.share > other.share : asked.share < other.share;
  return { holds, written };
}

/**
 * A ratio a question states without parties: 1:1, 一比十, "1 to 2" or 1比2 beside a word of ratio ("matching", 比例);
 * undefined when it states none. Not a range ("HK$1 to 2 million", "3 to 5 years"), a year (2024比2023) nor a time (9:30).
 */
const COLON_RATIO = /(?<![\d.:$])(\d{1,2})\s*[:：]\s*(\d{1,2})(?![\d.:])/u;
const WORDED_RATIO = /(?<![\d.$])(\d{1,2})\s*(?:\bto\b|比)\s*(\d{1,2})(?![\d.])(?!\s*(?:million|billion|thousand|bn|m\b|k\b|years?|months?|days?|%|per ?cent|萬|万|億|亿|千|百|元|年|個|个|%))/iu;
const CHINESE_RATIO = /([一二兩两三四五六七八九十])比([一二兩两三四五六七八九十])(?![萬万億亿千百元年個个])/u;
/** Idioms of equal shares between two parties, in English and Chinese. */
const EQUAL_SHARES = /\bgo(?:es|ing)? halves\b|\bhalf[- ]and[- ]half\b|\bfifty[- ]fifty\b|\b50\s*[-/]\s*50\b|\bsplit (?:(?:it|the (?:cost|bill|funding))\s+)?(?:equally|evenly|down the middle)\b|\bdollar[- ]for[- ]dollar\b|\bequal shares?\b|對半|对半|一人一半|各(?:出|付|佔|占)一半|一半一半|五五(?:分|開|开)/iu;
/** Words of ratio near a "to" or 比 ratio ("1 to 2 matching", 「一比一配對」); a colon ratio needs none unless it reads as a time. */
const RATIO_WORDS = /\bratio\b|\bmatch(?:ing|ed)?\b|\bbasis\b|\bsplit\b|配對|配对|比例|出資|出资/iu;

export function statedRatio(question: string): [number, number] | undefined {
  const text = question.normalize('NFKC');
  // "go halves", "fifty-fifty", 「對半」「一人一半」: equal shares, as idioms put them.
  if (EQUAL_SHARES.test(text)) return [1, 1];
  const colon = COLON_RATIO.exec(text);
  // 9:30 reads as a time unless the question speaks of a ratio.
  if (colon && (colon[2]!.length < 2 || RATIO_WORDS.test(text))) return positive(Number(colon[1]), Number(colon[2]));
  if (!RATIO_WORDS.test(text)) return undefined;
  const worded = WORDED_RATIO.exec(text);
  if (worded) return positive(Number(worded[1]), Number(worded[2]));
  const chinese = CHINESE_RATIO.exec(text);
  return chinese ? positive(parseChineseNumeral(chinese[1]!) ?? 0, parseChineseNumeral(chinese[2]!) ?? 0) : undefined;
}

function positive(a: number, b: number): [number, number] | undefined {
  return a > 0 && b > 0 ? [a, b] : undefined;
}

/** The share a question states for a party of a ratio: 「政府出一份」, 「企業俾兩份」, "the government pays 1 part", "company 2 parts". */
function statedShare(question: string, partyLabel: string): number | undefined {
  const asked = PARTY_WORDS.find(([label]) => label.test(partyLabel))?.[1];
  const named = asked && new RegExp(asked.source, 'gi').exec(question);
  if (!named) return undefined;
  const after = question.slice(named.index + named[0].length, named.index + named[0].length + STATED_SHARE_REACH);
  const share = STATED_SHARE.exec(after);
  if (!share) return undefined;
  const written = share[1]!;
  return /\d/.test(written) ? Number(written) : (SHARE_NUMERALS[written.toLowerCase()] ?? undefined);
}
/** A share after its party: a verb of paying (optional), a number, and 份 / "part(s)" / "share(s)". */
const STATED_SHARE = /^\s*(?:出|俾|畀|付|負責|负责|pays?|puts? in|contributes?)?\s*(\d{1,2}|[一二兩两三四五]|one|two|three|four|five)\s*(?:份|parts?\b|shares?\b)/i;
const STATED_SHARE_REACH = 16;
const SHARE_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** A ratio of two parties, each share with its party in brackets: 1（政府）：2（企業）, 1 (government): 2 (company). */
const RATIO_WITH_PARTIES = /(\d+)\s*\(([^()]{1,12})\)\s*:\s*(\d+)\s*\(([^()]{1,12})\)/;
/** Words of a question asking whether one gives more, or less, than the other. */
const MORE_WORDS = /\b(?:more|bigger|larger|greater|higher|most|majority)\b|大份|大部分|大頭|大头|多啲|多些|較多|较多|更多|多過|多过|出多|俾多|付多/i;
const LESS_WORDS = /\b(?:less|smaller|fewer|lower|minority)\b|細份|细份|小部分|少啲|少些|較少|较少|少過|少过|出少|俾少/i;
/** Words asking who pays or contributes what share. */
const PAYS_WORDS = /\b(?:pays?|paid|puts? in|chips? in|contribut\w*|shares?|match(?:es|ed)?)\b|大份|細份|细份|出錢|出钱|出資|出资|俾錢|畀錢|分擔|分担|出多|出少/i;
/** A ratio's parties as documents label them, each with the words a question names it by. */
const PARTY_WORDS: ReadonlyArray<readonly [label: RegExp, asked: RegExp]> = [
  [/政府|government/i, /政府|\bgov(?:ernmen)?t\b|\bthe state\b/i],
  [/企業|企业|公司|company|enterprise|firm/i, /企業|企业|公司|\b(?:compan(?:y|ies)|enterprises?|firms?|business(?:es)?)\b/i],
  [/大學|大学|universit/i, /大學|大学|\buniversit(?:y|ies)\b/i],
  [/業界|业界|industry/i, /業界|业界|\bindustry\b/i],
];


/** How far apart a share asked and a share worked out from a ratio may be and still agree (三分之一 is read as 33.3%). */
const SHARE_TOLERANCE_PERCENT = 0.5;

/**
 * "Does the government cover half of it?", 「政府係咪出三分之一？」 against 1（政府）：2（企業）: the share of the whole
 * the question states for one party, checked against the share the ratio gives that party; undefined when
 * the sentence states no ratio with parties or the question names none of them.
 */
export function shareOfRatioVerdict(question: string, sentence: string, askedPercent: number): { holds: boolean; written: string } | undefined {
  const ratio = ratioWithParties(sentence);
  if (!ratio) return undefined;
  const { parties, written } = ratio;
  const named = parties
    .map((party) => ({ party, at: PARTY_WORDS.find(([words]) => words.test(party.name))?.[1].exec(question)?.index ?? -1 }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  const total = parties[0]!.share + parties[1]!.share;
  if (!named || total <= 0) return undefined;
  return { holds: Math.abs((named.party.share / total) * 100 - askedPercent) <= SHARE_TOLERANCE_PERCENT, written };
}
