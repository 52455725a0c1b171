import { describe, expect, it } from 'vitest';
import { definingClauses } from './defining-clause.js';

/** Sentences made here, in the ways documents define a thing; the subject test stands in for the question's names. */
const about = (name: string) => (text: string) => text.includes(name);

describe('clauses that say what a subject is', () => {
  it('a copula after the name, in Chinese and English', () => {
    expect(definingClauses('「數據橋」是一項以用戶授權為本的數據基建，企業可分享數據。', about('數據橋')).map((c) => c.text)).toEqual(['一項以用戶授權為本的數據基建']);
    expect(definingClauses('「人才通」為輸入科技人才提供快速處理安排。', about('人才通')).map((c) => c.text)).toEqual(['輸入科技人才提供快速處理安排']);
    expect(definingClauses('The Bridge Fund is a fund of funds that steers market capital.', about('Bridge Fund')).map((c) => c.text)).toEqual(['fund of funds that steers market capital.']);
  });

  it('a modifier saying what a body does, before its quoted name', () => {
    expect(definingClauses('已建設兩個平台，分別為專注醫療科技的「醫療平台」，以及專注機械人科技的「機械平台」。', about('機械平台')).map((c) => c.text)).toEqual(['專注機械人科技']);
    // When or how a body came is no description of it.
    expect(definingClauses('設施已完成，供新成立的「微電研究院」進駐。', about('微電研究院'))).toEqual([]);
  });

  it('what the named thing does, right after its name', () => {
    expect(definingClauses('推出的100億元「協作計劃」，以配對形式資助大學團隊，以激勵協作。', about('協作計劃')).map((c) => c.text)).toEqual(['以配對形式資助大學團隊']);
    // … and for whom it provides what: 「X」，為……企業，……提供……資助.
    expect(definingClauses('設立「擴產計劃」，為本地製造業企業，以一比一配對方式提供升級資助。', about('擴產計劃')).map((c) => c.text)).toEqual(['為本地製造業企業,以一比一配對方式提供升級資助']);
    // 為期 gives how long, not what it provides.
    expect(definingClauses('設立「擴產計劃」，為期五年，資助企業升級。', about('擴產計劃')).map((c) => c.text)).not.toContain('為期五年');
  });

  it('what a thing named without quotes is for, in the clause after the one naming it', () => {
    expect(definingClauses('推行協作計劃，以配對形式支持大學購置設備。', about('協作計劃')).map((c) => c.text)).toEqual(['以配對形式支持大學購置設備']);
    expect(definingClauses('Earmarked $3 billion to launch the Bridge Scheme to support universities in buying equipment, and more.', about('Bridge Scheme')).map((c) => c.text)).toEqual([
      'to support universities in buying equipment',
    ]);
    // 以及 joins another item, it says nothing of what the first is for; another subject's clause defines nothing.
    expect(definingClauses('推行協作計劃，以及其他措施。', about('協作計劃'))).toEqual([]);
    expect(definingClauses('推行另一計劃，以配對形式支持大學。', about('協作計劃'))).toEqual([]);
    // 以後, 以上, 以至 and "to the market" say when, how much or where, not what for.
    expect(definingClauses('推行協作計劃，以後每年檢討一次。', about('協作計劃'))).toEqual([]);
    expect(definingClauses('推行協作計劃，以上措施涉及50億元。', about('協作計劃'))).toEqual([]);
    expect(definingClauses('We will launch the Bridge Scheme to the market in 2026.', about('Bridge Scheme'))).toEqual([]);
  });

  it('what a body is charged with, in a later clause of its sentence', () => {
    expect(definingClauses('「數據辦」於2024年7月正式成立，專責牽頭推動數字政府措施。', about('數據辦')).map((c) => c.text)).toEqual(['專責牽頭推動數字政府措施']);
  });

  it('defines nothing about another subject, or through a function word', () => {
    expect(definingClauses('政府為企業提供資助。', about('數據橋'))).toEqual([]);
    expect(definingClauses('數據橋還是試行計劃。', about('數據橋'))).toEqual([]);
  });
});

describe('the kind of thing written before a quoted name', () => {
  it('says what the name is (快速支付系統「轉數快」), and nothing for a phrase that names no kind', () => {
    expect(definingClauses('金融基建包括快速轉賬系統「數據橋」。', about('數據橋')).map((clause) => clause.text)).toEqual(['快速轉賬系統']);
    expect(definingClauses('市民可透過「數據橋」轉賬。', about('數據橋'))).toEqual([]);
    // A kind with only newness or a number before it says nothing; a word is not cut at 即 or 及.
    expect(definingClauses('推出新計劃「數據橋」。', about('數據橋'))).toEqual([]);
    expect(definingClauses('涉及多個基金「數據橋」。', about('數據橋'))).toEqual([]);
    expect(definingClauses('推出即時轉賬系統「數據橋」。', about('數據橋')).map((clause) => clause.text)).toEqual(['即時轉賬系統']);
  });
});
