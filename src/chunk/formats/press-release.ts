import type { DraftChunk } from '../chunk.js';
import { cleanText, joinWrappedLines, splitLines, type SourceLine } from '../clean.js';

/**
 * A press release: a headline block, paragraphs under short sub-headings, then the media contact.
 * Paragraphs are separated by blank lines; a line with no sentence punctuation is a heading.
 */

const MARKDOWN_LINK_ARTEFACT = /^\[[^\]]*\]\([^)]*\)/;
const HEADING = /^[^。，,；;：:]{1,50}$/;
const BODY_START = /^[(（]/; // "(香港, 2026年2月25日) …" opens the body
const CONTACT_START = /^傳媒查詢/;

export function chunkPressRelease(source: string): DraftChunk[] {
  const blocks: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const line of splitLines(source)) {
    if (line.text.trim() === '') {
      if (block.length) blocks.push(block);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length) blocks.push(block);

  const drafts: DraftChunk[] = [];
  const headline: SourceLine[] = [];
  let inBody = false;
  let heading: string | undefined;
  let contact: SourceLine[] | undefined;

  const push = (kind: DraftChunk['kind'], lines: SourceLine[], section: string[]) => {
    const text = cleanText(joinWrappedLines(lines.map((line) => line.text.replace(MARKDOWN_LINK_ARTEFACT, ''))));
    if (!text) return;
    drafts.push({ kind, section: { zh: section, en: [] }, context: [], texts: [{ language: 'zh-Hant', text }], start: lines[0]!.start, end: lines.at(-1)!.end });
  };

  for (const lines of blocks) {
    const text = joinWrappedLines(lines.map((line) => line.text));
    if (contact) {
      contact.push(...lines);
      continue;
    }
    if (!inBody) {
      if (MARKDOWN_LINK_ARTEFACT.test(text.trim()) && !text.replace(MARKDOWN_LINK_ARTEFACT, '').replace(/下載高清圖片/, '').trim()) continue;
      if (BODY_START.test(text.trim())) {
        inBody = true;
        push('cover', headline, []);
      } else {
        headline.push(...lines);
        continue;
      }
    }
    if (CONTACT_START.test(text.trim())) {
      contact = [...lines];
      continue;
    }
    if (HEADING.test(text.trim()) && !BODY_START.test(text.trim())) {
      heading = cleanText(text);
      continue;
    }
    push('paragraph', lines, heading ? [heading] : []);
  }
  if (!inBody && headline.length) push('cover', headline, []);
  if (contact) push('paragraph', contact, ['傳媒查詢']);
  return drafts;
}
