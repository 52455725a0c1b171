import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';

/**
 * The five text documents made into the files their publishers put out, for `npm run
 * eval:renderings`: slides as a landscape PDF (a slide per top heading), reports as A4 PDFs with
 * page numbers, the press release as an HTML page with a site header, navigation, a download link
 * and a footer, and a Word file. Text → a few layout blocks → HTML → Chromium's print-to-PDF
 * (Debian's /usr/bin/chromium through playwright-core; never a downloaded browser), or → DOCX XML
 * zipped with jszip (pandoc is not needed).
 *
 * This is the publisher's side: it reconstructs the layout the text was taken from (wrapped lines
 * back into paragraphs, short unpunctuated lines as headings, tab-separated lines as tables). The
 * product's readers see only the rendered files.
 */

export type LayoutBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'page-break' };

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const ENDS_SENTENCE = /[。！？；：.!?;:）)」』”]\s*$/;
/** Bullet characters a text extraction keeps at the start of a line (including the private-use arrow Word fonts print). */
const BULLET = /^\s*(?:[-•●◆■▪\uf0d8\uf0b7\uf0a7]\s+|[\uf0d8\uf0b7\uf0a7•●◆■▪](?=\S))/;

/** Joins two wrapped pieces: no space between Chinese characters, one between words. */
function joinWrapped(left: string, right: string): string {
  const a = left.replace(/\s+$/, '');
  const b = right.replace(/^\s+/, '');
  return CJK.test(a.slice(-1)) || CJK.test(b.charAt(0)) ? `${a}${b}` : `${a} ${b}`;
}

/** Markdown (the slides): `#` headings, `-` items, paragraphs; a line ending in two spaces breaks inside its block. */
export function layoutFromMarkdown(text: string): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let pending: { kind: 'paragraph' | 'item'; text: string; breakNext: boolean } | undefined;
  const flush = () => {
    if (pending) blocks.push({ kind: pending.kind, text: pending.text });
    pending = undefined;
  };
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const hardBreak = / {2,}$/.test(raw);
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (heading[1]!.length === 1 && blocks.some((block) => block.kind !== 'page-break')) blocks.push({ kind: 'page-break' });
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      flush();
      pending = { kind: 'item', text: item[1]!, breakNext: hardBreak };
    } else if (pending) {
      // A hard break (two trailing spaces) is a new line in the block; otherwise the line wraps on.
      pending.text = pending.breakNext ? `${pending.text}\n${line.trim()}` : joinWrapped(pending.text, line);
      pending.breakNext = hardBreak;
    } else {
      pending = { kind: 'paragraph', text: line.trim(), breakNext: hardBreak };
    }
  }
  flush();
  return blocks;
}

/**
 * Plain text extracted from a published document: tab-separated lines are table rows, bulleted
 * lines items, a short line without closing punctuation before longer text a heading (the first
 * one the title), and a line as long as the page's lines that does not end a sentence wraps into
 * the next.
 */
export function layoutFromPlainText(text: string): LayoutBlock[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // Trailing tabs are a table row's empty cells: kept.
    .map((line) => line.replace(/[ \u3000\r]+$/, ''));
  const lengths = lines.filter((line) => line.trim() && !line.includes('\t')).map((line) => [...line.trim()].length).sort((a, b) => a - b);
  const fullWidth = lengths.length ? lengths[Math.floor(lengths.length * 0.9)]! * 0.8 : Infinity;
  const blocks: LayoutBlock[] = [];
  let table: string[][] | undefined;
  let titled = false;
  const nonEmpty = lines.map((line, position) => ({ line, position })).filter(({ line }) => line.trim());
  for (let cursor = 0; cursor < nonEmpty.length; cursor++) {
    const { line } = nonEmpty[cursor]!;
    if (line.includes('\t')) {
      const cells = line.split('\t').map((cell) => cell.trim());
      if (!table) blocks.push({ kind: 'table', rows: (table = []) });
      table.push(cells);
      continue;
    }
    table = undefined;
    const bullet = BULLET.exec(line);
    let body = bullet ? line.slice(bullet[0].length) : line.trim();
    // Wrapped lines: a full-width line that does not end a sentence goes on in the next.
    while (cursor + 1 < nonEmpty.length && [...line.trim()].length >= fullWidth && !ENDS_SENTENCE.test(body)) {
      const next = nonEmpty[cursor + 1]!.line;
      if (next.includes('\t') || BULLET.test(next)) break;
      body = joinWrapped(body, next);
      cursor++;
      if ([...next.trim()].length < fullWidth) break;
    }
    body = body.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
    const next = nonEmpty[cursor + 1]?.line ?? '';
    const short = [...body].length <= 40 && !ENDS_SENTENCE.test(body) && !/^\d/.test(body);
    if (bullet) blocks.push({ kind: 'item', text: body });
    else if (short && !titled) {
      blocks.push({ kind: 'heading', level: 1, text: body });
      titled = true;
    } else if (short && [...next.trim()].length > Math.max(40, [...body].length)) blocks.push({ kind: 'heading', level: 2, text: body });
    else blocks.push({ kind: 'paragraph', text: body });
  }
  return blocks;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markdown's inline marks as HTML (escapes, bold, italic). */
function inline(text: string): string {
  return escapeHtml(text.replace(/\\([$*_#\\[\]()-])/g, '$1'))
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*])\*([^*\s][^*]*?)\*/g, '$1<i>$2</i>')
    .replace(/\n/g, '<br>');
}

/** The blocks as HTML body content (lists grouped, the first table row as the header). */
export function blocksToHtml(blocks: LayoutBlock[]): string {
  const out: string[] = [];
  let inList = false;
  for (const block of blocks) {
    if (block.kind !== 'item' && inList) {
      out.push('</ul>');
      inList = false;
    }
    if (block.kind === 'heading') out.push(`<h${block.level}>${inline(block.text)}</h${block.level}>`);
    else if (block.kind === 'paragraph') out.push(`<p>${inline(block.text)}</p>`);
    else if (block.kind === 'page-break') out.push('<div class="page-break"></div>');
    else if (block.kind === 'item') {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li>${inline(block.text)}</li>`);
    } else {
      const [header, ...rows] = block.rows;
      out.push(
        `<table><thead><tr>${(header ?? []).map((cell) => `<th>${inline(cell)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`,
      );
    }
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

const FONT = `font-family: "WenQuanYi Micro Hei", "Noto Sans CJK TC", sans-serif;`;

/** A slide deck: landscape pages, a slide per top heading, large type. */
export function slidesHtml(blocks: LayoutBlock[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 13.333in 7.5in; margin: 0.5in 0.7in; }
body { ${FONT} font-size: 14pt; line-height: 1.3; color: #1a1a1a; }
h1 { font-size: 22pt; color: #0b4f8a; margin: 0 0 10pt; }
h2 { font-size: 18pt; margin: 8pt 0 4pt; } h3 { font-size: 16pt; margin: 6pt 0 4pt; } h4 { font-size: 14.5pt; font-weight: bold; margin: 6pt 0 2pt; }
p { margin: 3pt 0 6pt; } ul { margin: 2pt 0; padding-left: 22pt; } li { margin: 2pt 0 6pt; }
.page-break { break-before: page; }
</style></head><body>${blocksToHtml(blocks)}</body></html>`;
}

/** A report: A4, body type, ruled tables. */
export function reportHtml(blocks: LayoutBlock[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { ${FONT} font-size: 10.5pt; line-height: 1.45; color: #111; }
h1 { font-size: 17pt; margin: 0 0 12pt; } h2 { font-size: 13pt; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; } ul { margin: 2pt 0 6pt; padding-left: 18pt; } li { margin: 1pt 0; }
table { border-collapse: collapse; margin: 6pt 0 10pt; } th, td { border: 0.5pt solid #777; padding: 2pt 8pt; text-align: right; vertical-align: top; } th:first-child, td:first-child { text-align: left; }
</style></head><body>${blocksToHtml(blocks)}</body></html>`;
}

/** A press-release page as a publisher's site serves it: header, navigation, the release, a download link, a footer. */
export function pressReleasePage(blocks: LayoutBlock[], title: string): string {
  return `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>${escapeHtml(title)} | 新聞中心 Newsroom</title></head><body>
<header class="site-header"><a href="/" class="logo">Science Park 科學園</a><form role="search"><input name="q" placeholder="搜尋 Search"></form><a href="/en/">English</a> | <a href="/sc/">简体</a></header>
<nav class="main-nav"><ul><li><a href="/about">關於我們 About us</a></li><li><a href="/programmes">計劃 Programmes</a></li><li><a href="/newsroom">新聞中心 Newsroom</a></li><li><a href="/careers">職位空缺 Careers</a></li><li><a href="/contact">聯絡我們 Contact</a></li></ul></nav>
<div class="breadcrumb"><a href="/">主頁</a> &gt; <a href="/newsroom">新聞中心</a> &gt; 新聞稿</div>
<main><article class="press-release">
${blocksToHtml(blocks)}
<p class="downloads"><a href="/files/press-release.pdf">下載 PDF 版本 Download PDF</a></p>
</article>
<aside class="related"><h3>相關新聞 Related news</h3><ul><li><a href="/newsroom/1">科技園公司公布年度業績</a></li><li><a href="/newsroom/2">創新園新設施啟用</a></li></ul></aside></main>
<footer class="site-footer"><p><a href="/privacy">私隱政策 Privacy Policy</a> | <a href="/terms">使用條款 Terms of Use</a> | <a href="/sitemap">網站地圖 Sitemap</a></p><p>© 2026 版權所有 All rights reserved.</p></footer>
</body></html>`;
}

/** Chromium's print-to-PDF of an HTML page (reports get page numbers in the footer). */
export async function printPdf(browser: Browser, html: string, options: { slides?: boolean } = {}): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return options.slides
      ? await page.pdf({ preferCSSPageSize: true, printBackground: true })
      : await page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>',
          margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
        });
  } finally {
    await page.close();
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (text: string) => escapeHtml(text).replace(/'/g, '&apos;');
const run = (text: string) =>
  text
    .replace(/\\([$*_#\\[\]()-])/g, '$1')
    .replace(/\*\*?/g, '')
    .split('\n')
    .map((part) => `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');

/** A Word document of the blocks: Heading 1–4 styles, bulleted list paragraphs (numbering part), tables with a header row. */
export async function blocksToDocx(blocks: LayoutBlock[]): Promise<Buffer> {
  const body = blocks
    .map((block) => {
      if (block.kind === 'heading') return `<w:p><w:pPr><w:pStyle w:val="Heading${Math.min(block.level, 4)}"/></w:pPr>${run(block.text)}</w:p>`;
      if (block.kind === 'paragraph') return `<w:p>${run(block.text)}</w:p>`;
      if (block.kind === 'item') return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(block.text)}</w:p>`;
      if (block.kind === 'page-break') return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${block.rows
        .map((row, position) => `<w:tr>${position === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((cell) => `<w:tc><w:p>${run(cell)}</w:p></w:tc>`).join('')}</w:tr>`)
        .join('')}</w:tbl>`;
    })
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
  );
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
  );
  const headingStyles = [1, 2, 3, 4].map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`).join('');
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${headingStyles}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`);
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
