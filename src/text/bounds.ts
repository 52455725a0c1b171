import type { Quantity } from './quantities.js';

/**
 * How a figure is bounded by the words around it, in both languages: "more than 5", 超過5, 過咗5
 * ("more"); "no less than 5", 不少於5 ("at-least"); the reverse. One reading for the retriever (a
 * yes/no's bound figure is no figure to search for) and the answerer (the documents' figure is
 * checked against it). Linguistic, not of any document.
 */
export type Bound = 'more' | 'less' | 'at-least' | 'at-most';

/** A currency sign, and an article ("bigger than the HK$3.7bn"), between a bound word and its figure. */
const BETWEEN = String.raw`\s*(?:(?:the|a|an|its|their)\s+)?(?:hk\$|\$|us\$|rmb)?\s*$`;
/**
 * 過 / 过 alone (「用户过300万」, 「已經過咗五千間」) bounds a figure. Not in 經過 (but 已經過), 通過, 透過, 不過,
 * the compounds read below, nor after a verb, where 過 says it has happened (撥過, 用過, 做過).
 */
const BARE_PASSED = String.raw`(?<![通透超多大細细少高低錯错度不難难越撥拨用做試试見见去來来投花批收借派搞講讲聽听睇看買买賣卖資资推])(?<!(?<!已)[經经])(?:過|过)(?:咗|了)?`;

const AT_LEAST_BEFORE = new RegExp(String.raw`(?:at least|no less than|not less than|no fewer than|不少於|不少于|不低於|不低于|最少|至少)` + BETWEEN, 'i');
const AT_MOST_BEFORE = new RegExp(String.raw`(?:at most|no more than|not more than|not exceeding|up to|(?:不|不能|不得|不可|不會|不会)(?:超過|超过|多於|多于|高於|高于)|不多於|不多于|最多|最高|上限)` + BETWEEN, 'i');
const MORE_BEFORE = new RegExp(
  String.raw`(?:\b(?:more|greater|higher|bigger|larger)(?: [\w-]+){0,2} than|\bover|\babove|\bbeyond|\bexceed(?:s|ed|ing)?|\b(?:passed|surpassed|topped|crossed|gone past|broken)(?: the)?(?: mark of)?|突破|超越|超過|超过|多於|多于|多過|多过|高於|高于|逾|大於|大于|大過|大过|${BARE_PASSED})` + BETWEEN,
  'i',
);
const LESS_BEFORE = new RegExp(String.raw`(?:\b(?:less|fewer|lower|smaller)(?: [\w-]+){0,2} than|\bunder|\bbelow|少於|少于|少過|少过|低於|低于|不足|唔夠|唔够|不夠|不够|未夠|未够|唔到|小於|小于|細過|细过)` + BETWEEN, 'i');
const AT_LEAST_AFTER = /^\s*(?:或以上|or more|plus)/i;
const AT_MOST_AFTER = /^\s*(?:或以下|or less)/i;
const MORE_AFTER = /^\s*以上/;
const LESS_AFTER = /^\s*以下/;

// (English bound words start a word: "cover 14 areas" and "recover" bound nothing.)
/** How far before a figure its bound word may stand ("bigger than the HK$", 「超過」), and after it (或以上). */
const BOUND_REACH_BEFORE = 20;
const BOUND_REACH_AFTER = 8;

/** The bound the words around a figure set, or undefined. `text` is the NFKC form the figure was read from. */
export function boundOf(text: string, figure: Pick<Quantity, 'start' | 'end'>): Bound | undefined {
  const before = text.slice(Math.max(0, figure.start - BOUND_REACH_BEFORE), figure.start);
  const after = text.slice(figure.end, figure.end + BOUND_REACH_AFTER);
  // "不少於" holds "少於": the negated bounds are read first.
  if (AT_LEAST_BEFORE.test(before) || AT_LEAST_AFTER.test(after)) return 'at-least';
  if (AT_MOST_BEFORE.test(before) || AT_MOST_AFTER.test(after)) return 'at-most';
  if (MORE_BEFORE.test(before) || MORE_AFTER.test(after)) return 'more';
  if (LESS_BEFORE.test(before) || LESS_AFTER.test(after)) return 'less';
  return undefined;
}
