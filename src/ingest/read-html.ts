import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { BudgetQaError } from '../errors.js';
import { joinWrapped, layoutBlocks, type DraftBlock, type ReadDocument } from './blocks.js';

/** Elements that are never the page's content: navigation, page furniture, scripts. */
const FURNITURE = 'nav, header, footer, aside, script, style, noscript, template, form, [role="navigation"], [role="banner"], [role="contentinfo"]';
/** A link to a file or labelled "download" is not content (the text it links to is another document). */
const DOWNLOAD_LINK = /\.(pdf|docx?|xlsx?|pptx?|zip|csv)(\?|#|$)/i;
const DOWNLOAD_LABEL = /download|下載|下载/i;

function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text of an element with its lines joined the way a reader reads them (no space between Chinese characters). */
function elementText(element: Element): string {
  return (element.textContent ?? '').split(/\n+/).map(cleanText).filter(Boolean).reduce((text, line) => joinWrapped(text, line), '');
}

function dropDownloadLinks(root: ParentNode): void {
  for (const link of Array.from(root.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (DOWNLOAD_LINK.test(href) || DOWNLOAD_LABEL.test(link.textContent ?? '') || link.hasAttribute('download')) {
      // A list item or paragraph holding only the link goes with it.
      const parent = link.parentElement;
      link.remove();
      if (parent && ['LI', 'P'].includes(parent.tagName) && !cleanText(parent.textContent ?? '')) parent.remove();
    }
  }
}

/** Walks a content tree into blocks: headings, paragraphs, list items under their lead-in, tables with header cells. */
export function blocksFromElement(root: Element): DraftBlock[] {
  const drafts: DraftBlock[] = [];
  let lastParagraph: string | undefined;
  const visit = (element: Element): void => {
    const tag = element.tagName.toUpperCase();
    const heading = /^H([1-6])$/.exec(tag);
    if (heading) {
      const text = elementText(element);
      if (text) drafts.push({ kind: 'heading', level: Number(heading[1]), text });
      lastParagraph = undefined;
      return;
    }
    if (tag === 'TABLE') {
      const rows = Array.from(element.querySelectorAll('tr')).map((row) => Array.from(row.querySelectorAll('th, td')).map(elementText));
      const nonEmpty = rows.filter((row) => row.some(Boolean));
      if (nonEmpty.length > 0) drafts.push({ kind: 'table', header: nonEmpty[0]!, rows: nonEmpty.slice(1) });
      lastParagraph = undefined;
      return;
    }
    if (tag === 'UL' || tag === 'OL') {
      const leadIn = lastParagraph && /[:：]$/.test(lastParagraph) ? lastParagraph : undefined;
      for (const item of Array.from(element.children).filter((child) => child.tagName.toUpperCase() === 'LI')) {
        // A nested list's items hang from their own item.
        const nested = Array.from(item.querySelectorAll('ul, ol'));
        const clone = item.cloneNode(true) as Element;
        for (const inner of Array.from(clone.querySelectorAll('ul, ol'))) inner.remove();
        const text = elementText(clone);
        if (text) drafts.push({ kind: 'list-item', text, ...(leadIn ? { leadIn } : {}) });
        for (const list of nested.filter((list) => list.parentElement === item)) {
          lastParagraph = text.endsWith(':') || text.endsWith('：') ? text : `${text}:`;
          visit(list);
        }
      }
      lastParagraph = undefined;
      return;
    }
    if (tag === 'P' || tag === 'BLOCKQUOTE' || tag === 'PRE' || tag === 'FIGCAPTION' || tag === 'DT' || tag === 'DD') {
      const text = elementText(element);
      if (text) {
        drafts.push({ kind: 'paragraph', text });
        lastParagraph = text;
      }
      return;
    }
    const children = Array.from(element.children);
    if (children.length === 0) {
      const text = elementText(element);
      if (text) {
        drafts.push({ kind: 'paragraph', text });
        lastParagraph = text;
      }
      return;
    }
    // Text directly inside a container (a <div> with words and <br>s) is a paragraph of its own.
    const own = Array.from(element.childNodes).filter((node) => node.nodeType === 3).map((node) => cleanText(node.textContent ?? '')).join(' ').trim();
    if (own && own.length > 1) {
      drafts.push({ kind: 'paragraph', text: cleanText(element.textContent ?? '') });
      lastParagraph = undefined;
      return;
    }
    for (const child of children) visit(child);
  };
  visit(root);
  return drafts;
}

/**
 * An HTML page → its main content as blocks: Readability picks the article over a linkedom DOM;
 * navigation, headers, footers, asides and download links are dropped first.
 */
export function readHtml(html: string, source: string): ReadDocument {
  const { document } = parseHTML(html);
  for (const element of Array.from(document.querySelectorAll(FURNITURE))) element.remove();
  dropDownloadLinks(document);
  const pageTitle = cleanText(document.querySelector('h1')?.textContent ?? '');
  // Readability works on its own copy; keep the cleaned DOM for the fallback.
  const article = new Readability(parseHTML(document.toString()).document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
  let drafts: DraftBlock[];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    drafts = blocksFromElement(content.body as unknown as Element);
    // Readability lifts the page's title out of the content: put it back as the first heading.
    const title = pageTitle || cleanText(article.title ?? '');
    if (title && !drafts.some((draft) => draft.kind === 'heading' && draft.text === title)) drafts.unshift({ kind: 'heading', level: 1, text: title });
  } else {
    drafts = document.body ? blocksFromElement(document.body as unknown as Element) : [];
  }
  // The page's <title> names its headline ("Headline | Newsroom"): where the content sets the headline
  // as a plain paragraph and no heading holds it, that paragraph is the top heading.
  const titleParts = (document.querySelector('title')?.textContent ?? '')
    .split(/\s+[|–—»-]\s+/)
    .map((part) => cleanText(part).replace(/\s+/g, ''))
    .filter((part) => part.length >= 6);
  const isHeadline = (text: string) => titleParts.some((part) => text.replace(/\s+/g, '').startsWith(part));
  if (!drafts.some((draft) => draft.kind === 'heading' && isHeadline(draft.text))) {
    const headline = drafts.findIndex((draft) => draft.kind === 'paragraph' && draft.text.length <= 200 && isHeadline(draft.text));
    if (headline >= 0) drafts[headline] = { kind: 'heading', level: 1, text: (drafts[headline] as { text: string }).text };
  }
  // Readability demotes headings (h1 → h2): take each heading's level from the page itself, counted from its top heading.
  const pageLevels = new Map(Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) => [elementText(heading as Element), Number(heading.tagName.slice(1))]));
  for (const draft of drafts) if (draft.kind === 'heading') draft.level = pageLevels.get(draft.text) ?? draft.level;
  const top = Math.min(...drafts.map((draft) => (draft.kind === 'heading' ? draft.level : 6)));
  for (const draft of drafts) if (draft.kind === 'heading') draft.level -= top - 1;
  const read = layoutBlocks(drafts);
  if (read.blocks.length === 0) throw new BudgetQaError('DOCUMENT_NO_TEXT', `${source}: the page has no text in its main content.`);
  return read;
}
