import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openChatPage, SCREENSHOTS, startChatBrowser, type ChatBrowser } from '../src/test-support/chat-browser.js';

/**
 * The chat as a conversation, in Debian's Chromium against the real server on loopback: follow-ups
 * with their "Reading this as" line, labels and copies in each answer's own language, the Auto
 * choice, the direct answer, previews, highlights, and the fixes found trying it as a new user.
 * Screenshots of each state go to evals/screenshots/ (not committed).
 */

describe('web chat conversation', () => {
  let chat: ChatBrowser;
  let context: BrowserContext | undefined;
  let page: Page;
  let base = '';

  beforeAll(async () => {
    chat = await startChatBrowser();
    base = chat.base;
  });

  afterAll(async () => {
    await chat?.stop();
  });

  beforeEach(async () => {
    await context?.close();
    ({ context, page } = await openChatPage(chat));
  });

  async function ask(question: string) {
    const before = await page.locator('.turn-answer').count();
    await page.locator('#question').fill(question);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.turn-answer').count()).toBeGreaterThan(before);
    await page.locator('.turn-answer:not(:has(.streaming))').last().waitFor();
    return page.locator('.turn-answer').nth(before);
  }

  it('reads an English follow-up from the earlier turn and says how it read it', async () => {
    const first = await ask('What is the 2025-26 estimate for programme (2)?');
    expect(await first.locator('.answer-lead').innerText()).toMatch(/^HK\$245\.4 million/);
    expect(await first.locator('.reading-as').count()).toBe(0);
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/ask/stream'));
    const second = await ask('and the year before?');
    expect(JSON.parse((await sent).postData()!).conversation).toEqual([
      { role: 'user', content: 'What is the 2025-26 estimate for programme (2)?' },
      { role: 'assistant', content: expect.stringMatching(/^HK\$245\.4 million/) },
    ]);
    expect(await second.locator('.reading-as').innerText()).toBe('Reading this as: What is the 2024-25 estimate for programme (2)?');
    expect(await second.locator('.answer-lead').innerText()).toMatch(/^HK\$251\.1 million/);
    await page.screenshot({ path: `${SCREENSHOTS}/follow-up-english.png`, fullPage: true });
  });

  it('reads a Cantonese follow-up with a pronoun, and labels it in Chinese', async () => {
    await ask('數碼港係咩嚟㗎？');
    const second = await ask('佢有幾多間企業？');
    expect(await second.locator('.reading-as').innerText()).toBe('理解為： 數碼港有幾多間企業？');
    expect(await second.locator('.answer-lead').innerText()).toContain('2,100');
    expect(await second.locator('.meta').first().innerText()).toBe('出處');
    await page.screenshot({ path: `${SCREENSHOTS}/follow-up-cantonese.png`, fullPage: true });
  });

  it('gives each answer its own language for labels, sources and the copied text', async () => {
    const english = await ask('How many submarine cable systems does Hong Kong have?');
    await ask('智方便而家有幾多個登記用戶？');
    // The page now speaks Traditional Chinese; the English answer still speaks English.
    expect(await page.locator('h1').innerText()).toBe('預算問答');
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.locator('.meta').first().innerText()).toBe('Sources');
    expect(await english.locator('.card-meta').first().innerText()).toMatch(/^2025-02-25, budget year 2024-25/);
    await english.getByRole('button', { name: 'Copy answer with sources' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Sources:\n[1] Hong Kong: The Facts — Innovation and Technology — HKSAR Government (2025-02-25, budget year 2024-25)');
    expect(copied).not.toMatch(/出處|年度/);
    const chinese = page.locator('.turn-answer').last();
    await chinese.getByRole('button', { name: '複製答案及出處' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/出處：\n\[1\] .+ — .+（?\(?2025-02-27，2025-26 年度/);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-per-answer.png`, fullPage: true });
  });

  it('offers Auto beside English / 繁體 / 简体, following each question', async () => {
    const toggle = page.locator('.lang-toggle');
    expect(await toggle.getByRole('button').allInnerTexts()).toEqual(['Auto', 'English', '繁體', '简体']);
    expect(await toggle.getByRole('button', { name: 'Auto' }).getAttribute('aria-pressed')).toBe('true');
    await toggle.getByRole('button', { name: '简体' }).click();
    const simplified = await ask('How much has been set aside for the AI R&D Institute?');
    expect(await simplified.getAttribute('lang')).toBe('zh-Hans');
    await toggle.getByRole('button', { name: '自动' }).click();
    expect(await toggle.getByRole('button', { name: '自动' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    expect(await page.locator('.lang-toggle [aria-pressed="true"]').getAttribute('data-lang')).toBe('auto');
    const english = await ask('How much has been set aside for the AI R&D Institute?');
    expect(await english.getAttribute('lang')).toBe('en');
    const cantonese = await ask('智慧燈柱係咩嚟㗎？');
    expect(await cantonese.getAttribute('lang')).toBe('zh-Hant');
    await page.screenshot({ path: `${SCREENSHOTS}/auto-language.png`, fullPage: true });
  });

  it('shows the direct answer first, then the quote, then compact source cards', async () => {
    const answer = await ask('How much has been set aside for the AI R&D Institute?');
    const lead = await answer.locator('.answer-lead').innerText();
    expect(lead).toBe('HK$1 billion (10億元) [1].');
    expect(lead.length).toBeLessThan(60);
    const leadSize = await answer.locator('.answer-lead').evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    const supportSize = await answer.locator('.answer-support').evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(leadSize).toBeGreaterThan(supportSize);
    expect(await answer.locator('.answer-support').innerText()).toMatch(/[“「]/);
    const card = answer.locator('.source-card').first();
    expect(await card.locator('.card-title').innerText()).toMatch(/^\[1\] /);
    expect(await card.locator('.card-meta').innerText()).toMatch(/^\d{4}-\d{2}-\d{2}, budget year \d{4}-\d{2} · /);
    await page.screenshot({ path: `${SCREENSHOTS}/direct-answer.png`, fullPage: true });
  });

  it('previews the cited passage on hover and on focus', async () => {
    const answer = await ask('How much has been set aside for the AI R&D Institute?');
    const marker = answer.locator('.cite').first();
    await marker.hover();
    const tip = page.locator('.preview[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('Set aside $1 billion to establish the Artificial Intelligence Research and Development Institute');
    expect(await marker.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.screenshot({ path: `${SCREENSHOTS}/hover-preview.png` });
    await page.mouse.move(5, 5);
    expect(await tip.count()).toBe(0);
    await marker.focus();
    await expect.poll(() => tip.count()).toBe(1);
  });

  it('highlights the cited sentence whatever its quotation marks, and a table row by its figure', async () => {
    const citation = (n: number, text: string) => ({ n, chunkId: `x-${n}`, docId: 'budget-2025-26-itib', title: 'A title', date: '2025-02-27', budgetYear: '2025-26', section: 'A section', text, score: 1 });
    const result = {
      question: 'q',
      resolvedQuestion: 'q',
      language: 'en',
      answer: 'HK$5 million [1]. From A title: “the ‘Smart’ scheme gets $5 million” [1] Also 「推行『智慧』計劃」 [2] and “綱領(2) — 財政撥款(百萬元)：2025-26 (預算)：245.4百萬元 (+16.5%)” [3]',
      abstained: false,
      answerType: 'amount',
      citations: [
        citation(1, 'Before. The ‘Smart’ scheme  gets $5 million. After.'),
        citation(2, '前文。推行「智慧」計劃。後文。'),
        citation(3, '綱領(1)\t20.4\t22.7\n綱領(2)\t178.4\t245.4\nTotal'),
      ],
      related: [],
      timingsMs: { retrieve: 0, answer: 0 },
      generator: 'extractive',
    };
    await page.route('**/api/ask/stream', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: `event: done\ndata: ${JSON.stringify(result)}\n\n` }),
    );
    await page.route('**/api/passages/*', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{}' }));
    const answer = await ask('anything');
    const mark = page.locator('#passage-text mark');
    await answer.locator('.cite[data-n="1"]').first().click();
    expect(await mark.innerText()).toBe('The ‘Smart’ scheme  gets $5 million');
    await page.screenshot({ path: `${SCREENSHOTS}/highlight-quotes.png`, fullPage: true });
    await answer.locator('.cite[data-n="2"]').first().click();
    expect(await mark.innerText()).toBe('推行「智慧」計劃');
    await answer.locator('.cite[data-n="3"]').first().click();
    expect(await mark.innerText()).toBe('綱領(2)\t178.4\t245.4');
    await page.screenshot({ path: `${SCREENSHOTS}/highlight-table-row.png`, fullPage: true });
  });

  it('returns focus to the citation that opened the panel, whose close button never wraps', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('button', { name: '繁體' }).click();
    const answer = await ask('How much has been set aside for the AI R&D Institute?');
    const marker = answer.locator('.cite').first();
    await marker.click();
    const close = page.locator('#close-panel');
    await expect.poll(() => close.isVisible()).toBe(true);
    const box = (await close.boundingBox())!;
    const lineHeight = await close.evaluate((node) => parseFloat(getComputedStyle(node).lineHeight));
    expect(box.height).toBeLessThan(lineHeight * 2 + 20);
    expect(await close.evaluate((node) => node.scrollWidth <= node.clientWidth + 1)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/panel-phone.png`, fullPage: true });
    await page.keyboard.press('Escape');
    expect(await marker.evaluate((node) => node === document.activeElement)).toBe(true);
    // From a source card too.
    const card = answer.locator('.source-card .card-title').first();
    await card.click();
    await close.click();
    expect(await card.evaluate((node) => node === document.activeElement)).toBe(true);
  });

  it('announces only the new answer', async () => {
    expect(await page.locator('#conversation').getAttribute('aria-live')).toBeNull();
    await ask('How many submarine cable systems does Hong Kong have?');
    const second = await ask('How many fintech companies are there in Hong Kong?');
    const region = page.locator('#announcer');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => region.textContent()).toMatch(/^over 1,100 \[1\]/);
    expect(await region.textContent()).not.toContain('12 [1]');
    expect(await second.locator('.answer-lead').innerText()).toMatch(/^over 1,100/);
  });

  it('scrolls to the latest turn after a reload', async () => {
    await page.setViewportSize({ width: 800, height: 500 });
    for (const question of ['How many submarine cable systems does Hong Kong have?', 'How many fintech companies are there in Hong Kong?', 'How many State Key Laboratories does Hong Kong have?']) await ask(question);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.reload();
    await expect
      .poll(() => page.locator('.turn-answer').last().evaluate((node) => {
        const box = node.getBoundingClientRect();
        return box.bottom <= window.innerHeight + 1 && box.bottom > 0;
      }))
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/after-reload.png` });
  });

  it('says an over-long paste is too long instead of cutting it', async () => {
    const long = 'How much? '.repeat(120);
    await page.locator('#question').fill(long);
    expect(await page.locator('#question').inputValue()).toBe(long);
    await expect.poll(() => page.locator('#status').innerText()).toBe('The question is too long (at most 1,000 characters).');
    expect(await page.locator('#question').getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await page.locator('.turn-question').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/too-long.png` });
    await page.locator('#question').fill('How much?');
    await expect.poll(() => page.locator('#status').innerText()).toBe('');
  });

  it('suggests follow-up questions under the latest answer, and asks one when clicked', async () => {
    const first = await ask('數碼港有幾多間企業？');
    const suggestions = first.getByRole('group', { name: '你亦可以問' }).getByRole('button');
    expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
    const question = await suggestions.first().innerText();
    await page.screenshot({ path: `${SCREENSHOTS}/suggestions.png`, fullPage: true });
    await suggestions.first().click();
    await expect.poll(() => page.locator('.turn-answer').count()).toBe(2);
    await page.locator('.turn-answer:not(:has(.streaming))').last().waitFor();
    expect(await page.locator('.turn-question').last().innerText()).toBe(question);
    const second = page.locator('.turn-answer').last();
    expect(await second.locator('h3').count()).toBe(0);
    expect(await second.locator('.answer-text').innerText()).toMatch(/\[1\]/);
    // Only the latest answer offers suggestions.
    expect(await first.locator('.suggestions').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/suggestion-asked.png`, fullPage: true });
  });

  it('has a favicon', async () => {
    const response = await page.request.get(`${base}/favicon.ico`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/x-icon');
    expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
