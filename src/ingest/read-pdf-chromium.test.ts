import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Block } from './blocks.js';
import { readDocument } from './read-document.js';

const PAGE = `<html><body style="font-family:sans-serif;font-size:12pt;width:15cm">
<h1>2026-27 Budget: Key initiatives</h1>
<p>The Government will set aside $1 billion to establish the AI Research and Development Institute, which will support universities and industry in the development of artificial intelligence over the coming five years.</p>
<h2>Supporting industry</h2>
<p>Measures include:</p>
<ul><li>a New Industrialisation Acceleration Scheme for manufacturers who set up smart production lines in Hong Kong, matching their investment one to two</li><li>support for the low-altitude economy</li></ul>
<table style="border-collapse:collapse"><tr><th style="padding:0 30px">Programme</th><th style="padding:0 30px">2025-26</th></tr><tr><td style="padding:0 30px">Research</td><td style="padding:0 30px">120</td></tr><tr><td style="padding:0 30px">Talent</td><td style="padding:0 30px">65</td></tr></table>
<div style="page-break-before:always"></div><h2>Second page</h2><p>More text on page two.</p></body></html>`;

describe('readDocument: a PDF printed by Chromium (embedded fonts, drawn bullets, a page-number footer)', () => {
  it('reads headings by size, a wrapped paragraph, list items whose bullets are drawn, a table and the pages', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
    let pdf: Buffer;
    try {
      const page = await browser.newPage();
      await page.setContent(PAGE);
      pdf = await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
        margin: { top: '2cm', bottom: '2cm' },
      });
    } finally {
      await browser.close();
    }
    const { blocks } = await readDocument(pdf, 'slides.pdf');
    const shown = blocks.map((block: Block) => (block.kind === 'table' ? { table: [block.header, ...block.rows] } : { [block.kind]: block.text, ...(block.kind === 'heading' ? { level: block.level } : {}), ...(block.kind === 'list-item' ? { leadIn: block.leadIn } : {}) }));
    expect(shown).toEqual([
      { heading: '2026-27 Budget: Key initiatives', level: 1 },
      { paragraph: expect.stringMatching(/^The Government will set aside \$1 billion .* over the coming five years\.$/) },
      { heading: 'Supporting industry', level: 2 },
      { paragraph: 'Measures include:' },
      { 'list-item': 'a New Industrialisation Acceleration Scheme for manufacturers who set up smart production lines in Hong Kong, matching their investment one to two', leadIn: 'Measures include:' },
      { 'list-item': 'support for the low-altitude economy', leadIn: 'Measures include:' },
      { table: [['Programme', '2025-26'], ['Research', '120'], ['Talent', '65']] },
      { heading: 'Second page', level: 2 },
      { paragraph: 'More text on page two.' },
    ]);
    expect(blocks.map((block) => block.location.page)).toEqual([1, 1, 1, 1, 1, 1, 1, 2, 2]);
  }, 30_000);
});
