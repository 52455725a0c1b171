import { englishTerms } from './analyze.js';

/**
 * Words that frame a question rather than name its topic: how it asks (what … meant, how big, in
 * total, compared with, went up), what kind of figure it wants (cost, percentage,
 * number, billion, RMB), which document (slides, table, column), and Cantonese and Mandarin
 * question particles and verbs (俾、攞、搞、幾時、點解、用嚟). When the documents never use such a
 * word, its absence says nothing about whether they answer: the retriever leaves it out of a
 * question's coverage and of its share of unseen words, so that an unseen word left is one of the
 * question's topic ("hospital beds", 公屋輪候) — what the documents do not cover. Not corpus words:
 * the vocabulary of questions, the same for next year's documents.
 */
const ENGLISH_FRAME = `mean meant means meaning bigger smaller larger higher lower greater more less fewer largest smallest highest
  lowest biggest total totals overall altogether purpose purposes aim aims goal goals point size number numbers amount
  amounts figure figures percentage percent proportion share compare compared comparison change changed changes difference
  differ go goes going went gone got get gets came come comes seen taken still since across anything something thru ve ll
  really actually exact exactly latest cost costs costing slide slides deck sheet report column table billion billions million
  millions thousand dollar dollars hkd rmb yuan january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec name named called long much many supposed meant`;

/** In Simplified, as the analyser folds Chinese before it segments. */
const CHINESE_FRAME = `几个 几时 几耐 几大 几钱 几多钱 时候 目的 规模 数目 数量 数字 百分比 百分之几 总共 一共 合共 总额 金额 要求 用来
  用嚟 系用 俾 畀 搞 攞 拎 仲有 还有 还是 定系 提到 讲 讲到 属于 原本 上年 今次 今年 明年 去年 相比 比较 更高 更多 多过 少过 低过 高过
  跌 升 下降 上升 增加 减少 点解 为何 为什么 边类 边样 边种 边间 第几 意思 简报 年度预算 加埋 成个 做紧 起紧 用紧 经过 如果 这个
  那个 呢个 嗰个 打算 有份 帮 帮手 要花 花 资料 文件 报告 表 一览
  获拨 获批 获得 获分配 拨咗 拨了 攞到 拎到 得到 究竟 到底 一种 东西 嘢`;

export const QUESTION_FRAME_TERMS: ReadonlySet<string> = new Set([...englishTerms(ENGLISH_FRAME), ...CHINESE_FRAME.split(/\s+/).filter(Boolean)]);

/** The end of a sentence inside a question: a full stop, question or exclamation mark, or semicolon, followed by more text (a ？ read as ? by NFKC ends one before Chinese text too). */
const SENTENCE_END = /[.!?;](?=\s+\S)|[!?;](?=\s*[\u3400-\u9fff「『])|[。！？；](?=\s*\S)/gu;

/**
 * Where a question's asking sentence (its last) starts, 0 when it has one sentence. What comes before
 * is a premise: "The 2025 fact sheet said over 1,600 companies. How many does the press release say?"
 */
export function askingSentenceStart(question: string): number {
  let start = 0;
  for (const end of question.matchAll(SENTENCE_END)) start = (end.index ?? 0) + 1;
  return start;
}

/**
 * Where the premise of a question ends: the statements before its asking sentence ("The fact sheet
 * says the centre opened in Dec 2024. What computing power will it reach?"), 0 when there are none or
 * an earlier sentence asks too (two questions in one: "When did it open? How much did it cost?").
 */
export function premiseEnd(question: string): number {
  const start = askingSentenceStart(question);
  return /[?？]/u.test(question.slice(0, start)) ? 0 : start;
}

/** Words asking what came of what a premise states: "when was it actually set up?", "did that happen?", 「結果…」「最終…」. */
export const ASKS_OUTCOME = /\b(?:eventually|in the end|actually|in fact)\b|\bdid (?:that|it|this) (?:really )?happen\b|結果|结果|最後|最后|最終|最终|終於|终于|實際上|实际上/iu;
/** Words that move the asked time after what the premise states ("what is it called now", 「後來定名為」), and those asking what came of it. */
const LATER = new RegExp(`\\b(?:later|now|since then|subsequently|these days|currently|nowadays)\\b|後來|后来|其後|其后|現時|现时|而家|如今|目前|${ASKS_OUTCOME.source}`, 'iu');
/** A premise reports what a document said ("the slides said", 「預算案提到」); "According to X," only names the source asked. */
export const SAYS = /\b(?:said|says|say|mentioned|mentions|stated|states|announced|announces|reported|reports|noted|notes|described|proposed|set out|promised|promises|pledged|pledges)\b|提到|提及|指出|表示|說|说|話|话|講|讲|公布|公佈|宣布|宣佈/iu;
/** Breaks between a premise clause and the asking one: a comma, semicolon, dash, or a sentence end. */
const PREMISE_BREAK = /[，,；;。.!?！？]\s*|\s[-–—]\s+/gu;

/**
 * Where a premise ends when the asking part moves the time on ("The 2025-26 slides said 20 ha go to
 * HKSTP — what is that project now called?", 「2025-26年度預算案提到……用地，後來定名為甚麼項目？」): the
 * last break before an asking part that says "later", "now", 後來; 0 when there is none, or the part
 * before it asks too. What the premise dates (even a budget year) is then the time the asker starts
 * from, not the time asked.
 */
export function laterPremiseEnd(question: string): number {
  let end = 0;
  for (const found of question.matchAll(PREMISE_BREAK)) {
    const at = (found.index ?? 0) + found[0].length;
    if (at < question.length && LATER.test(question.slice(at))) end = at;
  }
  const premise = question.slice(0, end);
  if (end === 0 || /[?？]/u.test(premise) || LATER.test(premise) || !SAYS.test(premise)) return 0;
  return end;
}

/** The verbs of "how long has X …": it has existed since it was set up ("been around", "existed", "been in operation"). */
export const EXISTED_VERBS = String.raw`(?:been around|existed|exist|been in existence|been (?:in )?operati(?:ng|on)|been running|been open)`;

/**
 * Phrases that only frame a question, read as the plain question they ask: "which part of Hong Kong
 * is X in" asks where X is, and its "part" and "Hong Kong" are no words of its topic.
 */
/**
 * "Which part of Hong Kong is X in?", "Which area is X in?", "What district is X located in?": where X is (the retriever
 * reads it as "where"; the question's kind is a place). Not "which area are firms working in" (a field of work).
 */
export const ASKS_PART_OF_PLACE = /\b(?:which|what) part of (?:hong kong|hk|the city|the territory|town)\b|\b(?:which|what) (?:area|district|neighbou?rhood|locality)(?= (?:is|are|was|were|will be)\s+[^?？]*?(?<![a-z]ing)\s+(?:(?:located|situated|based)\s+)?in\s*[?？]*\s*$)/i;

const FRAME_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(ASKS_PART_OF_PLACE.source, 'gi'), 'where'],
  // 「到底是甚麼」「究竟係乜」: an intensifier of the asking, no word of the topic.
  [/到底|究竟/g, ''],
  // "How long has X been around?" asks since when X has been set up: its founding answers.
  [new RegExp(String.raw`\bhow (?:long|many years) (has|have|had) (.+?) ${EXISTED_VERBS}\b`, 'gi'), 'since when $1 $2 been established'],
];

export function withoutFramePhrases(question: string): string {
  return FRAME_PHRASES.reduce((text, [phrase, plain]) => text.replace(phrase, plain), question);
}

/**
 * The preface of a request written by someone drafting a reply for others (staff answering a
 * Legislative Council question, a media enquiry or a member of the public): "For the purpose of a
 * draft reply to a LegCo question, …", "I'm preparing a reply to a media enquiry.", 「為草擬立法會質詢的
 * 回覆，」. It says why the fact is wanted, not which fact: the question is what follows it.
 */
const DRAFTING_PREFACE: readonly RegExp[] = [
  /^\s*(?:for|in|as part of)\s+(?:the\s+purpose\s+of\s+)?(?:preparing\s+|drafting\s+|writing\s+)?(?:a|an|the|my|our|this)?\s*(?:draft\s+)?(?:reply|replies|response|answer|briefing|brief|speaking note|submission)\b[^,:;.?!—–]{0,100}[,:;.!—–]\s*/i,
  /^\s*(?:i|we)\s*(?:am|are|'m|'re)\s+(?:drafting|preparing|writing|working on)\s+(?:a|an|the|my|our)?\s*(?:draft\s+)?(?:reply|replies|response|answer|briefing|brief|speaking note|submission)\b[^,:;.?!—–]{0,100}[,:;.!—–]\s*/i,
  /^\s*(?:為|为|就)?(?:草擬|草拟|擬備|拟备|撰寫|撰写|準備|准备)[^，,。：:；;？?]{0,30}?(?:回覆|回复|答覆|答复|覆函|質詢|质询|查詢|查询)[^，,。：:；;？?]{0,10}[，,。：:；;]\s*/,
  /^\s*(?:為|为|就)(?:回覆|回复|答覆|答复)[^，,。：:；;？?]{0,30}?[，,。：:；;]\s*/,
];

/**
 * A greeting and the asker saying who they are, as a sentence of its own before the question ("Hi, I work for a district
 * councillor.", "I'm a secondary school teacher.", "retired engineer here -", "I'm doing some research.", 「你好，我係中學老師。」
 * 「我做緊研究，」): why they ask, not what.
 * Only a statement of who the asker is (a role with an article, an employer, "X here"), never one of what they are doing or
 * looking at ("I'm curious about the X scheme.", 「我哋係…生產線嘅廠商」), which may name what is asked about; and taken off only
 * when it names nothing (no capitalised word but its first and "I", no quote, no figure) and a question is left.
 */
const ASKER_PREFACE_EN = /^\s*(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))(?:\s+there)?\s*[,!.]\s*)?(?:(?:i|we)\s*(?:am|are|'m|’m|'re|’re)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|(?:i|we)\s+(?:work|worked)\s+(?:for|at|in|with)\s+(?:an?|the|my|our)?\s*(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|(?:i|we)\s*(?:am|are|'m|’m|'re|’re)\s+(?:doing|writing|working on)\s+(?:some\s+|an?\s+|my\s+|our\s+)?(?:research|homework|assignment|report|essay|project)|(?:[a-z][\w-]*\s+){1,3}here)\s*(?:[.!;:,—–]|\s-)\s*/i;
const ASKER_PREFACE_ZH = /^\s*(?:(?:你好|您好|哈囉|哈佬|hello|hi)\s*[，,！!。]?\s*)?(?:我|我哋|我們|我们)(?:(?:係|系|是)(?:一個|一个|一名|一位|個|个)?[^，,。！!？?：:的嘅喺在]{1,8}|(?:做緊|做紧|正在做|喺度做|在做)(?:一份|一個|一个|個|个)?(?:研究|功課|功课|報告|报告|論文|论文|作業|作业|簡報|简报))\s*[，,。！!：:]\s*/;
const GREETING_ONLY = /^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|你好|您好)(?:\s+there)?\s*[,，!！.。]\s*/i;

/** The question without a greeting and a preface saying who asks (see ASKER_PREFACE_EN); the question itself when it has neither or the preface names something. */
export function withoutAskerPreface(question: string): string {
  for (const preface of [ASKER_PREFACE_EN, ASKER_PREFACE_ZH, GREETING_ONLY]) {
    const match = preface.exec(question);
    if (!match) continue;
    const rest = question.slice(match[0].length);
    const namesSomething = /["“‘「『《\d]/.test(match[0]) || match[0].trim().split(/\s+/).slice(1).some((word) => /^[A-Z]/.test(word) && !/^I(?:['’]m)?$/.test(word));
    if (rest.trim() && !namesSomething && ASKS.test(rest)) return rest;
  }
  return question;
}
/** A question left after the preface: a question word, a question mark, or Chinese asking words. */
const ASKS = /[?？]|\b(?:what|which|who|when|where|why|how|is|are|was|were|do|does|did|has|have|can|could|will|would)\b|幾|几|多少|咩|乜|邊|边|哪|何|甚麼|什麼|什么|係咪|是否|有冇|有沒有|嗎|吗/i;

/** What a drafted reply answers (a question, an enquiry, a letter; of LegCo, the media, the public), or a word of drafting: "a response to the pandemic" is no preface. */
const DRAFTING_OBJECT = /draft|question|enquir|inquir|quer(?:y|ies)|letter|complaint|legco|legislative council|media|press|journalist|reporter|member|constituent|councillor|草擬|草拟|擬備|拟备|撰寫|撰写|回覆|回复|答覆|答复|覆函|質詢|质询|查詢|查询/i;

/**
 * A polite request for a fact, read as the question it asks: "please confirm the change in …",
 * "could you tell me the estimate …" ask what the change or the estimate is; 「請確認……」「麻煩提供……」
 * ask for it. "Confirm whether/that …" asks whether.
 */
const REQUEST_LEADS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*(?:(?:could|can|would)\s+you\s+)?(?:please\s+|kindly\s+)?(?:confirm|verify|check|tell me|let me know|advise)[:,]?\s+(?:for me\s+)?(?:whether|if|that)\s+/i, 'whether '],
  [/^\s*(?:(?:could|can|would)\s+you\s+)?(?:please\s+|kindly\s+)?(?:confirm|provide|give me|tell me|let me know|advise(?: on)?)[:,]?\s+(?!about\b|more\b)(?=\S)/i, ''],
  [/^\s*(?:請|请|麻煩|麻烦|唔該|唔该)(?:你)?(?:確認|确认|核實|核实)(?:一下|下)?(?:是否|係咪|系咪)/, '是否'],
  [/^\s*(?:請|请|麻煩|麻烦|唔該|唔该)(?:你)?(?:確認|确认|核實|核实|提供|告訴我|告诉我|話我知|话我知)(?:一下|下)?/, ''],
];

/** An English question that asks already: a question word or an auxiliary first. */
const ASKING_WORD_EN = /^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|whether)\b/i;

/** The question a request asks, without the drafting preface and the polite lead ("please confirm"); the question itself when it has neither. */
export function withoutRequestFrame(question: string): string {
  let text = withoutAskerPreface(question);
  for (const preface of DRAFTING_PREFACE) {
    const match = preface.exec(text);
    // A preface with nothing after it is the question.
    if (match && text.slice(match[0].length).trim() && DRAFTING_OBJECT.test(match[0])) text = text.slice(match[0].length);
  }
  for (const [lead, plain] of REQUEST_LEADS) {
    const match = lead.exec(text);
    if (match && text.slice(match[0].length).trim()) {
      const rest = text.slice(match[0].length);
      // "Please confirm the change in …": a thing named, asked what it is.
      text = plain || !/^[a-z]/i.test(rest) || ASKING_WORD_EN.test(rest) ? plain + rest : `what is ${rest}`;
      break;
    }
  }
  return text;
}

/**
 * A request put as a polite question ("can u name some of the R&D centres", "could you tell me about …",
 * 「可唔可以列出…？」「你能介紹一下…嗎」) asks for what it requests, not for a yes or no: the frame is read off and the
 * request is typed as it would be typed without it. (Read by the question's kind only: `withoutRequestFrame` above rewrites the
 * question every part reads, for requests of a fact — "please confirm …", 「請提供……」.)
 */
const POLITE_REQUEST_EN = /^(?:(?:hi|hey|hello|ok|okay|so|and|um+)[,!\s]+)?(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?=(?:name|list|tell|give|show|explain|describe|summari[sz]e|share|provide|outline|mention|recommend|suggest)\b)/i;
const POLITE_REQUEST_ZH = /^(?:你|妳|您)?(?:可唔可以|可不可以|可以|能不能|能否|可否|能)(?:請你|请你|你|幫我|帮我)?(?=列出|列舉|列举|講下|讲下|講吓|說說|说说|說一下|说一下|介紹|介绍|舉|举|話我知|话我知|告訴我|告诉我|提供)/;
const POLITE_REQUEST_END = /\s*(?:嗎|吗|呀|啊|吖|呢)?\s*[?？]*\s*$/;

export function withoutPoliteRequest(question: string): string {
  if (POLITE_REQUEST_EN.test(question)) return question.replace(POLITE_REQUEST_EN, '').replace(/[?？]+\s*$/, '');
  if (POLITE_REQUEST_ZH.test(question)) return question.replace(POLITE_REQUEST_ZH, '').replace(POLITE_REQUEST_END, '');
  return question;
}
