import JSZip from 'jszip';

/** A piece of text placed on a PDF page (points from the bottom left, as PDF measures). */
export interface PdfText {
  text: string;
  x: number;
  y: number;
  size: number;
}

/**
 * A small PDF written by hand, enough for pdf.js to extract from: one Identity-H font with a
 * ToUnicode map (so Chinese and English text both extract), each piece of text a run at its place,
 * in the order given (not necessarily reading order). `encrypt` adds a Standard security handler
 * whose user password is not empty; a page with no texts gets a filled rectangle instead (a scan).
 */
export function makePdf(pages: PdfText[][], options: { encrypt?: boolean } = {}): Buffer {
  const characters = [...new Set(pages.flat().flatMap((item) => [...item.text]))].sort();
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
  const widths = characters.filter((character) => character.codePointAt(0)! < 0x2000).flatMap((character) => [character.codePointAt(0)!, [character === ' ' ? 250 : 520]]);
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Test-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${characters.length} beginbfchar`,
    ...characters.map((character) => `<${hex(character.codePointAt(0)!)}> <${hex(character.codePointAt(0)!)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ;
  const stream = (content: string) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: pages, filled below
  add('<< /Type /Font /Subtype /Type0 /BaseFont /TestSans /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>'); // 3
  add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /W [${widths.map((part) => (Array.isArray(part) ? `[${part[0]}]` : part)).join(' ')}] /CIDToGIDMap /Identity >>`); // 4
  add(stream(toUnicode)); // 5
  add('<< /Type /FontDescriptor /FontName /TestSans /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>'); // 6
  const pageIds: number[] = [];
  for (const page of pages) {
    const content =
      page.length === 0
        ? '0.5 g 40 40 515 760 re f'
        : page.map((item) => `BT /F1 ${item.size} Tf ${item.x} ${item.y} Td <${[...item.text].map((character) => hex(character.codePointAt(0)!)).join('')}> Tj ET`).join('\n');
    add(stream(content));
    const contentId = objects.length;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    pageIds.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encryptId: number | undefined;
  if (options.encrypt) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'AB'.repeat(32)}> /U <${'CD'.repeat(32)}> /P -4 >>`);
    encryptId = objects.length;
  }
  let pdf = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encrypt = encryptId ? ` /Encrypt ${encryptId} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The two-page bilingual PDF the tests read: a heading, a wrapped paragraph in each language, bullets under a lead-in, a table, page numbers. */
export function bilingualPdf(): Buffer {
  const page1: PdfText[] = [
    // Written out of reading order on purpose: the reader must order by position.
    { text: 'The Government will set aside $1 billion to establish', x: 72, y: 660, size: 11 },
    { text: 'the AI Research Institute next year.', x: 72, y: 646, size: 11 },
    { text: '創新科技措施', x: 72, y: 780, size: 20 },
    { text: 'Innovation and Technology Measures', x: 72, y: 752, size: 20 },
    { text: '政府將預留十億元，成立人工智能研', x: 72, y: 700, size: 11 },
    { text: '究院，推動創新及科技發展。', x: 72, y: 686, size: 11 },
    { text: '主要措施包括：', x: 72, y: 620, size: 11 },
    { text: '• 設立新型工業加速計劃', x: 84, y: 604, size: 11 },
    { text: '• 推動數字經濟發展', x: 84, y: 588, size: 11 },
    { text: '1', x: 290, y: 30, size: 9 },
  ];
  const page2: PdfText[] = [
    { text: 'Funding by programme', x: 72, y: 780, size: 16 },
    { text: 'Programme', x: 72, y: 740, size: 11 },
    { text: '2024-25', x: 260, y: 740, size: 11 },
    { text: '2025-26', x: 400, y: 740, size: 11 },
    { text: 'Research', x: 72, y: 724, size: 11 },
    { text: '100', x: 260, y: 724, size: 11 },
    { text: '120', x: 400, y: 724, size: 11 },
    { text: 'Talent', x: 72, y: 708, size: 11 },
    { text: '50', x: 260, y: 708, size: 11 },
    { text: '65', x: 400, y: 708, size: 11 },
    { text: 'Figures are in millions of dollars, published on 26 February 2025.', x: 72, y: 670, size: 11 },
    { text: '2', x: 290, y: 30, size: 9 },
  ];
  return makePdf([page1, page2]);
}

/** A press-release page: navigation, a header, the article (heading, paragraphs, a list under its lead-in, a table), a download link and a footer. */
export function pressReleaseHtml(): string {
  return `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>新聞公報 | 政府</title></head><body>
<header><a href="/">政府網站</a><span>Site search 搜尋</span></header>
<nav><ul><li><a href="/home">主頁 Home</a></li><li><a href="/news">新聞 News</a></li><li><a href="/contact">聯絡我們 Contact us</a></li></ul></nav>
<main><article>
<h1>創科局歡迎新一份財政預算案</h1>
<p>創新科技及工業局今日表示，財政預算案預留
三十億元推行前沿科技研究支援計劃，支持大學的研究團隊。</p>
<p>The Innovation, Technology and Industry Bureau said today that the Budget sets aside $3 billion for the Frontier Technology Research Support Scheme, supporting university research teams.</p>
<h2>主要措施</h2>
<p>措施包括：</p>
<ul><li>設立微電子研發院</li><li>推展低空經濟</li></ul>
<table><tr><th>項目</th><th>撥款</th></tr><tr><td>研究支援計劃</td><td>30億元</td></tr><tr><td>微電子研發院</td><td>28億元</td></tr></table>
<p>公報於2026年2月26日發出。<a href="/files/release.pdf">下載 PDF 版本</a></p>
</article></main>
<footer><p>版權所有 © 2026 Copyright notice. 私隱政策 Privacy policy</p></footer>
</body></html>`;
}

const DOCX_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

/** A Word document built as a zip of its XML parts: a heading, paragraphs and a table with a header row. */
export async function factSheetDocx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>');
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${DOCX_NAMESPACE}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`);
  const body = [
    paragraph('Smart Lampposts Fact Sheet', 'Heading1'),
    paragraph('About 1 000 smart lampposts had been installed across the city by the end of 2025, carrying sensors and 5G base stations.'),
    paragraph('Installation by district', 'Heading2'),
    `<w:tbl><w:tr>${cell('District')}${cell('Lampposts')}</w:tr><w:tr>${cell('Kowloon East')}${cell('400')}</w:tr><w:tr>${cell('Kai Tak')}${cell('250')}</w:tr></w:tbl>`,
  ].join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${DOCX_NAMESPACE}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
