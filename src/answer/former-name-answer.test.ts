import { describe, expect, it } from 'vitest';
import { askedFormerName } from './former-name-answer.js';

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
