import { ENGLISH_MONTH_WORD, extractQuantities } from '../text/quantities.js';

/**
 * A count a question states with its noun ("HKSTP served 'over 1,600' tech companies in the fact sheet; what does the
 * press release give?", 「概況話科技園為逾 1,600 家科技公司提供服務…」) says what a document is asked when the question
 * moves to another document or year: how many of that noun. Linguistic rules of English and Chinese counting, not of
 * any document.
 */

/** "What figure / number does the press release give (say, put, report)?", "what's the number in …": a figure asked by the word for one. */
export const ASKS_FIGURE_GIVEN = /\bwhat (?:figure|number|count|total)s? (?:does|do|did|is|was|will) (?:[\w'’&-]+ ){0,8}?(?:give|say|state|put|report|show|cite|quote|mention)s?\b|\bwhat(?:'s| is) the (?:(?:more )?(?:recent|latest|new|updated) )?(?:figure|number|count|total) (?:in|from|according to)\b/i;

/** What an English count's noun may be: up to three words before a plural ("tech companies", "strategic enterprises"). */
const COUNTED_NOUN_EN = /^\s*(?:\+|-?plus|-odd|odd)?['’"”]?\s+((?:[a-z&-]+\s+){0,3}?(?:[a-z-]+(?:ies|es|s)|people|staff|talent))\b/i;
/** … and a Chinese one: a classifier, then the noun up to a break. */
const COUNTED_NOUN_ZH = /^\s*(?:多|餘|余)?\s*([個个間间家名位項项所座條条])([\u4e00-\u9fff]{1,8}?)(?=[，,。；;：:、？?\s]|已|將|将|會|会|在|於|于|落戶|落户|$)/u;
/** Words of the clause before a stated count that are its verb and subject, at most this many. */
const STATED_CLAUSE_WORDS = 6;
/** Words that only frame a premise ("the … said", "mentioned some"), no part of what is counted. */
const PREMISE_FILLER = /\b(?:the|a|an|some|about|around|over|more than|nearly|roughly|its|their|own|said|says|say|mentioned|mentions|stated|states|reported|reports|noted|notes|in|according to|per)\b/gi;

/**
 * The question each document is asked when the question states a count with its noun ("HKSTP served 'over 1,600' tech
 * companies in the fact sheet; what figure does the press release give?", 「概況話科技園有逾1,600間公司…」): "how many
 * tech companies HKSTP served" — the stated figure itself left out, so neither document's answer is drawn to it.
 * Undefined when the question states no count with a noun.
 */
export function statedCountQuestion(asked: string): string | undefined {
  for (const quantity of extractQuantities(asked)) {
    if (quantity.kind !== 'number' || quantity.value < 2) continue;
    const before = asked.slice(0, quantity.start).split(/[.;!?；。！？]|\bwhat\b|\bhow\b/i).at(-1) ?? '';
    const after = asked.slice(quantity.end);
    const english = COUNTED_NOUN_EN.exec(after);
    if (english && /[a-z]/i.test(before + english[1]!) && !/\p{Script=Han}/u.test(after.slice(0, 12))) {
      const clause = before.replace(new RegExp(String.raw`\b${ENGLISH_MONTH_WORD}\.?\b|\b(?:19|20)\d{2}\b`, 'gi'), ' ').replace(PREMISE_FILLER, ' ').replace(/['’"“”:：]/g, ' ').split(/\s+/).filter(Boolean).slice(-STATED_CLAUSE_WORDS).join(' ');
      const rest = after.slice(english.index + english[0].length).split(/[.;:!?,，；：。！？]|\s[—–-]\s/)[0]!.replace(PREMISE_FILLER, ' ').replace(/\s+/g, ' ').trim();
      // "How many tech companies did HKSTP served": the auxiliary ends what is counted where the question's clause begins.
      return `How many ${english[1]!.trim()} ${clause ? `did ${clause}` : 'are there'}${rest ? ` ${rest}` : ''}?`.replace(/\s+/g, ' ');
    }
    if (COUNTED_NOUN_ZH.test(after)) {
      // The clause that states it, the figure and its qualifier asked as 多少: 「科技園為逾 1,600 家科技公司提供服務」 → 「科技園為多少家科技公司提供服務？」.
      const head = (asked.slice(0, quantity.start).split(/[，,。；;：:？?]/u).at(-1) ?? '').replace(/(?:超過|超过|逾|約|约|近|多於|多于|大約|大约)\s*$/u, '').replace(/^\s*(?:又|都|亦)?(?:話|话|說|说|提到|指|指出|表示|稱|称|寫|写)\s*/u, '');
      const tail = after.split(/[，,。；;：:？?]/u)[0]!.replace(/^\s*(?:多|餘|余)/u, '');
      return `${head.trim()}多少${tail.trim()}？`;
    }
  }
  return undefined;
}
