import type { Language } from '../corpus/manifest.js';
import { detectLanguage } from '../text/normalise.js';
import { Memo } from '../text/memo.js';
import { extractQuantities } from '../text/quantities.js';
import { ASKS_PART_OF_PLACE, EXISTED_VERBS, laterPremiseEnd, premiseEnd, withoutPoliteRequest } from '../text/question-frame.js';

/** What kind of answer a question wants. */
export type AnswerType = 'count' | 'amount' | 'percent' | 'date' | 'duration' | 'place' | 'person' | 'list' | 'yes-no' | 'purpose' | 'definition' | 'other';

/**
 * The words naming what a "how many" question counts ("how many *services*", "多少宗*貸款*"),
 * raw, for the answerer to look for after a figure.
 */
export function countedWords(question: string): string | undefined {
  const normalised = question.normalize('NFKC');
  // The noun phrase up to the verb or preposition that ends it: "how many iAM Smart *services* were …" counts services.
  const english = /how many\s+(?:(?:more|fewer|additional|extra)\s+)?((?:(?!(?:more|fewer|additional|extra|are|were|is|was|do|does|did|have|has|had|will|would|can|could|in|on|under|for|of|at|by|from|with|to|there)\b)[a-z0-9][\w&@'-]*\s*){1,4})/i.exec(normalised);
  if (english) return english[1]!.trim();
  const chinese = new RegExp(`(?:多少|幾多|几多|幾|几)\\s*[${CN_CLASSIFIER}]?\\s*([\\u4e00-\\u9fff]{1,6})`).exec(normalised);
  // A classifier alone (「多少項？」) names nothing: the noun is elsewhere.
  if (chinese && !new RegExp(`^[${CN_CLASSIFIER}]$`).test(chinese[1]!)) return chinese[1];
  // "the number of services …", "HKSTP's company count", 「服務數目」: the count named by its noun.
  const numberOf = /\bnumber of\s+((?:(?!(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could|in|on|under|for|of|at|by|from|with|to|there|gone|go|went|changed?|grow|grew|rise|rose|fall|fell)\b)[a-z0-9][\w&@'-]*\s*){1,4})/i.exec(normalised);
  if (numberOf) return numberOf[1]!.trim();
  // "Does HKSTP host more tech companies than …": a comparison of counts names its noun after "more" / "fewer".
  const moreOf = /\b(?:more|fewer)\s+((?:(?!(?:than|are|were|is|was|do|does|did|have|has|had|will|in|on|under|for|of|at|by|from|with|to|money|funding|funds?)\b)[a-z][\w&@'-]*\s*){1,3})/i.exec(normalised);
  // … written in lower case: "Knowing More About IT" is a name, no comparison.
  if (moreOf && /^(?:more|fewer)\b/.test(moreOf[0])) return moreOf[1]!.trim();
  const countOf = /\b([a-z][\w&-]*)\s+(?:count|numbers)\b/i.exec(normalised);
  if (countOf) return countOf[1];
  // "It links about 460 services; how many more does the deck say?": what a bare "how many more" counts is what the figure the question states counts.
  if (/\bhow many (?:more|fewer|less)\b(?!\s+(?!(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could|than)\b)[a-z])/i.test(normalised)) {
    // (the first figure that is no year: "In 2024 there were about 460 services" counts services)
    const stated = /(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s*(?:million|billion|thousand)?\s+((?:(?!(?:are|were|is|was|do|does|did|have|has|had|will|would|can|could|in|on|under|for|of|at|by|from|with|to|than|and|or|but|so|there|here|it|they|this|that)\b)[a-z][\w&@'-]*\s*){1,3})/i.exec(normalised);
    // … its head noun, the last word ("460 iAM Smart services" counts services): the words before it name the subject.
    if (stated) return stated[1]!.trim().split(/\s+/).at(-1);
  }
  const named = /([\u4e00-\u9fff]{1,6}?)(?:的|嘅)?(?:數目|数目|數量|数量|總數|总数)/.exec(normalised)?.[1];
  if (named) return named;
  // 「儲值支付工具牌照有多少個？」: the noun before 有 / 係 and how many, when nothing follows the classifier.
  // (the noun phrase after its last 的 / 嘅; a classifier says a count of it is asked, not of something of the subject's).
  const before = new RegExp(`(?:^|[的嘅\\s，,、])([\\u4e00-\\u9fff]{2,10}?)\\s*(?:有|係|是|系|共有|一共有)?\\s*(?:多少|幾多|几多)\\s*[${CN_CLASSIFIER}]\\s*[？?]?\\s*$`).exec(normalised);
  // … not a change asked (「多咗幾多間」).
  return before && !/[咗了]$|^(?:多|少|增加|減少|减少)/u.test(before[1]!) ? before[1] : undefined;
}

export interface QuestionIntent {
  language: Language;
  answerType: AnswerType;
  /** Budget years the question names ("2025-26"), canonical. */
  fiscalYears: string[];
  /** Calendar years it names. */
  years: number[];
  /** For "how many" questions: the words naming what is counted. */
  counted?: string;
}

/** A question asking for a ratio: "what is the matching ratio", 「配對比例係點」, "who puts in more, the government or the company" (not one that names a ratio and asks a sum, nor a share: 佔…比例, "percentage"). */
/** A question how long a thing has existed: "been around", "existed", "in operation", 「成立咗幾耐」「成立了多久」: its founding answers. */
export const ASKS_HOW_LONG_EXISTED = new RegExp(String.raw`\bhow (?:long|many years)\b.*\b${EXISTED_VERBS}\b|成立(?:咗|了)?(?:幾|几|多)(?:耐|久|多年|年)`, 'iu');

export const ASKS_RATIO = /^(?!.*(?:[佔占]|百分|%|per ?cent|percentage|share of)).*(?:\bwhat(?:'s| is| was| are)? (?:the )?(?:[\w-]+ ){0,4}?(?:ratio|matching basis|matching formula)\b|\bwho (?:puts|pays|contributes) (?:in )?more\b|\bhow (?:is|are|was|were|will) (?:the )?(?:[\w-]+ ){0,2}?(?:costs?|funding|money|expenses?|bill) (?:be )?(?:shared|split|divided)\b|(?:成本|費用|费用|開支|开支|資金|资金|撥款|拨款|經費|经费|錢|钱|資助|资助)[^，。？?]{0,10}(?:如何|怎樣|怎样|點樣|点样|點|点)(?:樣|样)?(?:分擔|分担|攤分|摊分|分攤|分摊)|(?:如何|怎樣|怎样|點樣|点样|點|点)(?:樣|样)?(?:分擔|分担|攤分|摊分|分攤|分摊)[^，。？?]{0,6}(?:成本|費用|费用|開支|开支|資金|资金|撥款|拨款|經費|经费|錢|钱|資助|资助)|(?:比例|配對形式|配对形式)\s*(?:係|是|為|为)?\s*(?:點|点|甚麼|什麼|什么|咩|乜嘢?|多少|幾多|几多|如何|怎樣|怎样)|(?:甚麼|什麼|什么|咩|乜嘢?)(?:配對)?比例)/is;

/**
 * A question asking the name a thing (not a person) was given: 「個項目叫咩名」, "what was that project
 * later named", "what is the name of the scheme", "what's the new scheme called", "what name has X
 * given to …", 「定名為甚麼」.
 */
export const ASKS_THING_NAME =
  /(?:項目|项目|計劃|计划|基金|平台|園區|园区|中心|方案|大樓|大楼|發展區|发展区|用地|委員會|委员会|機構|机构|研究院|研發院|研发院|研究所|實驗室|实验室|組織|组织)[^，。？?]{0,6}?(?:叫咩名|叫甚麼名|叫什麼名|叫什么名|叫乜名|叫做咩|叫咩|叫甚麼|叫什麼|叫什么|嘅名|的名稱|的名称)|\bwhat(?:'s| was| is| were| are| has| have| had) (?:it|that|this|they|(?:the|that|this|its) (?:new |proposed |planned )?[\w+-]+(?: [\w+-]+){0,5}?) (?:been )?(?:later |now |officially |eventually )?(?:named|called|dubbed|renamed)\b|\bwhat name (?:has|have|had|was|were|did|does|do|is)\b|(?:定名|命名|取名|名為|名为)(?:為|为)?(?:甚麼|什麼|什么|咩|乜)|\bwhat(?:'s| is| was) the (?:new |official )?name (?:of|for) the (?:[\w-]+ )?(?:project|scheme|fund|programme|program|plan|platform|park|centre|center|initiative|site|development)\b|\b(?:what|which) (?:new |proposed |planned )(?:committee|council|academy|fund|scheme|programme|platform|centre|center|institute|project|office)\b(?= (?:will|would|does|do|did|is|was|are|were|has|have|had|to)\b)/i;

/**
 * "Where was Hong Kong in the Global Innovation Index?", "where does HK stand globally?": a where asking a position in a
 * ranking (an index, a league table, the world), not a place; answered by an ordinal, as "where does it rank" is.
 */
export const ASKS_RANK_WHERE =
  /\bwhere\b[^?？.]*?\b(?:in|on|among)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,6}?(?:index|indices|indexes|rankings?|league tables?|scoreboard|yearbook)\b|\bwhere\b[^?？.]*?\b(?:globally|worldwide|in the world|internationally)\b/i;

const CN_CLASSIFIER = '個个間间家項项所名宗座條条枚支隊队人筆笔款';
/** 「邊16間」「哪八個」: which of a set counted with two or more (一 asks one of them). */
const WHICH_COUNTED_ZH = new RegExp(`(?:邊|边|哪)\\s*(?:\\d+|[二三四五六七八九十兩两]+)\\s*[${CN_CLASSIFIER}]`, 'u');
/** "How big is the fund / the injection / the grant?": things whose size is a sum of money, not a count or an area. */
const SIZED_BY_MONEY = '\\b(?:fund|scheme|programme|plan|injection|allocation|grant|subsidy|budget|funding|provision|investment|capital)s?\\b';

/** "Which InnoHK cluster …?", 「哪個InnoHK平台」: a name asked for as one of a named family, by the family's name and a kind of thing. */
export const WHICH_OF_NAMED_FAMILY =
  /\b(?:[Ww]hich|[Ww]hat) (?:(?:existing|new|other|particular|specific) )?([A-Z][\w&+.-]*(?:\s[A-Z][\w&+.-]*)?) (?:clusters?|platforms?|branch(?:es)?)\b|(?:哪個|哪个|哪一個|哪一个|邊個|边个)\s*([A-Za-z][\w&+.-]*)\s*(?:研發平台|研发平台|平台|分園|分园)/u;

/** Cues, tried in order: the first that matches names the answer type. Traditional, Simplified and Cantonese. */
/** 「是哪一間？」「哪一家的…最大」: which one of the establishments spoken of, its noun left out (not 「哪間…有幾多…」, which counts). */
const ASKS_WHICH_ESTABLISHMENT_ZH = /(?:哪|邊|边)一?(?:間|间|家|所)\s*(?:(?:的|嘅)(?![^，。,？?]*(?:多少|幾多|几多))|(?:呢|㗎|呀|啊)?\s*[？?]?\s*$)/;

const CUES: Array<[AnswerType, RegExp]> = [
  // The name a thing was given ("what was the project named", 「個項目叫咩名」) is answered by the name after its naming verb.
  ['other', ASKS_THING_NAME],
  // A ratio ("what is the matching ratio", 「配對比例係點」, "who puts in more, the government or the company") is answered by the ratio as written.
  ['other', ASKS_RATIO],
  // 「…最大的是哪一間？」「哪一家的投資額最大？」: which establishment (間, 家, 所 count firms, schools, institutions), a name, even when a
  // sum picks it out ("the one with the largest investment").
  ['person', ASKS_WHICH_ESTABLISHMENT_ZH],
  // A sum asked in so many words ("how much money", 「要俾幾多錢」) is an amount whatever else the question names
  // (a population, a computing power the money buys).
  ['amount', /\bhow much (?:money|funding|cash)\b|\bhow many dollars\b|多少錢|多少钱|幾多錢|几多钱|幾錢|几钱/i],
  // A verb of paying or giving right before a bare 幾多 / 多少 ending the question (「政府最多出幾多？」「每間公司可以資助幾多？」) asks a sum.
  ['amount', /(?:出|俾|畀|付|給|给|資助|资助|撥|拨|注資|注资|投資|投资|捐|花|補貼|补贴)(?:咗|了)?(?:最多|最少|最高|大約|大约|約|约)?(?:幾多|几多|多少)(?=\s*(?:呢|㗎|啊|呀|嗎|吗|啦)?\s*[？?]?\s*$)/],
  // What a thing does or is responsible for (「有咩作用」「負責做啲咩」, "what is X responsible for") asks its purpose, though 有咩 alone would ask a list.
  ['purpose', /(?:有|起|發揮|发挥)(?:咩|乜|乜嘢|什麼|什么|甚麼|哪些|邊啲|边啲)(?:作用|功能|用途)|(?:作用|功能)(?:是|係|系|為|为)(?:咩|乜|什麼|什么|甚麼)|(?:負責|负责)(?:做)?(?:啲|些)?(?:咩|乜|乜嘢|什麼|什么|甚麼)(?!人|官員|官员|部門|部门|機構|机构)|^\s*what (?:is|are) (?:the )?[^?]{2,60}? (?:responsible for|in charge of)\b/i],
  // "What is X meant to do / supposed to achieve?" asks its purpose, though X be a fund or a sum ("the HK$10bn fund").
  ['purpose', /\b(?:meant|supposed|intended|designed) to (?:do|achieve|accomplish|deliver)\b|\bwhat (?:is|are|was|were|will) .{2,80}? (?:meant|supposed|intended) (?:to|for)\b(?! (?:be|cost|spend|get|receive|pay|raise)\b)/i],
  // "Which industries / fields …", 「邊幾個領域」, 「哪幾個方向」: a set of things asked by their kind is a list, though 幾個 alone would ask a count.
  ['list', /\b(?:which|what) (?:\w+ )?(?:industries|sectors|fields|areas|domains|directions|kinds|types|categories)\b|(?:哪|邊|边)(?:幾|几)(?:個|个|項|项|類|类|方面|大|間|间|所|家|位)|(?:哪|邊|边)(?:些|啲)(?:行業|行业|範疇|范畴|領域|领域|方向|類別|类别)/i],
  // Computing power is measured (3,000 petaFLOPS): "how fast", "what computing power", 「算力去到幾多」.
  ['count', /\bhow fast\b(?=.*\b(?:comput|supercomput|petaflop))|\b(?:what|how much) (?:[\w-]+ )?computing (?:power|capacity)\b|(?:算力|運算速度|运算速度|運算能力|运算能力)[^，。,？?]{0,6}?(?:幾多|几多|多少|多大|幾大|几大)/i],
  // A question naming a rate asks for a percentage ("what is the tax rate", 比率): a kind of question, any subject.
  ['percent', /\b(?:what|how high|how low)(?:'s| is| was| are| were)? (?:the |its |their |[\w-]+'s )?(?:[\w-]+ ){0,3}rate\b|比率|what percentage|by what percent|\bin per ?cent\b|\bpercentage\b|how many per ?cent|幾多%|几多%|多少%|\bwhat\s*%|[佔占](?![地用])[^，。？?]{0,10}?(?:幾多|几多|多少)(?![錢钱億亿萬万]|\s*[個个間间名位座所項项宗家](?!\s*(?:巴仙|%|％|百分)))|幾成(?![功就績绩熟立為为本員员])|几成(?![功就績绩熟立為为本員员])|幾多個百分點|多少個百分點|how much (?:did|does|will) .* (?:increase|decrease|rise|fall|grow)|\b(?:go|goes|gone|went) (?:up|down)\b.*\bby how much\b|\b(?:increase[ds]?|decrease[ds]?|rise|rose|risen|fall|fell|fallen|grow|grew|grown|climb(?:ed)?|drop(?:ped)?)\b.*\bby how much\b|百分之幾|百分比|增幅|減幅|减幅|升幅|跌幅|(?:多大|幾大|几大|多少|幾多|几多)(?:的|嘅)?比例/i],
  // A length of time ("how long will it run", 為期幾耐, 多少年): a period, not a date and not a count.
  ['duration', /\bhow long\b(?! ago)|\bhow much longer\b|(?:期|期限)[^？?]{0,4}(?:多長|多长|幾長|几长)|\bwhat (?:time ?span|time ?frame|time ?scale|time horizon|horizon|period of time|period)\b(?! (?:of the year|of year)\b)|\bfor how many (?:years|months|weeks|days)\b|\bhow many (?:more )?(?:years|months|weeks|days|hours|academic years|school years)\b(?! (?:ago|later|after|before))|幾耐|几耐|多久|多長時間|多长时间|多長時期|為期多|为期多|為期幾|为期几|(?:幾多|几多|多少)(?:個|个)?(?:年|月|星期|學年|学年|日|天|小時|小时|時間|时间)(?![份度])/i],
  // A sum asked by the verb that spends or sets it aside (「政府最多會調撥多少」「預留咗幾多」「斥資多少」): an amount, not a count of what follows.
  ['amount', new RegExp(`(?:調撥|调拨|撥出|拨出|撥款|拨款|撥|拨|預留|预留|注資|注资|投放|投入|動用|动用|斥資|斥资|花費|花费|花)(?:了|咗|左|過|过)?(?:多少|幾多|几多)(?!\\s*[${CN_CLASSIFIER}]|人|時間|时间|年|月|日|天)`)],
  // … and by the verb that receives it, with nothing counted after it (「研究院攞幾多？」「每間最多可以拿多少？」「獲得多少」): what a
  // body or scheme gets is money; 「攞幾多個名額」 still counts.
  ['amount', new RegExp(`(?:攞|拎|拿|獲得|获得|得到|分到|分得|收到|獲撥|获拨|獲發|获发)(?:到|了|咗|左|過|过)?(?:多少|幾多|几多)(?:錢|钱)?\\s*(?:呀|啊|呢|㗎|架|嘅|的)?\\s*[？?]?\\s*$`)],
  // 「100億元中，多少用於X？」: a part of a sum, asked by what it is spent on, is a sum.
  ['amount', /(?:多少|幾多|几多)(?:會|会)?(?:用於|用于|用作|用喺|撥作|拨作|撥給|拨给|撥予|拨予)/],
  // A sum named by its noun (費用, 獎金, 資本, 年薪 … 係幾多) is an amount, though 幾多 alone would ask for a count.
  // … and so is one asked by 幾多 before its noun (「吸引咗幾多私人投資」), not one counting investors (投資者).
  ['amount', /(?:多少|幾多|几多)\s*(?:私人|公共|政府)?(?:投資|投资|資金|资金|撥款|拨款|資助|资助|經費|经费|款項|款项)(?![者方人額额項项計计機机名個个宗])/],
  ['amount', new RegExp(`(?:費用|费用|成本|造價|造价|獎金|奖金|資本|资本|注資|注资|經費|经费|薪酬|薪金|年薪|月薪|工資|工资|價錢|价钱|價格|价格|資助|资助|撥款|拨款|撥咗|拨咗|資金|资金|津貼|津贴|開支|开支|投資|投资|投放|花費|花费|使費|使费)(?:(?!公司|企業|企业|項目|项目|機構|机构|團隊|团队|人|者)[^，。,？?]){0,6}?(?:多少|幾多|几多)(?!\\s*[${CN_CLASSIFIER}])|(?:規模|规模|總額|总额)[^，。,？?]{0,4}?(?:多大|幾大|几大|多少|幾多|几多)`)],
  // 「多少科研資金」「幾多撥款」: how much of a noun of money (funds, a grant, spending), a two-character modifier at most before it, asks a sum (「多少企業獲得資助」 still counts firms, and 「多少所資助大學」 universities), before 幾多 is read as a count below; not a noun of money naming the kind of things counted (「幾多資助計劃」「幾多撥款項目」).
  ['amount', /(?:多少|幾多|几多)(?![個个間间家項项所名位座條条枚支隊队宗筆笔隻只])[\u4e00-\u9fff]{0,2}?(?:資金|资金|撥款|拨款|經費|经费|款項|款项|資助|资助|開支|开支|費用|费用|投資額|投资额|成本|金額|金额)(?!計劃|计划|項目|项目|學生|学生|公司|企業|企业|機構|机构|團隊|团队|個案|个案|申請|申请|人|者|目)/],
  // A rank or a population is a count too ("where does it rank", 排名第幾, "what is the population of").
  ['count', ASKS_RANK_WHERE],
  // "ITIB headcount at 31 March?", "staffing level": the number of posts or people, asked by a noun of counting people.
  ['count', /\b(?:head ?count|staff(?:ing)? (?:levels?|numbers?|size|strength)|number of (?:staff|posts|employees))\b/i],
  ['count', new RegExp(`\\brank(?:s|ed|ing)?\\b|\\b(?:what|which) (?:exact )?(?:position|place) (?:did|does|do|is|was|has)\\b|排名|排第|第幾|第几|(?<!(?:share|percentage|proportion|per ?cent|%) of (?:the |its )?)(?<!\\b(?:whole|entire|general) )\\bpopulation\\b|人口|how (?:big|large) is (?!the .*(?:${SIZED_BY_MONEY}))(?!.*\\bin (?:billions|millions)\\b)|what(?:'s| is| was| are) the (?:total |overall )?(?:land |site |floor |gross )?area\\b|\\bhow much (?:(?:total|gross|usable|extra|additional|more|new) )?(?:(?:land|floor|office|lab|laboratory|site|housing) )?(?:area|space)\\b|幾大|几大|多大|面積|面积|how many(?! (?:dollars|hk\\$|(?:billion|million)(?! (?:square|sq|hectares?|metres|meters|people|users|residents|visitors|passengers)\\b)))|number of|\\bwhat (?:number|count)\\b|\\bwhat(?:'s| is) the (?:number|count)\\b|多少[${CN_CLASSIFIER}]|幾多[${CN_CLASSIFIER}]?(?![錢钱億亿萬万])|几多[${CN_CLASSIFIER}]?(?![錢钱億亿萬万])|幾[${CN_CLASSIFIER}]|几[${CN_CLASSIFIER}]`, 'i')],
  ['amount', new RegExp(`how much|\\bwhat (?:[\\w&-]+ ){0,2}(?:budget|funding|capital|grant|subsidy|allocation|injection|sum|salary|fee|price|investment) (?:will|would|does|did|do|has|have|can|could|should) (?:[\\w'’&@+-]+ ){1,8}?(?:get|receive|obtain|be given|need|require)\\b|\\bworth\\b|\\bcost\\b|(?:size|scale) of the .*(?:fund|scheme|programme|plan|project)|how (?:big|large) (?:is|are|was|were|will|would) the .*(?:${SIZED_BY_MONEY})|\\bin (?:billions|millions)\\b|規模|规模|what(?:'s| is| was| are| were) (?:(?:the|its|their) (?:[\\w&-]+ ){0,3}[\\w&-]+'s |(?:the|its|their) |(?:[\\w&-]+ ){0,2}[\\w&-]+'s )(?:[\\w&-]+ |\\([^)]{1,30}\\) ){0,3}(?:budget|funding|amount|cost|price|fee|prize|capital|salary|grant|subsidy|provision|allocation|estimate|expenditure|investment|turnover|revenue|spending|income|rent|rental|fare|tuition|(?:transaction |trade |dollar |money |monetary |total |daily |average |annual )value|cap|ceiling|maximum(?! (?:age|period|term|number|duration))|(?<!(?:time|age|speed|term) )limit)\\b|how many (?:dollars|(?:billion|million)(?! (?:square|sq|hectares?|metres|meters|people|users|residents|visitors|passengers)\\b))|\\bin (?:hk\\$|us\\$|rmb\\b|\\$)|\\bin (?:hk )?dollars\\b|多少錢|多少钱|幾多錢|几多钱|幾錢|几钱|多少億|多少亿|幾多億|几多亿|多少萬|多少万|幾多萬|几多万|多少資金|多少资金|幾多資金|几多资金|金額|金额|(?:撥款|拨款|預算(?!案)|预算(?!案)|款項|款项|經費|经费).*(?:多少|幾多|几多)|(?:多少|幾多|几多).*(?:撥款|拨款|預算(?!案)|预算(?!案)|資助|资助|投資|投资|開支|开支|款項|款项|經費|经费)`, 'i')],
  // "Can you give me the total budget of X?": a sum requested by its noun.
  ['amount', /^(?:give|tell|show)(?: me| us)? (?:the |its |their )?(?:[\w&-]+ ){0,3}(?:budget|funding|amount|cost|allocation|expenditure|provision|spending)\b/i],
  // "What is Programme (2) projected to be for 2026-27?": a figure forecast or budgeted, asked by what it is expected to be.
  ['amount', /\bwhat (?:is|are|was|were) .{2,60}? (?:projected|forecast|estimated|budgeted|expected) to (?:be|reach|cost|total)\b/i],
  // 「多少觀眾」「多少學生」: 多少 before a noun that is no sum counts it (a sum was matched above).
  ['count', /多少(?=[\u4e00-\u9fff])(?![錢钱億亿萬万元])/],
  // "Which InnoHK cluster …?", 「哪個InnoHK平台下成立」: one of a named family, a body's name (not where, not when).
  ['person', WHICH_OF_NAMED_FAMILY],
  // "When …" asks a date; "What was X when Y opened?" asks X: a "when" after another question word is a conjunction.
  ['date', /\b(?:and|or) when\b|(?<!\b(?:what|how|which|who)\b[^.?!;,，。？！；]*)\bwhen\b|\bdates?\b|what year|which year|\b(?:what|which) month\b|邊年|边年|what date|by when|\bdeadline\b|\bdue date\b|\bclosing date\b|截止日期|何時|何时|幾時|几时|什麼時候|什么时候|甚麼時候|哪一年|哪年|何年|幾月|几月|哪個月|哪个月|日期|哪一天|哪天|哪一日|邊一日|边一日|邊日|边日|幾號|几号|\b(?:which|what) day\b/i],
  // 「是在哪一個之下成立的」「喺邊個平台下面成立」, "under which cluster was it set up": which body or programme a thing stands under, a
  // name (not where: 在哪 alone asks a place).
  ['person', /(?:在|喺|于|於)\s*(?:哪|邊|边)(?:一)?(?:個|个)[^，。,？?]{0,8}?(?:之下|下面|底下|下)|\bunder which (?:[\w&@+-]+ ){0,3}?(?:cluster|platform|programme|program|scheme|fund|body|organi[sz]ation|institute|initiative)s?\b/i],
  ['place', ASKS_PART_OF_PLACE],
  ['place', /\bwhere\b|\b(?:which|what) (?:venue|location|district|site|address)\b|\b(?:which|what) (?:mainland |local |overseas |chinese )?(?:area|region|city|town)\b(?!s\b| of\b)(?!.*\bcover)|邊區|边区|(?:喺|在)(?:邊|边)(?![個个位間间家所啲])|哪裡|哪里|哪裏|邊度|边度|在哪|位於|位于|(?:邊|边|哪)(?:個|个|一個|一个|一)?(?:園區|园区|區(?!議|议)|区(?!议)|地區|地区|城市|省|市(?![場场民]))|\b(?:which|what) (?:park|science park|country|province|zone)\b/i],
  // Who may take part or benefit ("who can apply", "who is it meant to help", 「邊個可以申請」「資助對象」) is answered by a kind of
  // people or firms the sentence describes, not by a name: quoted, not read as a person or body.
  ['other', /\bwho (?:can|may|could|is able to|are able to|is allowed to|are allowed to) (?:apply|join|use|benefit|participate|take part|get|receive)\b|\bwho (?:gets|receives|qualifies for|benefits from)\b|\b(?:which|what) (?:groups?|kinds?|types?|categor(?:y|ies)) of (?:people|persons|academics|scholars|researchers|talents?|professionals|staff|students|companies|firms|enterprises)\b|\bwho (?:is|are) (?:eligible|qualified|entitled)\b|\bwho qualifies\b|\bwho benefits\b|\bwho (?:is|are|was|were) (?:[\w'’&+-]+ ){0,6}?(?:meant|intended|designed|supposed|aimed) (?:to (?:help|benefit|serve|support)|for|at)\b(?=\s*[?？]?\s*$)|\bwho (?:does|do|will|would|did) (?:[\w'’&+-]+ ){0,6}?(?:help|benefit|serve|target)\b(?=\s*[?？]?\s*$)|\bfor whom\b|(?:邊個|边个|邊啲人|边啲人|哪些人|什麼人|什么人|甚麼人|誰|谁)(?:可以|能夠|能够|可|有資格|有资格)(?:申請|申请|參加|参加|參與|参与|受惠)|申請資格|申请资格|(?:資助|资助|服務|服务)對象|(?:資助|资助|服務|服务)对象|受惠(?:對象|对象|者)|惠及(?:邊啲|边啲|哪些|什麼|什么|甚麼)|(?:資助|资助|幫|帮|支援|支持)(?:邊啲|边啲|哪些)(?:人|企業|企业|機構|机构)/i],
  ['person', /\bwho\b|\b(?:which|what) (?!(?:is|are|was|were|does|do|did|has|have|will)\b)(?:[\w-]+ ){0,2}?(?:university|department|bureau|organi[sz]ation|body|agency|company|institution|office|council|authority|institute)\b(?=\s*[?？]?\s*$|\s+(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|should|runs?|leads?|manages?|operates?|oversees?|hosts?|receives?|gets?|got|gives?|gave|funds?|chairs?|heads?|handles?|takes?|took|sets?|[a-z]+ed)\b)|(?:哪|邊|边)(?:間|间|個|个|所|家)(?:大學|大学|部門|部门|機構|机构|公司|組織|组织|政府部門|政府部门|辦公室|办公室)|(?:什麼|甚麼|什么|咩|乜嘢?|哪個|哪个|哪一個|哪一个)\s*(?:機構|机构|組織|组织|部門|部门|團體|团体|政府部門|政府部门)|\bname of (?:the )?(?:current )?(?:person|head|chair(?:man|person|woman)?|director|(?:permanent )?secretary|commissioner|chief|president|ceo)\b|what(?:'s| is) (?:his|her) name|叫咩名|叫甚麼名|叫什么名|叫乜名|姓名|誰|谁|邊個|边个|邊位|边位|(?:哪一位|哪位|邊一位|边一位)(?!\s*(?:數|数|學|学))/i],
  // 「係邊16間」「即係邊八間銀行」: which ones, of a set counted with two or more, asks its members.
  ['list', WHICH_COUNTED_ZH],
  ['list', /what (?:exactly |actually |really )?are (?:the|those|these)\b|which (?:\w+ )?(?:are|were)|\blist\b|\bname (?:the|some|a few|any|all|several|one|two|three)\b|\b(?:give|show) (?:me |us )?(?:some |a few )?examples\b|列出|列舉|列举|舉(?:幾|几|一些|啲)?例|举(?:几|一些)?例|what (?:measures|initiatives|schemes|programmes|funds)|哪些|有邊啲|有边啲|邊啲|边啲|(?:有甚麼|有什麼|有什么|有咩)(?!用)|包括/i],
  // … and a statement with a tag asking it be confirmed: "FPS has over 20 million users now, right?", 「……，對吧？」; any verb in
  // the A-not-A form Chinese asks yes or no with (「係唔係」「是不是」「會唔會」「使唔使俾錢」「可唔可以申請」「去不去」, a tag 「……，對不對？」 too).
  ['yes-no', /^(?:is|are|does|do|did|was|were|has|have|had|will|would|can|could|should|whether)\b|[,，]\s*(?:right|correct|true|isn't it|is that (?:right|correct|so)|am i right|no)\s*[?？]+\s*$|[,，]\s*(?:對吧|对吧|是吧|冇錯吧|沒錯吧|没错吧)\s*[?？]*\s*$|嗎[？?]?$|吗[？?]?$|有冇|係咪|系咪|係米|系米|是否|會否|会否|能否|可否|有否|有沒有|有没有|咗未|了沒|了没|未[呀啊吖]?[？?]?$|([\u4e00-\u9fff])(?:唔|不)\1/i],
  // "What is X for", "why set up X", "what does X aim to do": the purpose clause, not a description.
  ['purpose', /what (?:is|are|was|were) (?:the )?.{2,60}? for\b(?!\s+(?:the )?(?:(?:fy|fiscal|financial|budget) ?)?(?:year|\d))|\b(?:used|meant|spent) for\s*[?？]*\s*$|\bpurpose\b|\baims?\b|\bobjective|\bgoal\b|(?:supposed|meant|intended) to(?! be\b)|why (?:set up|establish|create|launch)|what(?:'s| is) the (?:point|use|benefit) of\b|why (?:would|should|might) (?:an? |the |my |our )?[\w'’&+-]+(?: [\w'’&+-]+){0,3} (?:bother (?:to )?|want to |need to |choose to )?(?:use|using|join(?:ing)?|apply(?:ing)? for|sign(?:ing)? up for|register(?:ing)? (?:for|with)|mov(?:e|ing) (?:in)?to)\b|why (?:was|were|has|have|had) (?:it|they|this|that|the (?:(?!(?:when|after|before|because|if|while|delayed|postponed|cancelled|not)\b)[\w'’&@+-]+ ){0,6}?)(?:been )?(?:opened(?! up\b| to\b)|set up|established|created|launched|introduced)\b|用途|目的|宗旨|目標是|目标是|做咩用|做乜用|用嚟做|用来做|用來做|(?:用來|用来|用嚟)(?:幹|干)(?:嘛|麼|么)|(?:是|係|系)(?:干|幹|做)(?:什么|什麼|甚麼|咩|乜|嘛)(?:嘅|的|㗎)|有(?:咩|乜|什麼|什么|甚麼)用(?![戶户家地])|(?:為何|为何|為咩|为咩|點解|点解|為甚麼|为甚么|為什麼|为什么)要?(?:設立|设立|成立|推出|建立|搞)(?![^？?]{0,12}(?:日期|時間|时间|延遲|延迟|推遲|推迟|咁耐|這麼久|这么久|未))|為甚麼要|为什么要|為什麼要/i],
  ['definition', /what(?: exactly| actually| really)? (?:is|was|does)|what's|tell me about|explain|\bwhat (?:kind|sort|type) of (?:thing|entity|body|organi[sz]ation|institution|outfit) (?:is|are|was|were)\b|\bwhat (?:kind|sort|type) of (?:scheme|programme|program|project|initiative|fund|plan|facility|centre|center|platform|institute|company|zone|park|policy|competition|challenge|award|event) (?:is|was) (?:the|a|an|this|that|it)\b|(?:是|係|系)一?(?:個|个|項|项|種|种)?(?:怎樣|怎样|點樣|点样|什麼樣|什么样|甚麼樣|咩樣)(?:的|嘅)[\u4e00-\u9fff]{1,4}\s*[?？]*\s*$|(?:是|係|系)一?(?:種|种|個|个|項|项|樣|样)(?:甚麼|什麼|什么|咩|乜)|是什麼|是什么|是甚麼|係咩|系咩|係乜|什麼是|什么是|甚麼是|咩嚟|乜嘢|做咩|做什麼|做什么|介紹|介绍/i],
];

/** The polar question forms (English auxiliaries first, 嗎 at the end, 是否, 係咪 and its chat spelling 係米, 有冇…): the yes-no cue. */
const YES_NO_CUE = CUES.find(([type]) => type === 'yes-no')![1];
/** An English sentence opening with an auxiliary: the last sentence of "The 2024-25 Budget said … . Do the 2025-26 slides confirm it?". */
const POLAR_LAST_SENTENCE = /(?:^|[.!?]\s+)(?:is|are|does|do|did|was|were|has|have|will|can|could|should)\b[^.!?]*[?？]?\s*$/i;
/** … or after an opening phrase of where or what it is about: "Under the scheme(,) does the government pay more?", "According to the fact sheet, is it …?". */
const POLAR_AFTER_OPENER = /^(?:under|in|for|according to|as for|regarding|about|on|from|at|by)\b[^.!?]*?(?:,\s*(?:is|are|does|do|did|was|were|has|have|will|can|could|should)\s+[a-z]|(?:,\s*|\s)(?:is|are|does|do|did|was|were|has|have|will|can|could|should)\s+(?:the|it|its|they|this|that|there|hong kong|hk|any|a|an|one|each|every|all|some|we|you)\b)[^.!?]*[?？]\s*$/i;
/**
 * … or a statement asked back: "manufacturing+ is 1:1 matching?", "hk has issued 10 digital bank licences right":
 * English words with a verb in the middle, ending in a question mark or a tag (right, correct, true), and no question word.
 */
const POLAR_DECLARATIVE = /^[^?？\u3400-\u9fff]*\b(?:is|are|was|were|has|have|had|does|do|did|will|can|gets?|got)\b[^?？\u3400-\u9fff]*(?:[?？]|\s(?:right|correct|true|yeah|yea|rite))\s*[?？]*\s*$/i;
/** A confirming tag at the end ("… right", "…, correct?"): the statement before it is put to be confirmed. */
const CONFIRMING_TAG = /\s(?:right|correct|true|yeah|yea|rite)\s*[?？]*\s*$/i;
/**
 * A request or a description, not a statement put to be confirmed: "Please list …?", "Tell me about …?", 「列出…？」,
 * a relative clause ("the schemes that are funded …?"), or a verb left last ("The budget for X is?").
 */
const REQUEST_LEAD = /^(?:please|pls|list|tell|give|show|explain|name|summari[sz]e|describe|find|compare|can you|could you|would you)\b|^(?:請|请)?(?:列出|講下|讲下|介紹|介绍|話我知|话我知|給我|给我|說明|说明)/i;
const RELATIVE_CLAUSE = /\b(?:that|which|who)\s+(?:is|are|was|were|has|have|had|does|do|did|will|can|gets?|got)\b/i;
const VERB_LAST = /\b(?:is|are|was|were|has|have|had|does|do|did|will|can)\s*[?？]+\s*$/i;
/** How near the question's end a figure must stand to be what a statement asked back puts forward (「…係咪半球？」). */
const PREDICATE_FIGURE_REACH = 8;

/**
 * "manufacturing+ is 1:1 matching?", "hk has issued 10 digital bank licences right": a statement asked back. Its predicate
 * must hold something to check — a figure or ratio — unless a confirming tag ends it; a request, a relative clause or a
 * verb left last makes it no statement ("InnoHK is great?" has nothing to check against the documents).
 */
function statementAskedBack(question: string): boolean {
  if (!POLAR_DECLARATIVE.test(question) || REQUEST_LEAD.test(question) || RELATIVE_CLAUSE.test(question) || VERB_LAST.test(question)) return false;
  return CONFIRMING_TAG.test(question) || /\d\s*(?::|to)\s*\d/i.test(question) || extractQuantities(question).some((q) => q.kind === 'money' || q.kind === 'percent' || q.kind === 'number');
}
/** 「幾座」「几个」: how many, asked by 幾 and a classifier (WH_WORD holds 幾多 only). */
const ASKS_HOW_MANY_ZH = new RegExp(`[幾几][${CN_CLASSIFIER}年月日]`, 'u');
/** Question words: a question holding one asks for a value, not a yes or no ("係咪…幾多", "is it … how much"). */
export const WH_WORD = /\b(?:how|what|which|when|where|who|whom|whose|why)\b|多少|幾多|几多|甚麼|什麼|什么|咩|乜|哪|(?<![旁身這这那兩两一左右外裏里上下前後后周四岸])(?:邊|边)|幾時|几时|何時|何时|點解|点解|為何|为何|為甚麼|为什么|怎樣|怎样|怎麼|怎么|幾耐|几耐|幾大|几大|多大|多久|多長|多长/i;

/** A choice between alternatives ("more AI firms or life-science firms?", 定係, 還是) is no yes/no question. */
/** A cleft polar question: "Is it the X who …?", "Was it Cyberport that …?". */
const CLEFT_POLAR = /^(?:is|was|are|were) (?:it|this|that) (?:really |actually |indeed )?(?:the |a |an )?[^?]{1,80}? (?:who|that|which)\b/i;
export const CHOICE = /\bor\b(?! (?:more|less|above|below|over|under|not)\b)|還是|还是|定係|定系|抑或|(?<=[\u3400-\u9fff\d])定(?=[\u3400-\u9fff\d])(?![期價价時时義义位])/iu;

/**
 * Questions whose kind and intent are remembered (bounded in bytes as every memo is): the retriever,
 * the table module, the answerer and the follow-up reader each read them of the same question, the
 * table module several times.
 */
export const QUESTION_INTENT_MEMO_ENTRIES = 4096;
const answerTypes = new Memo<AnswerType>(QUESTION_INTENT_MEMO_ENTRIES);
const intents = new Memo<QuestionIntent>(QUESTION_INTENT_MEMO_ENTRIES);

export function detectAnswerType(question: string): AnswerType {
  return answerTypes.get(question, () => detectAnswerTypeUncached(question));
}

function detectAnswerTypeUncached(question: string): AnswerType {
  const normalised = withoutPoliteRequest(withApostrophes(question.normalize('NFKC').trim()));
  // "Is it the Secretary who accounts for Head 135?": a cleft question puts one thing forward to be confirmed; its who or that joins a clause.
  if (CLEFT_POLAR.test(normalised) && !CHOICE.test(normalised)) return 'yes-no';
  // A polar question is answered yes or no even when it names a figure ("是否超過1.3億元", "Is it above $5 billion?"),
  // unless it also asks for a value with a question word.
  if ((YES_NO_CUE.test(normalised) || POLAR_LAST_SENTENCE.test(normalised) || POLAR_AFTER_OPENER.test(normalised) || statementAskedBack(normalised)) && !WH_WORD.test(normalised) && !CHOICE.test(normalised)) return 'yes-no';
  // 「最多資助半球？」, "AI institute $1bn?": a sum or a share stated as the predicate and asked back, with no question word, is checked yes or no.
  if (/[?？]\s*$/u.test(normalised) && !WH_WORD.test(normalised) && !ASKS_HOW_MANY_ZH.test(normalised) && !CHOICE.test(normalised) && !REQUEST_LEAD.test(normalised) && extractQuantities(normalised).some((q) => (q.kind === 'money' || q.kind === 'percent' || (q.kind === 'number' && /[\u3400-\u9fff]/u.test(q.raw))) && normalised.length - q.end <= PREDICATE_FIGURE_REACH)) return 'yes-no';
  const choice = CHOICE.test(normalised);
  for (const [type, cue] of CUES) if (cue.test(normalised) && !(type === 'yes-no' && choice) && !(WHY_OVER.has(type) && ASKS_WHY.test(normalised))) return type;
  return 'other';
}


/** "Why hasn't it been decided where to build it?", 「點解仲未定喺邊度起」: a why asks the cause, not the place or time it names. */
/**
 * A reason asked. 為何 asks why before what it asks about (「為何推出」), but closing a formal question after a noun
 * (「淨變動為何？」「推出時間表為何？」) it asks what the thing is: written Chinese's 「X為何」 is "what is X" (a reason's, 「原因為何」,
 * still asks why).
 */
export const ASKS_WHY = /\bwhy\b|\bhow come\b|點解|点解|(?:為何|为何)(?!\s*(?:呢|呀)?\s*[？?。]?\s*$)|(?:原因|理由|緣故|缘故)\s*(?:是|係)?\s*(?:為何|为何)|為什麼|为什么|為甚麼|为甚么|為咩|为咩/i;
const WHY_OVER: ReadonlySet<AnswerType> = new Set(['place', 'date']);

/**
 * Chat spellings of the words a question's kind is read from, in casual English: words no other
 * English word is spelt as (wat, hw, whr, yr), and "r" only right after a question word ("what r the …").
 */
const CHAT_WORDS: Record<string, string> = { wat: 'what', wot: 'what', wats: "what's", hw: 'how', wen: 'when', whr: 'where', pls: 'please', plz: 'please', yr: 'year', yrs: 'years' };
const CHAT_SPELLINGS = new RegExp(`(?<![&.'’-]\\s*)\\b(?:${Object.keys(CHAT_WORDS).join('|')})\\b(?!\\s*[&.'’-])`, 'gi');
const CHAT_ARE = /\b(what|which|who|where|how|when)\s+r\b(?!\s*[&.'’-])/gi;

/** Casual typing drops the apostrophe of a question word's contraction ("whats", "wheres", "whos"): read as written with it. */
function withApostrophes(question: string): string {
  return question
    .replace(/\b(what|where|who|when|how|that)s\b/gi, "$1's")
    // … and chat spellings of question words: "what r the …", "wat", "hw much", "wen", "whr".
    .replace(CHAT_SPELLINGS, (written) => CHAT_WORDS[written.toLowerCase()] ?? written)
    .replace(CHAT_ARE, '$1 are');
}

/** What a question asks (shared: callers must not change it; copy it to change it). */
export function analyzeQuestion(question: string): QuestionIntent {
  return intents.get(question, () => analyzeQuestionUncached(question));
}

function analyzeQuestionUncached(question: string): QuestionIntent {
  const normalised = question.normalize('NFKC');
  const quantities = extractQuantities(normalised);
  // A calendar year in a premise ("The fact sheet says it opened in Dec 2024. What will it reach?")
  // dates a fact the asker states, not the year asked; a budget year there still scopes the question.
  // … and when the asking part moves the time on ("what is it called now?", 「後來定名為」), so is a budget year there.
  const startedFrom = laterPremiseEnd(normalised);
  const statedUntil = Math.max(premiseEnd(normalised), startedFrom);
  return {
    language: detectLanguage(question),
    answerType: detectAnswerType(question),
    fiscalYears: quantities.filter((q) => q.kind === 'fiscal-year' && q.start >= startedFrom).map((q) => q.label!),
    years: quantities.filter((q) => q.kind === 'year' && q.start >= statedUntil).map((q) => q.value),
    counted: countedWords(question),
  };
}
