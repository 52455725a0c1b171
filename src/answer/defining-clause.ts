import { QUOTED_NAME } from '../text/named-subjects.js';
/**
 * "What is X?", 「X係咩嚟㗎？」: the clause that says what X is. Documents define a thing in two ways,
 * in either language:
 * - X followed by a copula: 「商業數據通」是一項以……為本的數據基建, 「科技人才入境計劃」為……提供快速處理安排,
 *   "The Fund is a fund of funds …", "X refers to …";
 * - a modifier before X's quoted name saying what it does: 專注人工智能及機械人科技的「AIR@InnoHK」;
 * - the kind of thing written right before X's quoted name: 快速支付系統「轉數快」;
 * - what X does, right after its quoted name: 「產學研 1+計劃」，以配對形式資助……, 「X」透過母基金，加強引導……,
 *   「X」，為……企業……提供……資助 (for whom it provides what);
 * - what X is charged with, in a later clause of its sentence: 「X」於2024年7月正式成立，專責…….
 * - what X is for, in the clause after one that names it unquoted: 推行X，以配對形式支持……; "launch the X to support …".
 * A clause counts only when what it defines is the question's subject (the caller says, from the
 * names or rare words of the question): "政府為企業提供……" defines nothing asked about X. Pure.
 */

export interface DefiningClause {
  /** The clause that says what the subject is (after the copula, or the modifier before the name). */
  text: string;
  start: number;
}

/** A copula after the thing defined: 是 / 係 / 為 / 乃 / 即, "is a", "are the", "refers to", "means". */
const COPULA = /(?<![還还但於于就而否凡只總总不亦都也乃即若或])(?:是|係|為|为|乃|即)(?![否不])|\b(?:is|are)\s+(?:a|an|the|one)\b|\b(?:refers to|means|stands for)\b/giu;
/** A quoted name with the modifier before it: 專注……的「X」. */
const MODIFIED_NAME = /的\s*[「『“"]([^」』”"]{2,40})[」』”"]/gu;
/** A quoted name followed by what it does: 「X」，以……, 「X」透過……, 「X」旨在…… . */
const NAME_THEN_PREDICATE = /[「『“"]([^」』”"]{2,40})[」』”"]\s*(?:[，,]\s*(?=(?:為|为|向)(?![期時时止數数])[^，,。；;]{0,40}?[，,]?[^。；;]{0,30}?(?:提供|資助|资助|支援|協助|协助))|[，,]?\s*(?=以|透過|透过|通過|通过|旨在|用於|用于|專注|专注|聚焦|資助|资助|提供|支援|協助|协助|推動|推动|促進|促进|讓|让|使))/gu;
/** What a thing provides its beneficiaries: the verb a clause naming whom it is for runs on to. */
const PROVIDES = /提供|資助|资助|支援|協助|协助/u;
/** The furthest a clause naming whom a thing is for runs on to what it provides. */
const MAX_BENEFICIARY_CLAUSE_RUN = 40;
/** A clause saying what a body is charged with or devoted to: ，專責…, ，負責…, ，致力…. */
const CHARGED_CLAUSE = /[，,]\s*((?:專責|专责|負責|负责|專門|专门|專注|专注|致力|旨在|主力)[^，,。；;]{2,60})/gu;
/** A clause break followed by what the clause before it is for: 推行X，以配對形式支持…… (以, 旨在, 用以, 從而). */
const THEN_PURPOSE = /[，,]\s*(?=(?:以(?![及便後后上下外來来至致前往])|旨在|用以|藉以|借以|從而|从而)[\u4e00-\u9fff])/gu;
/** An English thing set up to do something: "launch the X to support …". */
const SET_UP_TO_DO = /\b(?:launch(?:ed|ing)?|set(?:ting)? up|establish(?:ed|ing)?|introduc(?:e|ed|ing)|implement(?:ed|ing)?|roll(?:ed|ing)? out|creat(?:e|ed|ing))\s+(?:the|a|an)\s+([^,;.]{4,80}?)\s+(?=to\s+(?!(?:the|a|an|be|market|public|date)\b)[a-z]+\b)/giu;
/** The longest clause read as naming what the next clause's purpose belongs to. */
const MAX_PURPOSE_OWNER_LENGTH = 60;
/** Where a clause ends. */
const CLAUSE_BREAK = /[，,。；;：:！？!?]/u;
/** The longest stretch read as the thing defined, before its copula. */
const MAX_DEFINED_LENGTH = 40;
/** A modifier that says what a body does or specialises in (專注醫療科技的「X」), not when or how it came (新成立的「X」). */
const SPECIALISES = /專注|专注|專門|专门|聚焦|致力|負責|负责|主力|從事|从事|專責|专责|提供|支援|推動|推动/u;
/** What opens a kind-of-thing noun phrase right before a quoted name: a clause break, 包括, 例如, 即, a conjunction. */
const APPOSITIVE_OPENER = /[，,。；;：:、\s]|包括|包含|例如|推出|設立|设立|成立|透過|透过|以及|的/u;
/** A kind noun with only a word of newness or number before it describes nothing (新計劃「X」, 多個基金「X」). */
const BARE_KIND = /(?:^|新|新的|多個|多个|一個|一个|另一個|另一个|各個|各个|這個|这个|該|该)(?:系統|系统|平台|計劃|计划|基金|中心|機構|机构|組織|组织|服務|服务|項目|项目|網站|网站|工具|設施|设施|基建|委員會|委员会)$/u;
/** The shortest kind-of-thing phrase read as a description. */
const MIN_APPOSITIVE_LENGTH = 3;
/** A noun naming a kind of thing (system, platform, scheme, fund, centre …) that ends the phrase before a quoted name. */
const KIND_NOUN_AT_END = /(?:系統|系统|平台|計劃|计划|基金|中心|機構|机构|組織|组织|服務|服务|項目|项目|網站|网站|應用程式|应用程序|工具|設施|设施|數據庫|数据库|基建|基礎設施|基础设施|委員會|委员会)$/u;
/** The longest kind-of-thing phrase read before a quoted name. */
const MAX_APPOSITIVE_LENGTH = 16;
/** A conjunction opening a clause is not part of what it describes (以及專注…的「X」). */
const LEADING_CONJUNCTION = /^(?:以及|及|和|與|与|並|并|而|and\s)/u;
/** The shortest modifier read as a description. */
const MIN_MODIFIER_LENGTH = 4;

function clauseStartBefore(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (CLAUSE_BREAK.test(sentence[i]!)) return i + 1;
  return 0;
}

function clauseEndFrom(sentence: string, at: number): number {
  const rest = CLAUSE_BREAK.exec(sentence.slice(at));
  return rest ? at + rest.index : sentence.length;
}

/** Clauses of the sentence that define what `isSubject` recognises. */
export function definingClauses(sentence: string, isSubject: (text: string) => boolean): DefiningClause[] {
  const text = sentence.normalize('NFKC');
  const found: DefiningClause[] = [];
  // One copula per clause: the first (「X」是一項以……為本的…… is defined by 是, not by 為).
  let definedUpTo = -1;
  for (const match of text.matchAll(COPULA)) {
    const at = match.index ?? 0;
    if (at < definedUpTo) continue;
    const start = clauseStartBefore(text, at);
    const defined = text.slice(start, at).trim();
    if (defined.length < 2 || defined.length > MAX_DEFINED_LENGTH || !isSubject(defined)) continue;
    const end = clauseEndFrom(text, at + match[0].length);
    const clause = text.slice(at + match[0].length, end).trim();
    if (clause) found.push({ text: clause, start: at });
    definedUpTo = end;
  }
  for (const match of text.matchAll(MODIFIED_NAME)) {
    const at = match.index ?? 0;
    if (!isSubject(match[1]!)) continue;
    const start = clauseStartBefore(text, at);
    const modifier = text.slice(start, at).trim();
    const described = modifier.replace(LEADING_CONJUNCTION, '');
    if (described.length >= MIN_MODIFIER_LENGTH && SPECIALISES.test(described)) found.push({ text: described, start: start + modifier.length - described.length });
  }
  for (const match of text.matchAll(NAME_THEN_PREDICATE)) {
    if (!isSubject(match[1]!)) continue;
    const start = (match.index ?? 0) + match[0].length;
    let end = clauseEndFrom(text, start);
    // 「X」，為……企業，以……提供……資助: a clause naming whom X is for runs on to what X provides them.
    if (/^(?:為|为|向)/.test(text.slice(start)) && !PROVIDES.test(text.slice(start, end))) {
      const provided = PROVIDES.exec(text.slice(end, end + MAX_BENEFICIARY_CLAUSE_RUN));
      if (provided) end = clauseEndFrom(text, end + provided.index + provided[0].length);
    }
    if (end > start) found.push({ text: text.slice(start, end).trim(), start });
  }
  // 「X」於2024年7月正式成立，專責……: a later clause of the sentence opening with what X is charged with.
  for (const match of text.matchAll(QUOTED_NAME)) {
    if (!isSubject(match[1]!)) continue;
    for (const clause of text.slice((match.index ?? 0) + match[0].length).matchAll(CHARGED_CLAUSE)) {
      const start = (match.index ?? 0) + match[0].length + (clause.index ?? 0) + clause[0].length - clause[1]!.length;
      if (!found.some((other) => other.start === start)) found.push({ text: clause[1]!.trim(), start });
      break;
    }
  }
  // 快速支付系統「轉數快」: the kind of thing written right before its quoted name says what it is.
  for (const match of text.matchAll(QUOTED_NAME)) {
    const at = match.index ?? 0;
    if (!isSubject(match[1]!)) continue;
    const before = text.slice(Math.max(0, at - MAX_APPOSITIVE_LENGTH), at).split(APPOSITIVE_OPENER).pop() ?? '';
    if (before.length >= MIN_APPOSITIVE_LENGTH && KIND_NOUN_AT_END.test(before) && !BARE_KIND.test(before) && !found.some((other) => other.start === at - before.length)) found.push({ text: before, start: at - before.length });
  }
  // 推行X，以配對形式支持……; "launch the X to support …": a thing named without quotes, then what it does.
  for (const match of text.matchAll(THEN_PURPOSE)) {
    const at = match.index ?? 0;
    const owner = text.slice(clauseStartBefore(text, at), at).trim();
    if (owner.length < 2 || owner.length > MAX_PURPOSE_OWNER_LENGTH || !isSubject(owner)) continue;
    const start = at + match[0].length;
    const end = clauseEndFrom(text, start);
    if (end > start && !found.some((other) => other.start === start)) found.push({ text: text.slice(start, end).trim(), start });
  }
  for (const match of text.matchAll(SET_UP_TO_DO)) {
    if (!isSubject(match[1]!)) continue;
    const start = (match.index ?? 0) + match[0].length;
    const end = clauseEndFrom(text, start);
    if (end > start && !found.some((other) => other.start === start)) found.push({ text: text.slice(start, end).trim(), start });
  }
  return found.sort((a, b) => a.start - b.start);
}
