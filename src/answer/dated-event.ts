/**
 * A "when" question names the event it dates — set up, launched, opened, completed, sold, started —
 * and a date in a sentence dates the event of its own clause. 「數碼港是哪一年成立的？」 is not answered
 * by 「由 2025 年起分階段完成……擴建工程」 (the extension is completed then, nothing is set up), nor
 * "When will the land be sold?" by 「改劃程序預計可在年中完成」. This is a kind of question (one that
 * names its event), in both languages, not a phrase of any document.
 */

import { ASKS_OUTCOME, laterPremiseEnd, premiseEnd } from '../text/question-frame.js';

/** Kinds of event a date is given for, each with its words in English and Chinese (Traditional and Simplified). */
const EVENT_KINDS: ReadonlyArray<readonly [kind: string, words: RegExp]> = [
  // A body that "opened for business" or "came into being" was set up then.
  ['establish', /\b(?:establish(?:ed|ment)?|set up|founded|found|incorporated|formed|open(?:ed|s)? for business|opened its doors|c[oa]me into (?:being|existence))\b|成立|設立|设立|創立|创立|創辦|创办/i],
  ['launch', /\b(?:launch(?:ed|es)?|roll(?:ed)? out|introduced?)\b|推出(?!市場|市场)|推行|實施|实施/i],
  ['open', /\b(?:open(?:ed|s|ing)?|commissioned|operat(?:e|es|ed|ing|ion|ional)|(?:came|come|comes|coming|put|went|go|goes) into (?:service|use)|(?:start|begin|began|begun)[a-z]* (?:being )?(?:used|using|in use))\b|開幕|开幕|開始(?:使)?用|开始(?:使)?用|開業|开业|啟用|啓用|启用|投入(?:服務|服务|使用)|運作|运作|營運|营运|開放|开放|開館|开馆/i],
  ['complete', /\b(?:complet(?:e|ed|es|ion)|finish(?:ed)?|ready)\b|完成|完工|竣工|落成/i],
  ['sell', /\b(?:sell|sold|sale|tender(?:ed)?|auction(?:ed)?)\b|賣|卖|出售|推出市場|推出市场|招標|招标|批出/i],
  // Works begun on site. "Start" and 開始 alone are no event: they begin another one ("start operating", 「開始交由」).
  ['break ground', /\b(?:break(?:s)? ground|broke ground|groundbreaking|(?:construction|building works?) (?:start|begin|began|commence)[a-z]*|(?:start|begin|commence)[a-z]* (?:construction|building works?))\b|動工|动工|開工|开工|施工/i],
  ['publish', /\b(?:publish(?:ed|es|ing)?|publication|release[ds]?|promulgat(?:e|ed|ion))\b|公布|公佈|發表|发表|發布|发布|出版/i],
  // A capacity raised ("ramped up to 3,000 petaFLOPS", 提升至): growth of a thing already there, not its opening.
  ['grow', /\b(?:ramp(?:ed|s|ing)? up|scal(?:e|ed|es|ing) up|boost(?:ed|s)?)\b|提升至|提升到|增至|增加至|增加到|擴充|扩充/i],
  // Equipment fitted ("the pilot lines will be assembled this year", 設備年內會組裝): the fitting of a thing in a place, not the place's setting up or opening.
  ['install', /\b(?:assembl(?:e|ed|es|ing|y)|install(?:ed|s|ing|ation)?)\b|組裝|组装|安裝|安装/i],
  // An agreement signed: the day of signing, not the day what it agreed on was set up.
  ['sign', /\b(?:sign(?:ed|s|ing)?|memorand(?:um|a)|MoU|agreements?)\b|簽署|签署|簽訂|签订|簽約|签约|備忘錄|备忘录|協議|协议/i],
  // A scheme or term ending ("when does it end?", 「幾時結束」「何時屆滿」): its end, not its launch ("by the end of 2026" is a date, no event).
  ['end', /\b(?<!the\s)end(?:s|ed|ing)?\b(?!\s+of\b)|\b(?:expir(?:e|es|ed|y)|conclud(?:e|es|ed)|terminat(?:e|es|ed|ion)|wind(?:s|ing)? (?:up|down)|run(?:s)? (?:until|till))\b|結束|结束|屆滿|届满|期滿|期满|到期|終止|终止/i],
  // Applications closing: a deadline, not the start of the thing applied for.
  ['close', /\b(?:deadline|closing date|close[sd]? for applications|applications? close)\b|截止|截標|截标|報名期|报名期/i],
];

/**
 * Kinds of event whose date also dates the asked one: an institute or office "opens" when it is set up
 * (「研究院於 2019 年 4 月在香港成立」 answers "when did the institute open?"). Not the other way: a facility
 * that opened (「超算中心首階段設施於 2024 年 12 月啓用」) does not date when its operator was founded.
 */
const ALSO_DATES: Readonly<Record<string, readonly string[]>> = { open: ['establish'] };
/** Kinds of event that date each other whatever the thing: a study, a procedure or works end when they are completed. */
const SAME_EVENT: Readonly<Record<string, readonly string[]>> = { end: ['complete'], complete: ['end'] };
/** What "opens" when it is set up: a body (institute, office, company), not a facility or a work (a runway, a centre's first phase). */
const OPENS_WHEN_SET_UP = /\b(?:institutes?|institutions?|offices?|academy|academies|universit(?:y|ies)|compan(?:y|ies)|corporations?|bureau|commission)\b|研究院|研發院|研发院|辦公室|办公室|學院|学院|公司|大學|大学/i;

/** Words that make the date after them the date a figure or state stood at: 截至, "as at", "as of". */
const AS_AT_BEFORE = /(?:截至|截止|\bas (?:at|of)|\bup to)\s*$/i;
const AS_AT_REACH = 8;

/** Clause breaks of a sentence in either language. */
const CLAUSE_BREAK = /[，,；;。！!？?]|\s[-–—]\s/u;

function eventKinds(text: string): Set<string> {
  return new Set(EVENT_KINDS.filter(([, words]) => words.test(text)).map(([kind]) => kind));
}

/**
 * Whether the date at `at` in a sentence dates another event than the question asks: the question
 * names an event of some kind, the clause holding the date names an event of another kind, and
 * none of the asked kind. A clause that names no event says nothing either way.
 */
export function datesAnotherEventKind(question: string, sentence: string, at: number, namedBodies: readonly string[] = []): boolean {
  const asked = eventKinds(question);
  if (asked.size === 0) return false;
  // 「截至 2025 年 2 月，『轉數快』註冊量達 1,622 萬」: a date something stood at is no date of an event.
  if (AS_AT_BEFORE.test(sentence.slice(Math.max(0, at - AS_AT_REACH), at))) return true;
  const before = sentence.slice(0, at).split(CLAUSE_BREAK).at(-1) ?? '';
  const after = sentence.slice(at).split(CLAUSE_BREAK)[0] ?? '';
  const dated = eventKinds(`${before}${after}`);
  if (dated.size === 0) return false;
  // … a body the question names by a short form ("the DPO") opens when set up if its full name says it is one (Digital Policy Office).
  const opensWhenSetUp = OPENS_WHEN_SET_UP.test(question) || namedBodies.some((name) => OPENS_WHEN_SET_UP.test(name));
  const alsoDates = (kind: string) => (opensWhenSetUp ? (ALSO_DATES[kind] ?? []) : []);
  return ![...asked].some((kind) => dated.has(kind) || alsoDates(kind).some((same) => dated.has(same)) || (SAME_EVENT[kind] ?? []).some((same) => dated.has(same)));
}

/** 實際 "actually" (ASKS_OUTCOME reads 實際上; 實際 alone is also "actual", so only before a when). */
const ACTUALLY_ZH = /(?:實際|实际)(?:上)?[^，。？?]{0,4}(?:幾時|几时|何時|何时|甚麼時候|什麼時候|什么时候|哪一?年|邊年|边年|哪天|哪一天)/;
/**
 * A "when" asking when a thing happened: "When was it (actually) set up?", "When did it open?", 「結果係幾時成立？」
 * 「是何時成立的？」「實際係幾時成立㗎？」 (Cantonese 係…㗎 for 是…的) 「幾時開咗」. The date of a plan ("will be set up this year",
 * 「預計年內成立」) does not answer it: what was planned is not what happened.
 */
const ASKS_WHEN_IT_HAPPENED = new RegExp(`${String.raw`\b(?:when|(?:which|what) (?:month|year|date|day)) (?:was|were|did|had)\b|\bwhen\b[^?]*\bactually\b|咗|結果|结果|(?:是|係|系)[^，。？?]{0,16}(?:的|㗎)\s*[？?]?\s*$`}|${ACTUALLY_ZH.source}`, 'i');
/** … unless the question asks about the plan itself: "when did the slides say it would go to LegCo?", "when was it due to open?". */
const ASKS_ABOUT_PLAN = /\b(?:would|will|shall|going to|due to|(?:planned|scheduled|expected|set|supposed|meant|slated|targeted|intended) to|(?:planning|intending|aiming|hoping) to)\b|['’]d\s|\b(?:say|said|says|announce[ds]?|propose[ds]?|promise[ds]?)\b|打算|原定|原本|本應|本应|預計|预计|計劃於|计划于|話|话|提到|表示|指出/i;
/**
 * A time counted from the document's own day that can only lie ahead of it: "within this year", "later this year", "next year",
 * 「今年內」「年內」「明年」. A measure a budget lists so (「今年內成立X」) is a plan; it is set aside only when the question asks
 * what came of it ("actually", 「實際」, 「結果」): a plain "when was it set up?" may be answered by the plan, all some documents give.
 */
const WITHIN_A_COMING_TIME = /\b(?:within|later|by the end of) (?:this|the) year\b|\bnext year\b|今年內|今年内|年內|年内|明年|下年/;
/** A clause that puts its event in the future: "will", "to be", "is expected to", 將會, 會在, 預計, 計劃於 (not a scheme's name, 「…計劃」). */
const PLANNED = /\b(?:will|shall|to be|(?:is|are) (?:expected|scheduled|planned|due) to|plans? to)\b|將會|将会|將於|将于|會於|会于|會在|会在|年內會|年内会|預計|预计|計劃於|计划于|計劃在|计划在|擬於|拟于/i;

/** The part of a question that asks, after any premise it states ("The budget promised X this year. When was it set up?"). */
function askingPart(question: string): string {
  return question.slice(Math.max(premiseEnd(question), laterPremiseEnd(question)));
}

/** Whether a question asks when a thing happened, not about its plan; read in the asking part only (a premise may report the plan: "The budget promised X this year. When was it set up?"). */
export function asksWhenItHappened(question: string): boolean {
  const asking = askingPart(question);
  return ASKS_WHEN_IT_HAPPENED.test(asking) && !ASKS_ABOUT_PLAN.test(asking);
}

/**
 * A figure asked as it stood at a past event: "what computing power did it launch with?", "… when its first phase opened",
 * 「啟用時的運算能力」. A figure a plan puts in the future ("will be ramped up to 3 000 petaFLOPS this year") does not answer it.
 */
const ASKS_FIGURE_AT_PAST_EVENT = /\b(?:launch(?:ed)?|start(?:ed)?|open(?:ed)?|beg[ai]n|debut(?:ed)?) with\b|\bwhen (?:it|they|its [\w\s'’-]{1,40}?|the [\w\s'’-]{1,40}?) (?:first )?(?:opened|launched|started|began|came into (?:service|operation)|was (?:opened|launched|commissioned))\b|\bat (?:its )?(?:launch|opening)\b|(?:啟用|启用|開幕|开幕|開業|开业|推出|開始運作|开始运作|投入運作|投入运作)(?:的)?(?:時|时|之時|之时)/i;

export function asksFigureAtPastEvent(question: string): boolean {
  const asking = askingPart(question);
  return (ASKS_FIGURE_AT_PAST_EVENT.test(asking) || ASKS_FIGURE_NOW.test(asking)) && !ASKS_ABOUT_PLAN.test(asking);
}
/** "What computing power does it have right now?", 「而家有幾多？」: a figure as it stands, which a plan's figure ("will be ramped up to …") is not. */
const ASKS_FIGURE_NOW = /\b(?:right now|currently|at present|at the moment|as of now|as things stand)\b|而家|現時|现时|目前|現階段|现阶段/i;

/**
 * Whether the date at `at` in a sentence is the date of a plan (its clause puts the event in the future); with `outcomeAsked`
 * (the question asks what came of it, see `asksWhatCameOfIt`), also a time that lies ahead of the document ("within this year").
 */
export function datesPlan(sentence: string, at: number, outcomeAsked = false): boolean {
  const before = sentence.slice(0, at).split(CLAUSE_BREAK).at(-1) ?? '';
  const after = sentence.slice(at).split(CLAUSE_BREAK)[0] ?? '';
  const clause = `${before}${after}`;
  return PLANNED.test(clause) || (outcomeAsked && WITHIN_A_COMING_TIME.test(clause));
}

/** "When was it actually set up?", 「實際係幾時成立㗎？」「結果幾時開？」: a question asking what came of a plan, not only when a thing happened. */
export function asksWhatCameOfIt(question: string): boolean {
  return ASKS_OUTCOME.test(question) || ACTUALLY_ZH.test(question);
}
