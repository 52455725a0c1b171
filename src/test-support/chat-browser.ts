import { serve, type ServerType } from '@hono/node-server';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadIndex } from '../index/load-index.js';
import { createApp } from '../server/create-app.js';
import { loadStaticFiles } from '../server/static-files.js';
import { builtTempIndex } from './temp-corpus.js';

/**
 * What the browser tests share: the real app on loopback over a freshly built index, Debian's
 * Chromium through playwright-core (never a downloaded browser), and a fresh page per test.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'evals/screenshots';

export interface ChatBrowser {
  base: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/** Builds an index, serves the chat on a free loopback port and launches Chromium. */
export async function startChatBrowser(): Promise<ChatBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: run \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { settings } = await builtTempIndex();
  const app = createApp({ index: await loadIndex(settings), staticFiles: loadStaticFiles('web'), rateLimitPerMinute: 0, maxQuestionLength: 1000, log: () => {} });
  let server: ServerType | undefined;
  const base = await new Promise<string>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    base,
    browser,
    stop: async () => {
      await browser.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}

/** A fresh context (English locale, clipboard allowed) and page on the chat. */
export async function openChatPage({ browser, base }: ChatBrowser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  await page.goto(base);
  return { context, page };
}
