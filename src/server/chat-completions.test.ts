import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../answer/answer-contract.js';
import { loadIndex } from '../index/load-index.js';
import { builtTempIndex } from '../test-support/temp-corpus.js';
import { splitContent } from './chat-completions.js';
import { createApp } from './create-app.js';

/**
 * The OpenAI-compatible API driven by the official `openai` client, and follow-ups on /api/ask,
 * over real HTTP on loopback against the real index built on disk.
 */
describe('OpenAI-compatible API and follow-ups', () => {
  let server: ServerType;
  let base = '';
  let client: OpenAI;

  beforeAll(async () => {
    const { settings } = await builtTempIndex();
    const app = createApp({ index: await loadIndex(settings), staticFiles: new Map(), rateLimitPerMinute: 1000, maxQuestionLength: 1000, log: () => {} });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'not-needed', maxRetries: 0 });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('lists the model', async () => {
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['budget-qa']);
  });

  it('answers a question with citations in the content and beside it', async () => {
    const completion = await client.chat.completions.create({ model: 'budget-qa', messages: [{ role: 'user', content: 'How much has been set aside for the AI R&D Institute?' }] });
    const content = completion.choices[0]!.message.content!;
    expect(content).toMatch(/^HK\$1 billion .*\[1\]/);
    expect(content).toMatch(/\nSources:\n\[1\] 2025-26 Budget: Major initiatives under ITIB \(2025-02-27, budget year 2025-26\)/);
    expect(completion.choices[0]!.finish_reason).toBe('stop');
    expect(completion.usage!.total_tokens).toBeGreaterThan(0);
    const extra = completion as unknown as { citations: Array<Record<string, unknown>>; abstained: boolean };
    expect(extra.abstained).toBe(false);
    expect(extra.citations[0]).toMatchObject({ n: 1, title: '2025-26 Budget: Major initiatives under ITIB', date: '2025-02-27', budgetYear: '2025-26' });
    expect(Object.keys(extra.citations[0]!).sort()).toEqual(['budgetYear', 'chunkId', 'date', 'docId', 'n', 'section', 'text', 'title']);
  });

  it('suggests follow-up questions the documents answer, from beside the cited passages, in the answer\'s language', async () => {
    const completion = await client.chat.completions.create({ model: 'budget-qa', messages: [{ role: 'user', content: '數碼港有幾多間企業？' }] });
    const { suggestions, citations } = completion as unknown as { suggestions: string[]; citations: Array<{ chunkId: string }> };
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const question of suggestions) {
      expect(question).toMatch(/[\u4e00-\u9fff].*？$/);
      // Each is answered (not withheld), from passages other than the one the first answer cited.
      const answer = answerSchema.parse(await (await post('/api/ask', { question })).json());
      expect(answer.abstained).toBe(false);
      expect(answer.citations.map((citation) => citation.chunkId)).not.toEqual(citations.map((citation) => citation.chunkId));
    }
    // The same over /api/ask, in English for an English question; none under a withheld answer.
    const english = await (await post('/api/ask', { question: 'How many fintech companies are there in Hong Kong?' })).json();
    expect(english.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const question of english.suggestions) expect(question).toMatch(/^What is [^\u4e00-\u9fff]+\?$/);
    const withheld = await (await post('/api/ask', { question: 'What is the budget for the Olympic Games?' })).json();
    expect(withheld.abstained).toBe(true);
    expect(withheld.suggestions).toEqual([]);
  });

  it('streams a follow-up in the standard chunk format, resolved from the earlier turns', async () => {
    const first = await client.chat.completions.create({ model: 'budget-qa', messages: [{ role: 'user', content: 'What is Cyberport?' }] });
    const stream = await client.chat.completions.create({
      model: 'budget-qa',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: 'What is Cyberport?' },
        { role: 'assistant', content: first.choices[0]!.message.content! },
        { role: 'user', content: '佢有幾多間企業？' },
      ],
    });
    let text = '';
    const finishes: Array<string | null> = [];
    let last: Record<string, unknown> = {};
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      if (chunk.choices[0]) {
        text += chunk.choices[0].delta.content ?? '';
        finishes.push(chunk.choices[0].finish_reason);
        if (chunk.choices[0].finish_reason) last = chunk as unknown as Record<string, unknown>;
      } else expect(chunk.usage!.total_tokens).toBeGreaterThan(0);
    }
    expect(chunks).toBeGreaterThan(3);
    expect(finishes.at(-1)).toBe('stop');
    expect(text).toMatch(/2,100 間/);
    expect(text).toContain('出處：');
    expect(last.resolvedQuestion).toBe('數碼港有幾多間企業？');
    expect(last.abstained).toBe(false);
    expect((last.citations as Array<{ text: string }>)[0]!.text).toContain('數碼港');
  });

  it('compares with the previous answer\'s figure when asked "is that more than …"', async () => {
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'How much has been set aside for the AI R&D Institute?' }];
    const first = await client.chat.completions.create({ model: 'budget-qa', messages });
    messages.push({ role: 'assistant', content: first.choices[0]!.message.content! }, { role: 'user', content: 'Is that more than HK$500 million?' });
    const yes = await client.chat.completions.create({ model: 'budget-qa', messages });
    expect(yes.choices[0]!.message.content).toMatch(/^Yes: HK\$1 billion is more than HK\$500 million\./);
    messages[2] = { role: 'user', content: 'Is that more than $2 billion?' };
    const no = await client.chat.completions.create({ model: 'budget-qa', messages });
    expect(no.choices[0]!.message.content).toMatch(/^No: HK\$1 billion is not more than \$2 billion\./);
  });

  it('compares with the year before by answering the earlier question of that year', async () => {
    const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'What is the 2025-26 estimate for programme (2)?' }];
    const first = await client.chat.completions.create({ model: 'budget-qa', messages });
    expect(first.choices[0]!.message.content).toMatch(/^HK\$245\.4 million/);
    messages.push({ role: 'assistant', content: first.choices[0]!.message.content! }, { role: 'user', content: 'Is that more than the year before?' });
    const reply = await client.chat.completions.create({ model: 'budget-qa', messages });
    expect((reply as unknown as { resolvedQuestion: string }).resolvedQuestion).toBe('What is the 2024-25 estimate for programme (2)?');
    expect(reply.choices[0]!.message.content).toMatch(/^No: HK\$245\.4 million is not more than HK\$251\.1 million in 2024-25\./);
  });

  it('compares 「係咪多過50億？」 (a figure without its currency) with the money answered, not with a citation number; asks a year swapped in without "actual" when that year has none', async () => {
    const earlier = [{ role: 'user', content: '創科產業引導基金有幾多錢？' }, { role: 'assistant', content: '100億元 [1]。' }];
    const compared = await (await post('/api/ask', { question: '係咪多過50億？', conversation: earlier })).json();
    expect(compared.answer).toMatch(/^是：100億元多於50億。/);
    const actual = [{ role: 'user', content: 'What was the 2023-24 actual expenditure for programme (2)?' }, { role: 'assistant', content: 'HK$178.4 million [1].' }];
    const asked = await (await post('/api/ask', { question: 'What was the 2025-26 actual expenditure for programme (2)?' })).json();
    expect(asked.abstained).toBe(true);
    const year = await (await post('/api/ask', { question: 'what about 2025-26?', conversation: actual })).json();
    expect(year).toMatchObject({ resolvedQuestion: 'What was the 2025-26 expenditure for programme (2)?', abstained: false });
    expect(year.answer).toMatch(/245\.4/);
  });

  it('says when the documents do not answer', async () => {
    const completion = await client.chat.completions.create({ model: 'budget-qa', messages: [{ role: 'user', content: 'What is the capital of France?' }] });
    expect((completion as unknown as { abstained: boolean }).abstained).toBe(true);
    expect((completion as unknown as { citations: unknown[] }).citations).toEqual([]);
  });

  it('gives errors in OpenAI\'s shape with this API\'s codes', async () => {
    const wrongModel = await client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }).catch((error: unknown) => error);
    expect(wrongModel).toBeInstanceOf(OpenAI.NotFoundError);
    expect((wrongModel as InstanceType<typeof OpenAI.APIError>).code).toBe('MODEL_NOT_FOUND');
    const empty = await client.chat.completions.create({ model: 'budget-qa', messages: [{ role: 'user', content: '   ' }] }).catch((error: unknown) => error);
    expect(empty).toBeInstanceOf(OpenAI.BadRequestError);
    expect((empty as InstanceType<typeof OpenAI.APIError>).code).toBe('QUESTION_EMPTY');
    const streamed = await client.chat.completions.create({ model: 'budget-qa', stream: true, messages: [{ role: 'assistant', content: 'Hello' }] }).catch((error: unknown) => error);
    expect(streamed).toBeInstanceOf(OpenAI.BadRequestError);
    expect((streamed as InstanceType<typeof OpenAI.APIError>).code).toBe('REQUEST_INVALID');

    const raw = await post('/v1/chat/completions', { model: 'budget-qa', messages: 'hi' });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'REQUEST_INVALID', param: 'messages' } });
    const tooMany = await post('/v1/chat/completions', { model: 'budget-qa', messages: Array.from({ length: 45 }, () => ({ role: 'user', content: 'hi' })) });
    expect(tooMany.status).toBe(413);
    expect((await tooMany.json()).error.code).toBe('CONVERSATION_TOO_LONG');
    const unknownPath = await fetch(`${base}/v1/embeddings`, { method: 'POST' });
    expect(unknownPath.status).toBe(404);
    expect((await unknownPath.json()).error).toMatchObject({ code: 'NOT_FOUND', type: 'not_found_error' });
  });

  it('POST /api/ask reads a follow-up from the conversation and says how it read it', async () => {
    const conversation = [
      { role: 'user', content: 'What is the 2025-26 estimate for programme (2)?' },
      { role: 'assistant', content: 'HK$245.4 million (2億4,540萬元) [1].' },
    ];
    const response = await post('/api/ask', { question: 'and the year before?', conversation });
    expect(response.status).toBe(200);
    const result = await response.json();
    answerSchema.parse(result);
    expect(result.question).toBe('and the year before?');
    expect(result.resolvedQuestion).toBe('What is the 2024-25 estimate for programme (2)?');
    expect(result.abstained).toBe(false);
    expect(result.citations[0].text).toContain('綱領(2)');
    // Without the conversation the words are taken as they are.
    const alone = await (await post('/api/ask', { question: 'and the year before?' })).json();
    expect(alone.resolvedQuestion).toBe('and the year before?');

    const stream = await (await post('/api/ask/stream', { question: '佢有幾多間企業？', conversation: [{ role: 'user', content: '數碼港係咩嚟㗎？' }] })).text();
    const meta = JSON.parse(/event: meta\ndata: (.*)\n/.exec(stream)![1]!);
    expect(meta.resolvedQuestion).toBe('數碼港有幾多間企業？');
  });

  it('withholds a follow-up about a carried name answered only from passages that never name it', async () => {
    const conversation = [
      { role: 'user', content: 'Tell me about Hong Kong Science Park.' },
      { role: 'assistant', content: '…' },
    ];
    const resolved = 'When will Hong Kong Science Park open?';
    // Asked alone, the answerer answers it (from a passage about other funding): what withholds it in
    // the conversation is the rule, not the answerer's own confidence.
    const alone = await (await post('/api/ask', { question: resolved })).json();
    expect(alone.abstained).toBe(false);
    expect(alone.citations.length).toBeGreaterThan(0);
    const result = await (await post('/api/ask', { question: 'When will it open?', conversation })).json();
    expect(result.resolvedQuestion).toBe(resolved);
    expect(result).toMatchObject({ abstained: true, citations: [], reason: 'NO_PASSAGE' });
    // The passages the answerer would have cited are kept as related reading.
    expect(result.related.map((related: { chunkId: string }) => related.chunkId)).toEqual(alone.citations.map((citation: { chunkId: string }) => citation.chunkId));
  });

  it('withholds a follow-up answered with a near miss: another year\'s figure, or a count of something else', async () => {
    const ask = async (question: string, conversation: Array<{ role: string; content: string }> = []) => (await post('/api/ask', { question, conversation })).json();
    // "2015年呢？" after a question on 2024: no cited passage names 2015, alone or as a follow-up.
    const yearAlone = await ask('香港在2015年有多少間初創企業？');
    expect(yearAlone).toMatchObject({ abstained: true, reason: 'YEAR_NOT_COVERED' });
    const year = await ask('2015年呢？', [{ role: 'user', content: '香港在2024年有多少間初創企業？' }, { role: 'assistant', content: '近4,700 間 [1]。' }]);
    expect(year).toMatchObject({ resolvedQuestion: '香港在2015年有多少間初創企業？', abstained: true, citations: [], reason: 'YEAR_NOT_COVERED' });
    // "How many projects has it funded?": the eight universities it supports are no count of projects, alone or as a follow-up.
    const earlier = [{ role: 'user', content: 'How much did the 2024-25 budget earmark for the Frontier Technology Research Support Scheme?' }, { role: 'assistant', content: '$3 billion [1].' }];
    const countAlone = await ask('How many projects has the Frontier Technology Research Support Scheme funded so far in 2024-25?');
    expect(countAlone).toMatchObject({ abstained: true, reason: 'NO_ANSWER_OF_TYPE' });
    const count = await ask('how many projects has it funded so far?', earlier);
    // "So far" asks about now: the earlier question's budget year is not carried in.
    expect(count).toMatchObject({ resolvedQuestion: 'How many projects has the Frontier Technology Research Support Scheme funded so far?', abstained: true, reason: 'NO_ANSWER_OF_TYPE' });
    // A count of what was asked for is answered.
    const users = await ask('how many registered users does it have?', [{ role: 'user', content: 'Tell me about iAM Smart.' }, { role: 'assistant', content: '…' }]);
    expect(users).toMatchObject({ resolvedQuestion: 'How many registered users does iAM Smart have?', abstained: false });
    expect(users.answer).toMatch(/^Over 3\.2 million/);
  });

  it('withholds a follow-up asking for a sum answered by quoting a passage with none or a sentence on another scheme, and a swapped-in subject answered from the earlier one\'s passage', async () => {
    const ask = async (question: string, conversation: Array<{ role: string; content: string }> = []) => (await post('/api/ask', { question, conversation })).json();
    const earlier = [{ role: 'user', content: 'When will the Hong Kong Microelectronics Research and Development Institute be set up?' }, { role: 'assistant', content: 'This year [1].' }];
    const alone = await ask("What is the Hong Kong Microelectronics Research and Development Institute's annual budget?");
    expect(alone.abstained).toBe(false);
    expect(await ask('what is its annual budget?', earlier)).toMatchObject({ abstained: true, reason: 'NO_ANSWER_OF_TYPE' });
    // A sum the passages state is still answered.
    const sum = await ask('how much has been set aside for it?', [{ role: 'user', content: 'What is the AI R&D Institute?' }, { role: 'assistant', content: '…' }]);
    expect(sum).toMatchObject({ abstained: false });
    expect(sum.answer).toMatch(/^HK\$1 billion/);
    // A sum quoted from a sentence on another scheme of its kind, the one asked about unnamed there.
    const accelerator = await ask('how much funding does it provide?', [{ role: 'user', content: 'What is the Pilot I&T Accelerator Scheme?' }, { role: 'assistant', content: '…' }]);
    expect(accelerator).toMatchObject({ resolvedQuestion: 'How much funding does the Pilot I&T Accelerator Scheme provide?', abstained: true });
    // Withheld as off its subject, or as naming the scheme without a sum of its own.
    expect(['NO_PASSAGE', 'LOW_CONFIDENCE', 'NO_ANSWER_OF_TYPE']).toContain(accelerator.reason);
    expect(accelerator.related.map((citation: { text: string }) => citation.text).join(' ')).toMatch(/Manufacturing/);
    const swapped = await ask('咁科技園公司呢？', [{ role: 'user', content: '數碼港有幾多間社群企業？' }, { role: 'assistant', content: '超過2,100 間 [1]。' }]);
    expect(swapped).toMatchObject({ resolvedQuestion: '科技園公司有幾多間社群企業？', abstained: true });
    // Withheld as off its subject, or before that as a count for another body (數碼港's, not 科技園公司's).
    expect(['NO_PASSAGE', 'LOW_CONFIDENCE']).toContain(swapped.reason);
  });

  it('carries the earlier subject into a question after 「咁」 read alone only when that is answered from passages holding its words; reads every place a count is written', async () => {
    const ask = async (question: string, conversation: Array<{ role: string; content: string }> = []) => (await post('/api/ask', { question, conversation })).json();
    expect((await ask('平均每日有幾多宗交易？')).abstained).toBe(true);
    const fps = [{ role: 'user', content: '轉數快而家有幾多登記？' }, { role: 'assistant', content: '1,622 萬 [1]。' }];
    const carried = await ask('咁平均每日有幾多宗交易？', fps);
    expect(carried).toMatchObject({ resolvedQuestion: '轉數快平均每日有幾多宗交易？', abstained: false });
    expect(carried.answer).toMatch(/^192 萬/);
    const park = [{ role: 'user', content: '沙嶺數據園區塊地有幾大？' }, { role: 'assistant', content: '10公頃 [1]。' }];
    expect(await ask('咁而家輪公屋要等幾耐？', park)).toMatchObject({ abstained: true });
    // "10公頃" comes first in the bilingual passage; its English "10-hectare site" is no count of data centres.
    const sandy = [{ role: 'user', content: 'What is the Data Facility Cluster at Sandy Ridge?' }, { role: 'assistant', content: '…' }];
    expect(await ask('how many data centres will it hold?', sandy)).toMatchObject({ abstained: true, reason: 'NO_ANSWER_OF_TYPE' });
  });

  it('says which way a figure went when asked "how does that compare with 2024-25?", and compares two programmes for "more than programme (1)?"', async () => {
    const earlier = [{ role: 'user', content: 'What is the 2025-26 estimate for programme (2)?' }, { role: 'assistant', content: 'HK$245.4 million (2億4,540萬元) [1].' }];
    const compared = await (await post('/api/ask', { question: 'how does that compare with 2024-25?', conversation: earlier })).json();
    expect(compared.resolvedQuestion).toBe('What is the 2024-25 estimate for programme (2)?');
    expect(compared.answer).toMatch(/^HK\$245\.4 million is HK\$5\.7 million less than HK\$251\.1 million in 2024-25\. /);
    const between = await (await post('/api/ask', { question: 'is that more than programme (1)?', conversation: earlier })).json();
    expect(between.resolvedQuestion).toBe('Which is more: programme (2) or programme (1)?');
    // A yes or no question: the verdict first.
    expect(between.answer).toMatch(/^Yes\. Programme \(2\): HK\$245\.4 million, more than programme \(1\) \(HK\$24\.3 million\)\./);
    expect(between.citations.length).toBeGreaterThanOrEqual(2);
  });

  it('asks the other thing of a comparison for its sum plainly when the earlier question\'s frame does not fit it, and reads a source asked "more or less?"', async () => {
    const park = [{ role: 'user', content: '河套香港園區會獲注資幾多錢？' }, { role: 'assistant', content: '100億元（HK$10 billion） [1]。' }];
    const between = await (await post('/api/ask', { question: '係咪多過人工智能資助計劃？', conversation: park })).json();
    expect(between).toMatchObject({ abstained: false, resolvedQuestion: '河套香港園區與人工智能資助計劃，哪個較多？' });
    expect(between.answer).toMatch(/^是。河套香港園區較多：100億元，人工智能資助計劃為30億元。/);
    const count = [{ role: 'user', content: '概況話科技園公司為幾多間科技公司提供支援？' }, { role: 'assistant', content: '逾1,600 家 [1]。' }];
    const source = await (await post('/api/ask', { question: '科技園自己嗰份新聞稿又點講？多咗定少咗？', conversation: count })).json();
    expect(source).toMatchObject({ abstained: false, followUp: 'comparison' });
    expect(source.answer).toMatch(/2,400比1,600多800/);
    expect(source.citations.every((citation: { docId: string }) => citation.docId === 'hkstp-budget-2026-27-press-release')).toBe(true);
  });

  it('answers "which is bigger?" by comparing the last two answers, each cited', async () => {
    const completion = await client.chat.completions.create({
      model: 'budget-qa',
      messages: [
        { role: 'user', content: 'What is the 2025-26 estimate for programme (1)?' },
        { role: 'assistant', content: 'HK$24.3 million [1].' },
        { role: 'user', content: 'and for programme (2)?' },
        { role: 'assistant', content: 'HK$245.4 million [1].' },
        { role: 'user', content: 'Which is bigger?' },
      ],
    });
    const extra = completion as unknown as { resolvedQuestion: string; abstained: boolean; citations: Array<{ n: number; text: string }> };
    expect(extra.resolvedQuestion).toBe('Which is more: programme (1) or programme (2)?');
    expect(extra.abstained).toBe(false);
    expect(completion.choices[0]!.message.content).toMatch(/^Programme \(2\): HK\$245\.4 million, more than programme \(1\) \(HK\$24\.3 million\)\. HK\$24\.3 million .*\[1\].* HK\$245\.4 million .*\[2\]/s);
    // Both answers' citations, numbered on: every marker points into the list.
    expect(extra.citations.map((citation) => citation.n)).toEqual(extra.citations.map((_citation, at) => at + 1));
    const markers = [...completion.choices[0]!.message.content!.split('\n\nSources:')[0]!.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    expect(Math.max(...markers)).toBe(extra.citations.length);
  });

  it('reads kinds of follow-up the rewrite once missed: another budget year\'s own documents, the last two figures set against each other, what another budget says, a question naming nothing of its own', async () => {
    const ask = async (question: string, turns: string[]) => (await post('/api/ask', { question, conversation: turns.flatMap((turn) => [{ role: 'user', content: turn }, { role: 'assistant', content: '…' }]) })).json();
    const cited = (result: { citations: Array<{ docId: string }> }) => result.citations.map((citation) => citation.docId);
    // "What about in 2025-26?": the 2025-26 budget's slides speak for that year without writing it.
    const year = await ask('what about in 2025-26?', ['What did the 2024-25 budget say about the Hong Kong Microelectronics Research and Development Institute?']);
    expect(year).toMatchObject({ resolvedQuestion: 'What did the 2025-26 budget say about the Hong Kong Microelectronics Research and Development Institute?', abstained: false });
    expect(cited(year)).toContain('budget-2025-26-itib');
    // "How much more did the first one get?": both earlier questions answered again and the difference said, each cited.
    const pair = await ask('so how much more did the first one get?', ['How much did the 2024-25 budget allocate to the Frontier Technology Research Support Scheme?', 'And the AI R&D institute in the following year\'s budget?']);
    expect(pair.abstained).toBe(false);
    expect(pair.answer).toMatch(/^The Frontier Technology Research Support Scheme \(HK\$3 billion\) is HK\$2 billion more than the AI R&D institute \(HK\$1 billion\)\./);
    expect(pair.citations.length).toBeGreaterThanOrEqual(2);
    // "And what did the 2025-26 budget do for it?" after a sum: what that budget says of the subject, not its sum (it gives none).
    const described = await ask('and what did the 2025-26 budget do for it?', ['How much did the 2024-25 budget allocate for life and health technology?']);
    expect(described).toMatchObject({ resolvedQuestion: 'What does the 2025-26 budget say about life and health technology?', abstained: false });
    expect(cited(described)).toEqual(['budget-2025-26-itib']);
    // A Chinese question naming nothing of its own is about the earlier subject: asked alone, a document's update date answers it.
    const alone = await (await post('/api/ask', { question: '申请截止日期是哪天？' })).json();
    expect(alone.abstained).toBe(false);
    const dropped = await ask('申请截止日期是哪天？', ['新型工业菁英企业培育计划是什么？']);
    expect(dropped).toMatchObject({ resolvedQuestion: '新型工业菁英企业培育计划：申请截止日期是哪天？', abstained: true });
    // "How much did that go up compared with 2023?" (the fact sheet named earlier) where no passage gives 2023's figure: the change the earlier answer's sentence states.
    const turns: Array<{ role: string; content: string }> = [];
    for (const question of ['How many start-ups does HK have according to the fact sheet?', 'and jobs?']) {
      const answered = await (await post('/api/ask', { question, conversation: turns })).json();
      turns.push({ role: 'user', content: question }, { role: 'assistant', content: answered.answer });
    }
    const rise = await (await post('/api/ask', { question: 'how much did that go up compared with 2023', conversation: turns })).json();
    expect(rise.abstained).toBe(false);
    expect(rise.answer).toMatch(/7\s*%/);
    // A follow-up naming a known thing of its own is never asked of the earlier body instead (whose founding date would answer it).
    const academy = await ask('嗰間國際臨床試驗學院幾時成立？', ['科技園新聞稿提到政府喺生物醫藥研發轉化方面會成立咩？']);
    expect(academy.resolvedQuestion).not.toContain('科技園：');
    expect(academy.answer).not.toMatch(/2001/);
    // … and an English one: asked alone, a university office's yearly funding answers "the annual running cost".
    const runningAlone = await (await post('/api/ask', { question: "what's the annual running cost?" })).json();
    expect(runningAlone.abstained).toBe(false);
    const running = await ask("what's the annual running cost?", ["What is Cyberport's AI Supercomputing Centre?"]);
    expect(running).toMatchObject({ resolvedQuestion: "What's the annual running cost — Cyberport's AI Supercomputing Centre?", abstained: true });
    // A follow-up the rewrite does not read as one, asked with the earlier subject beside it.
    const labs = await ask('how many research labs are there?', ['What is the InnoHK initiative?']);
    expect(labs).toMatchObject({ resolvedQuestion: 'How many research labs are there — the InnoHK initiative?', abstained: false });
    expect(labs.answer).toMatch(/^2 \[1\]/);
  });

  it.each([
    ['a turn of the wrong shape', { question: 'hi', conversation: [{ role: 'system', content: 'x' }] }, 400, 'REQUEST_INVALID'],
    ['a turn with an extra field', { question: 'hi', conversation: [{ role: 'user', content: 'x', name: 'y' }] }, 400, 'REQUEST_INVALID'],
    ['too many turns', { question: 'hi', conversation: Array.from({ length: 41 }, () => ({ role: 'user', content: 'x' })) }, 413, 'CONVERSATION_TOO_LONG'],
    ['an over-long turn', { question: 'hi', conversation: [{ role: 'assistant', content: 'x'.repeat(8001) }] }, 413, 'CONVERSATION_TOO_LONG'],
  ])('/api/ask rejects %s with a stable code', async (_name, body, status, code) => {
    for (const path of ['/api/ask', '/api/ask/stream']) {
      const response = await post(path, body);
      expect(response.status).toBe(status);
      expect((await response.json()).error.code).toBe(code);
    }
  });
});

describe('splitContent', () => {
  it('cuts a reply into lines and sentences that join back exactly', () => {
    const reply = 'HK$3.7 billion [1]. From X: “Set aside $3.7 billion.” [1]\n\nSources:\n[1] X (2025-02-27, budget year 2025-26)';
    const pieces = splitContent(reply);
    expect(pieces.join('')).toBe(reply);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.some((piece) => piece.includes('3.7 billion [1]. '))).toBe(true);
  });
});
