import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openChatPage, SCREENSHOTS, startChatBrowser, type ChatBrowser } from '../src/test-support/chat-browser.js';

/**
 * The chat UI in a real browser (Debian's Chromium through playwright-core, never a downloaded one)
 * against the real server on loopback. Screenshots of the main states go to evals/screenshots/.
 */

describe('web chat UI', () => {
  let chat: ChatBrowser;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    chat = await startChatBrowser();
  });

  afterAll(async () => {
    await chat?.stop();
  });

  beforeEach(async () => {
    await context?.close();
    ({ context, page } = await openChatPage(chat));
  });

  async function ask(question: string) {
    await page.getByLabel(/Your question|你的問題|你的问题/).fill(question);
    await page.keyboard.press('Enter');
    await page.locator('.turn-answer:not(:has(.streaming))').last().waitFor();
  }

  it('asks in English, streams the answer, and opens a citation beside it with the sentence highlighted', async () => {
    const streamed = page.waitForResponse((response) => response.url().endsWith('/api/ask/stream'));
    await ask('How much has been set aside for the AI R&D Institute?');
    const body = await (await streamed).text();
    expect(body.match(/event: sentence/g)!.length).toBeGreaterThanOrEqual(2);
    const answer = page.locator('.turn-answer').last();
    await expect.poll(() => answer.locator('.answer-text').innerText()).toMatch(/^HK\$1 billion/);
    await expect.poll(() => answer.locator('.sources').first().innerText()).toContain('[1] 2025-26 Budget: Major initiatives under ITIB\n2025-02-27, budget year 2025-26');
    await page.screenshot({ path: `${SCREENSHOTS}/answer-english.png`, fullPage: true });

    await answer.getByRole('button', { name: /Open source 1/ }).first().click();
    const panel = page.locator('#passage-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('#passage-title').innerText()).toBe('2025-26 Budget: Major initiatives under ITIB');
    expect(await panel.locator('mark').innerText()).toContain('Set aside $1 billion');
    await expect.poll(() => panel.locator('#passage-source').innerText()).toContain('2025-26-budget-itib-initiatives.md');
    await page.screenshot({ path: `${SCREENSHOTS}/citation-panel.png`, fullPage: true });
    await panel.getByRole('button', { name: '顯示中文' }).click();
    await expect.poll(() => panel.locator('#passage-text').innerText()).toContain('預留10億元');
  });

  it('asks in Cantonese and the interface follows into Traditional Chinese', async () => {
    await ask('智慧燈柱係咩嚟㗎？');
    const answer = page.locator('.turn-answer').last();
    expect(await answer.getAttribute('lang')).toBe('zh-Hant');
    expect(await answer.locator('.answer-text').innerText()).toContain('智慧燈柱');
    expect(await page.locator('h1').innerText()).toBe('預算問答');
    await page.screenshot({ path: `${SCREENSHOTS}/answer-cantonese.png`, fullPage: true });
  });

  it('the toggle answers a Traditional question in Simplified', async () => {
    await page.getByRole('button', { name: '简体' }).click();
    expect(await page.locator('h1').innerText()).toBe('预算问答');
    await ask('政府預留多少錢設立香港人工智能研發院？');
    expect(await page.locator('.turn-answer .answer-text').last().innerText()).toContain('10亿元');
  });

  it('copies the answer with a formatted source list', async () => {
    await ask('How many submarine cable systems does Hong Kong have?');
    await page.getByRole('button', { name: 'Copy answer with sources' }).click();
    await expect.poll(() => page.locator('#status').innerText()).toBe('Copied the answer and its sources.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^12 \[1\]/);
    expect(copied).toContain('Sources:\n[1] Hong Kong: The Facts — Innovation and Technology — HKSAR Government (2025-02-25, budget year 2024-25), ');
    // Each source on one line.
    expect(copied.split('\n').filter((line) => /^\[\d+\] /.test(line)).length).toBe(copied.split('Sources:\n')[1]!.split('\n').length);
  });

  it('shows the not-found state with related passages', async () => {
    await ask('What is the budget for the Olympic Games?');
    const answer = page.locator('.turn-answer').last();
    expect(await answer.locator('h3').innerText()).toBe('Not found in the documents');
    expect(await answer.innerText()).toContain('Related passages (not an answer)');
    await page.screenshot({ path: `${SCREENSHOTS}/not-found.png`, fullPage: true });
    // Copied too: the not-found answer with the related passages, each on one line with its publisher.
    await answer.getByRole('button', { name: 'Copy answer with sources' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^The documents do not answer this question\./);
    const related = copied.split('Related passages:\n')[1]!.split('\n');
    expect(related.length).toBeGreaterThan(0);
    for (const line of related) expect(line).toMatch(/^\[\d+\] .+ — .+ \(\d{4}-\d{2}(?:-\d{2})?, budget year \d{4}-\d{2}\)/);
  });

  it('survives an unreachable server and a server error, then recovers on retry', async () => {
    await page.route('**/api/ask/stream', (route) => route.abort('connectionrefused'));
    await ask('How many fintech companies are there in Hong Kong?');
    const failed = page.locator('.turn-answer').last();
    expect(await failed.innerText()).toContain('Cannot reach the server');
    await page.screenshot({ path: `${SCREENSHOTS}/server-unreachable.png`, fullPage: true });

    await page.unroute('**/api/ask/stream');
    await page.route('**/api/ask/stream', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL', message: 'Something went wrong on our side (request x).' } }) }));
    await page.locator('.turn-answer').last().getByRole('button', { name: 'Try again' }).click();
    await page.locator('.turn-answer:not(:has(.streaming))').last().waitFor();
    expect(await page.locator('.turn-answer').last().innerText()).toContain('The server could not answer: Something went wrong');

    await page.unroute('**/api/ask/stream');
    await page.locator('.turn-answer').last().getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.turn-answer').last().innerText()).toMatch(/^over 1,100 \[1\]/);
    expect(await page.locator('.turn-question').count()).toBe(1);
    // The successful retry leaves the box empty for the next question.
    expect(await page.locator('#question').inputValue()).toBe('');
  });

  it('keeps the conversation across reloads until it is cleared', async () => {
    await ask('How many fintech companies are there in Hong Kong?');
    await page.reload();
    expect(await page.locator('.turn-question').first().innerText()).toBe('How many fintech companies are there in Hong Kong?');
    await page.getByRole('button', { name: 'Clear conversation' }).click();
    expect(await page.locator('.turn-question').count()).toBe(0);
    await page.reload();
    expect(await page.locator('.turn-question').count()).toBe(0);
  });

  it('renders script payloads as text, never running them', async () => {
    const payload = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    await ask(payload);
    expect(await page.locator('.turn-question').last().innerText()).toBe(payload);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.conversation img').count()).toBe(0);
  });

  it('works by keyboard alone and on a phone-width screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    const focusOrder: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      focusOrder.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim().slice(0, 40) || ''));
      if (focusOrder.at(-1) === 'question') break;
    }
    expect(focusOrder[0]).toBe('Skip to the question box');
    expect(focusOrder).toContain('English');
    expect(focusOrder.at(-1)).toBe('question');
    await page.keyboard.type('How many submarine cable systems does Hong Kong have?');
    await page.keyboard.press('Enter');
    await page.locator('.turn-answer:not(:has(.streaming))').last().waitFor();
    expect(await page.locator('.turn-answer .answer-text').last().innerText()).toMatch(/^12 \[1\]/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    for (const field of await page.locator('textarea, button').all()) {
      if (!(await field.isVisible())) continue;
      const name = await field.evaluate((node) => (node as HTMLElement).innerText || node.getAttribute('aria-label') || (node.id && document.querySelector(`label[for="${node.id}"]`)?.textContent) || '');
      expect(name.trim().length).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/phone.png`, fullPage: true });
  });
});
