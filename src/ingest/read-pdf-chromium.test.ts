import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chunkBlocks } from '../chunk/chunk-blocks.js';
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

async function printPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm' } });
  } finally {
    await browser.close();
  }
}

const SLIDE = `<html><body style="font-family:'WenQuanYi Micro Hei',sans-serif;font-size:14pt;width:20cm">
<h1 style="font-size:24pt">創科用地</h1>
<p>政府會繼續推動創新科技發展，加強與業界、大學及研發機構的合作，為初創企業提供支援，並善用土地資源建設創科生態圈，吸引海內外企業和人才落戶香港，推動經濟持續和多元發展，帶動整體經濟結構升級轉型。</p>
<p><b>數碼港與前海</b></p>
<p style="font-size:11pt">Cyberport and Qianhai</p>
<p>◆ 積極對接初創企業落戶兩地園區</p>
<p style="font-size:11pt">Proactive collaboration between the two parks to facilitate the landing of start-up enterprises</p>
<p><b>世界知識產權組織<span style="font-family:'DejaVu Sans'">《Global Innovation Index》</span>百強科技集羣發布活動</b></p>
<p style="font-size:11pt">Global Innovation Index 2025 Science and Technology Cluster Launch</p>
<p>◆ 今年稍後在香港舉行</p>
<p><b>這是一句以粗體印出的完整句子。</b></p>
<p>本段有<b>粗體字</b>但不是標題</p>
<p style="width:9cm">Allocate $6 billion to universities for <b>life and health technology research institutes</b></p>
</body></html>`;

describe('readDocument: a PDF printed by Chromium (embedded fonts, drawn bullets, a page-number footer)', () => {
  it('reads a short line set in the body size in another face (bold) as a heading below the larger ones, and pairs it with its English set smaller', async () => {
    const { blocks } = await readDocument(await printPdf(SLIDE), 'slide.pdf');
    const shown = blocks.map((block: Block) => (block.kind === 'table' ? 'table' : `${block.kind}${block.kind === 'heading' ? block.level : ''}:${block.text}`));
    expect(shown).toEqual([
      'heading1:創科用地',
      expect.stringMatching(/^paragraph:政府會繼續推動創新科技發展.*升級轉型。$/),
      'heading2:數碼港與前海',
      'paragraph:Cyberport and Qianhai',
      'list-item:積極對接初創企業落戶兩地園區',
      'paragraph:Proactive collaboration between the two parks to facilitate the landing of start-up enterprises',
      // Bold throughout, its English name in another family: several fonts, none the body's.
      'heading2:世界知識產權組織《Global Innovation Index》百強科技集羣發布活動',
      'paragraph:Global Innovation Index 2025 Science and Technology Cluster Launch',
      'list-item:今年稍後在香港舉行',
      // A bold sentence is not a heading, nor is a line that mixes bold and regular type.
      'paragraph:這是一句以粗體印出的完整句子。',
      'paragraph:本段有粗體字但不是標題',
      // A bold phrase wrapped onto a line of its own goes on in its paragraph.
      'paragraph:Allocate $6 billion to universities for life and health technology research institutes',
    ]);
    const item = chunkBlocks(blocks).find((chunk) => chunk.kind === 'bullet')!;
    expect(item.section).toEqual({ zh: ['創科用地', '數碼港與前海'], en: ['Cyberport and Qianhai'] });
    expect(item.texts.map((text) => text.text)).toEqual(['積極對接初創企業落戶兩地園區', 'Proactive collaboration between the two parks to facilitate the landing of start-up enterprises']);
  }, 30_000);

  it('reads list items whose bullets are drawn without a lead-in, one item per bullet, and drops a bullet glyph the text also writes', async () => {
    const { blocks } = await readDocument(
      await printPdf(`<html><body style="font-family:'WenQuanYi Micro Hei',sans-serif;font-size:12pt;width:12cm">
<h1 style="font-size:20pt">智慧城市</h1>
<p>政府會繼續推動智慧城市發展，善用創新科技提升城市管理效率和市民生活質素，並與業界合作推出更多便民措施。</p>
<ul><li>《香港智慧城市藍圖 2.0》中逾 130 項措施已完成或持續進行中，為市民的日常生活帶來裨益。</li><li>「智方便」平台提供約 460 項常用公共及商業網上服務</li><li>◆ 智慧燈柱</li></ul>
<p>其他措施會陸續推出。</p></body></html>`),
      'list.pdf',
    );
    expect(blocks.map((block: Block) => `${block.kind}:${block.kind === 'table' ? '' : block.text}`)).toEqual([
      'heading:智慧城市',
      expect.stringMatching(/^paragraph:政府會繼續推動智慧城市發展/),
      'list-item:《香港智慧城市藍圖 2.0》中逾 130 項措施已完成或持續進行中，為市民的日常生活帶來裨益。',
      'list-item:「智方便」平台提供約 460 項常用公共及商業網上服務',
      'list-item:智慧燈柱',
      'paragraph:其他措施會陸續推出。',
    ]);
  }, 30_000);

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
