import { describe, expect, it } from 'vitest';
import type { LoadedIndex } from '../index/load-index.js';
import { askedFormerName, askedOtherName, askedWhetherRenamed, findFormerName, findOtherName } from './former-name-answer.js';

describe('questions that ask a former name', () => {
  it.each([
    ['新型工業化資助計劃以前叫甚麼名字？', '新型工業化資助計劃'],
    ['請問「數碼港」嘅原名係咩？', '數碼港'],
    ['智方便的前稱是什么？', '智方便'],
    ['What was the New Industrialisation Funding Scheme called before?', 'New Industrialisation Funding Scheme'],
    ['What is the Digital Policy Office formerly known as?', 'Digital Policy Office'],
    ['former name of the Efficiency Office?', 'Efficiency Office'],
  ])('%s asks the former name of %s', (question, name) => expect(askedFormerName(question)).toBe(name));

  it.each(['What is the New Industrialisation Funding Scheme?', '新型工業化資助計劃幾時推出？', '以前有幾多間初創？'])('%s asks something else', (question) => {
    expect(askedFormerName(question)).toBeUndefined();
  });
});

describe('yes/no questions whether a thing was renamed', () => {
  it.each([
    ['「新型工業化資助計劃」係咪一直都係叫呢個名？', '新型工業化資助計劃', 'no'],
    ['數碼港是否一直稱為數碼港？', '數碼港', 'no'],
    ['Has the Digital Policy Office always been called that?', 'Digital Policy Office', 'no'],
    ['Was the Re-industrialisation Funding Scheme renamed?', 'Re-industrialisation Funding Scheme', 'yes'],
    ['Did the Efficiency Office ever change its name?', 'Efficiency Office', 'yes'],
    ['新型工業化資助計劃有冇改過名？', '新型工業化資助計劃', 'yes'],
  ])('%s asks whether %s was renamed (a former name says %s)', (question, name, formerNameMeans) => {
    expect(askedWhetherRenamed(question)).toEqual({ name, formerNameMeans });
  });

  it.each(['新型工業化資助計劃以前叫甚麼名字？', 'Is the scheme always open for applications?', '計劃一直都有幾多間公司參加？'])('%s asks no such thing', (question) => {
    expect(askedWhetherRenamed(question)).toBeUndefined();
  });
});

describe('the former name a passage writes beside a new one', () => {
  // Passages made here: only the texts the search reads.
  const indexOf = (...texts: string[]) => ({ chunks: texts.map((text) => ({ texts: [{ text }] })) }) as unknown as LoadedIndex;

  it('in Chinese, whatever the script asked in, and in English, whatever the case', () => {
    const index = indexOf('監督「新型工業化資助計劃」(前稱「再工業化資助計劃」)……', 'The Efficiency Office (formerly the Management Services Agency) will …');
    expect(findFormerName('新型工业化资助计划', index)?.formerName).toBe('再工業化資助計劃');
    expect(findFormerName('efficiency office', index)?.formerName).toBe('Management Services Agency');
  });

  it('in a passage whose other text folds to another length (…… , I&T), and nowhere it is not written', () => {
    const index = indexOf('推動I&T發展……成立「數字政策辦公室」（前稱「資訊科技總監辦公室」）……');
    expect(findFormerName('數字政策辦公室', index)?.formerName).toBe('資訊科技總監辦公室');
    expect(findFormerName('數碼港', index)).toBeUndefined();
  });
});

describe('questions that ask a thing\'s other name', () => {
  it.each([
    ['河套合作区香港园区又叫什么？', '河套合作区香港园区'],
    ['「北區科技走廊」亦稱咩？', '北區科技走廊'],
    ['智慧園區嘅別名係咩？', '智慧園區'],
    ['What else is the Northern Tech Corridor called?', 'Northern Tech Corridor'],
    ['What is the Northern Tech Corridor also known as?', 'Northern Tech Corridor'],
    ['another name for the Northern Tech Corridor?', 'Northern Tech Corridor'],
  ])('%s asks the other name of %s', (question, name) => expect(askedOtherName(question)).toBe(name));

  it.each(['新型工業化資助計劃以前叫甚麼名字？', 'What is the Northern Tech Corridor?', '北區科技走廊叫咩名？'])('%s asks something else', (question) => {
    expect(askedOtherName(question)).toBeUndefined();
  });
});

describe('the other name a passage writes after a thing\'s own', () => {
  const indexOf = (...texts: string[]) => ({ chunks: texts.map((text) => ({ texts: [{ text }] })) }) as unknown as LoadedIndex;

  it('after the name, with a short form in brackets inside it, in either script; in English after "also known as"', () => {
    const index = indexOf('推展北部科技走廊 (科技走廊)南段(亦稱為「智慧谷」)的工作;', 'Develop the Lantau Tech Belt (also known as the Island Valley) in phases.');
    expect(findOtherName('科技走廊南段', index)?.otherName).toBe('智慧谷');
    expect(findOtherName('科技走廊南段', index)?.sentence).toContain('亦稱為');
    expect(findOtherName('lantau tech belt', index)?.otherName).toBe('the Island Valley');
  });

  it('not for a name the text before the marker does not end with', () => {
    const index = indexOf('推展北部科技走廊南段(亦稱為「智慧谷」)的工作;');
    expect(findOtherName('北部科技走廊', index)).toBeUndefined();
    expect(findOtherName('智慧谷', index)).toBeUndefined();
  });
});
