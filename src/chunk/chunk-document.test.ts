import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import { searchableText, sectionLabel, textIn } from './chunk.js';
import { chunkCorpus, chunkDocument } from './chunk-document.js';
import { cleanText, isImageDescription, stripContinued } from './clean.js';

const slides = [
  '2025-26年度財政預算案  ',
  '相關重點措施',
  '',
  '2025-26 Budget  ',
  'Major initiatives',
  '',
  '# 1. 完善創科生態圈',
  '',
  'Enhance the I&T ecosystem',
  '',
  '## 人工智能作為關鍵產業',
  '',
  '### Artificial Intelligence (AI) as a Core Industry',
  '',
  '#### ◆ 預留10億元設立香港人工智能研發院',
  '',
  'Set aside \\$1 billion to **establish the Artificial Intelligence Research and Development Institute**',
  '',
  '# 1. 完善創科生態圈（續）',
  '',
  'Enhance the I&T ecosystem (Continued)',
  '',
  '## 創科用地（續）',
  '',
  '### Land for I&T Use (Continued)',
  '',
  '#### ◆ 河套香港園區：',
  '',
  'Hong Kong Park of the Loop:',
  '',
  '- 已預留**37億元**加快基建',
  '',
  '**Earmarked \\$3.7 billion** to expedite infrastructure',
  '- ◆ 推進第三個「InnoHK創新香港研發平台」  ',
  'Take forward the third *InnoHK* research cluster',
  '',
  'An aerial photograph of Hong Kong\'s skyline, featuring numerous skyscrapers.',
  '',
].join('\n');

const doc = (format: 'bilingual-slides' | 'fact-sheet' | 'estimates-report' | 'press-release', text: string) => ({ id: 'test', file: 'test.txt', format, text });

describe('bilingual slides', () => {
  const chunks = chunkDocument(doc('bilingual-slides', slides));

  it('pairs a Chinese bullet with its English version in one passage', () => {
    const institute = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('研發院'))!;
    expect(textIn(institute, 'en')).toBe('Set aside $1 billion to establish the Artificial Intelligence Research and Development Institute');
    expect(institute.kind).toBe('bullet');
  });

  it('gives each passage its section path in both languages, numbered', () => {
    const institute = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('研發院'))!;
    expect(sectionLabel(institute.section, 'en')).toBe('1. Enhance the I&T ecosystem › Artificial Intelligence (AI) as a Core Industry');
    expect(sectionLabel(institute.section, 'zh')).toBe('1. 完善創科生態圈 › 人工智能作為關鍵產業');
  });

  it('merges (Continued)/（續） headings into the section they continue', () => {
    const infra = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('37億元'))!;
    expect(infra.section.zh).toEqual(['1. 完善創科生態圈', '創科用地']);
    expect(infra.section.en).toEqual(['1. Enhance the I&T ecosystem', 'Land for I&T Use']);
  });

  it('gives a sub-bullet its lead-in as context', () => {
    const infra = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('37億元'))!;
    expect(infra.context.map((c) => c.text)).toEqual(['河套香港園區：', 'Hong Kong Park of the Loop:']);
    expect(searchableText(infra)).toContain('河套香港園區');
  });

  it('pairs bullets whose translation follows on the next line without a blank', () => {
    const innohk = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('InnoHK'))!;
    expect(textIn(innohk, 'en')).toBe('Take forward the third InnoHK research cluster');
  });

  it('cleans artefacts and drops the image description', () => {
    const all = chunks.flatMap((chunk) => chunk.texts.map((t) => t.text)).join('\n');
    expect(all).not.toMatch(/\*\*|\\\$|◆|^#|aerial photograph/m);
    expect(chunks[0]!.kind).toBe('cover');
  });

  it('keeps character offsets into the source', () => {
    const institute = chunks.find((chunk) => textIn(chunk, 'zh-Hant')?.includes('研發院'))!;
    expect(slides.slice(institute.start, institute.end)).toContain('預留10億元設立香港人工智能研發院');
    expect(slides.slice(institute.start, institute.end)).toContain('Set aside');
  });

  it('gives the same ids to the same text on every run, and different ids to different text', () => {
    const again = chunkDocument(doc('bilingual-slides', slides));
    expect(again.map((c) => c.id)).toEqual(chunks.map((c) => c.id));
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    const edited = chunkDocument(doc('bilingual-slides', slides.replace('37億元', '38億元')));
    const changed = edited.filter((chunk, index) => chunk.id !== chunks[index]!.id);
    expect(changed).toHaveLength(1);
  });
});

describe('estimates report tables', () => {
  const report = [
    '綱領(1):局長辦公室',
    '',
    '\t2023-24 (實際)\t2024-25 (原來預算)\t2024-25 (修訂)\t2025-26 (預算)',
    '財政撥款(百萬元)\t20.4\t22.7\t22.9\t24.3',
    '\t\t\t(+0.9%)\t(+6.1%)',
    '',
    '(或較 2024-25 原來 預算增加 7.0%)',
    '',
    '分目 (編號)\t\t2023-24 實際開支\t2024-25 核准預算\t2024-25 修訂預算\t2025-26 預算',
    "\t\t\\$'000\t\\$,000\t\\$,000\t\\$,000",
    '\t經營帳目',
    '000\t運作開支\t419,593\t480,593\t243,500Φ\t175,587',
    '\t非經常開支總額\t60,400\t60,000\t\t',
  ].join('\n');
  const chunks = chunkDocument(doc('estimates-report', report));
  const rows = chunks.filter((chunk) => chunk.kind === 'table-row').map((chunk) => chunk.texts[0]!.text);

  it('writes each row with its column headers and its unit after every figure', () => {
    expect(rows[0]).toBe('綱領(1) 局長辦公室 — 財政撥款(百萬元)：2023-24 (實際)：20.4百萬元；2024-25 (原來預算)：22.7百萬元；2024-25 (修訂)：22.9百萬元 (+0.9%)；2025-26 (預算)：24.3百萬元 (+6.1%) (或較2024-25原來預算增加7.0%)');
  });
  it("keeps the sub-head code with its label and reads $'000 as thousands", () => {
    expect(rows[1]).toContain('000 運作開支：2023-24 實際開支：419,593千元');
    expect(rows[1]).toContain('經營帳目');
  });
  it('matches figures to columns by position, not by counting from the right', () => {
    expect(rows[2]).toContain('非經常開支總額：2023-24 實際開支：60,400千元；2024-25 核准預算：60,000千元');
    expect(rows[2]).not.toContain('修訂預算');
  });
  it('reads a report of the last century as one of this: a budget year written 1999-00 heads a column', () => {
    // Every budget year 26 years earlier: 2023-24 … 2025-26 become 1997-98 … 1999-00.
    const earlier = (text: string) => text.replace(/20(\d\d)-(\d\d)/g, (_, start: string, end: string) => `${1974 + Number(start)}-${String((Number(end) + 74) % 100).padStart(2, '0')}`);
    const olderRows = chunkDocument(doc('estimates-report', earlier(report))).filter((chunk) => chunk.kind === 'table-row').map((chunk) => chunk.texts[0]!.text);
    expect(olderRows).toEqual(rows.map(earlier));
    expect(olderRows[1]).toContain('1999-00 預算：175,587千元');
  });
});

describe('fact sheet', () => {
  const sheet = ' 創新及科技 \n \n\n概況 \n\n憑藉國家規劃，香港可充分利用本身的科研實力、科技基建、\n\n法律制度等優勢。 \n \n創科界持份者 \n\n\uf0d8 香港科技園公司為逾 1,600 家科技公司提供基礎設施。 \n\n\uf0d8 數碼港匯聚超過 2,100 間社群企業。 \n';
  const chunks = chunkDocument(doc('fact-sheet', sheet));
  it('joins wrapped lines and splits bullets under their section', () => {
    expect(chunks.map((c) => c.texts[0]!.text)).toEqual([
      '憑藉國家規劃，香港可充分利用本身的科研實力、科技基建、法律制度等優勢。',
      '香港科技園公司為逾 1,600 家科技公司提供基礎設施。',
      '數碼港匯聚超過 2,100 間社群企業。',
    ]);
    expect(chunks[1]!.section.zh).toEqual(['創新及科技', '創科界持份者']);
  });
});

describe('press release', () => {
  const release = '[請按此](#) 下載高清圖片\n\n新聞稿\n\n標題\n\n(香港, 2026年2月25日) 第一段。\n\n小標題\n\n第二段，內容。\n\n傳媒查詢，請聯絡：\n\n某人\n\n電話：123';
  const chunks = chunkDocument(doc('press-release', release));
  it('drops the link artefact, keeps headings as sections and the contact block whole', () => {
    const texts = chunks.map((c) => c.texts[0]!.text);
    expect(texts.join('\n')).not.toContain('請按此');
    expect(chunks.find((c) => c.texts[0]!.text === '第二段，內容。')!.section.zh).toEqual(['小標題']);
    expect(texts.at(-1)).toBe('傳媒查詢，請聯絡：某人電話：123');
  });
});

describe('the real corpus', () => {
  const corpus = loadCorpus('corpus');
  const chunks = chunkCorpus(corpus.documents);

  it('reads every document into passages with unique ids', () => {
    for (const document of corpus.documents) expect(chunks.some((c) => c.docId === document.id)).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });
  it('leaves no extraction artefact in any passage', () => {
    for (const chunk of chunks) {
      for (const { text } of [...chunk.texts, ...chunk.context]) {
        expect(text).not.toMatch(/\*\*|\\\$|[◆➤\uf0d8]|^#|\(Continued\)|（續）/);
        expect(isImageDescription(text)).toBe(false);
      }
    }
  });
  it('pairs every bullet of the bilingual slides with English', () => {
    const bullets = chunks.filter((c) => c.docId.startsWith('budget-') && c.kind === 'bullet');
    expect(bullets.length).toBeGreaterThan(40);
    for (const bullet of bullets) expect(textIn(bullet, 'en'), textIn(bullet, 'zh-Hant')).toBeTruthy();
  });
  it('keeps offsets that point at the passage in its source', () => {
    for (const chunk of chunks.filter((c) => c.kind === 'bullet')) {
      const document = corpus.documents.find((d) => d.id === chunk.docId)!;
      const source = document.text.slice(chunk.start, chunk.end).replace(/\s+/g, '');
      const probe = chunk.texts[0]!.text.replace(/\s+/g, '').slice(0, 6);
      expect(source.includes(probe) || cleanText(source).replace(/\s+/g, '').includes(probe)).toBe(true);
    }
  });
});

describe('cleaning', () => {
  it('strips markers and continued headings', () => {
    expect(cleanText('#### ◆ 預留**37億元** \\$3.7 *InnoHK*')).toBe('預留37億元 $3.7 InnoHK');
    expect(stripContinued('促進產業發展（續）')).toBe('促進產業發展');
    expect(stripContinued('Promote Industry Development (Continued)')).toBe('Promote Industry Development');
  });
});
