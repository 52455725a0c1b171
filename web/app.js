// Budget Q&A web chat. No dependencies; every document text is inserted as text, never as HTML.

const STORAGE_KEY = 'budget-qa:conversation';
const LANGUAGE_KEY = 'budget-qa:language';

const STRINGS = {
  en: {
    title: 'Budget Q&A',
    subtitle: "Answers from Hong Kong's innovation and technology budget documents, with sources.",
    clear: 'Clear conversation',
    conversation: 'Conversation',
    try: 'Try asking:',
    questionLabel: 'Your question (English, 繁體, 简体 or 廣東話)',
    ask: 'Ask',
    close: 'Close',
    skip: 'Skip to the question box',
    thinking: 'Looking through the documents…',
    sources: 'Sources',
    related: 'Related passages (not an answer)',
    notFound: 'Not found in the documents',
    copy: 'Copy answer with sources',
    copied: 'Copied the answer and its sources.',
    copyFailed: 'Could not copy: select the text and copy it by hand.',
    unreachable: 'Cannot reach the server. Check your connection and try again.',
    serverError: 'The server could not answer',
    retry: 'Try again',
    empty: 'Type a question first.',
    tooLong: 'The question is too long (at most 1,000 characters).',
    showEnglish: 'Show English',
    showChinese: '顯示中文',
    section: 'Section',
    source: 'Source',
    line: 'line',
    budgetYear: 'budget year',
    cleared: 'Conversation cleared.',
    openCitation: 'Open source',
    groundingFailed: 'A generated answer did not match its sources, so this answer quotes the documents directly.',
    readingAs: 'Reading this as:',
    suggested: 'You could also ask',
    auto: 'Auto',
    relatedCopy: 'Related passages',
    preview: 'Passage',
    starters: [
      'How much has been set aside for the AI R&D Institute?',
      'How many submarine cable systems does Hong Kong have?',
      'What is the 2025-26 estimate for the Office of the Secretary?',
    ],
  },
  'zh-Hant': {
    title: '預算問答',
    subtitle: '根據香港創新科技相關預算文件作答，並註明出處。',
    clear: '清除對話',
    conversation: '對話',
    try: '試試問：',
    questionLabel: '你的問題（English、繁體、简体或廣東話）',
    ask: '提問',
    close: '關閉',
    skip: '跳到提問欄',
    thinking: '正在查閱文件…',
    sources: '出處',
    related: '相關段落（並非答案）',
    notFound: '文件中找不到答案',
    copy: '複製答案及出處',
    copied: '已複製答案及出處。',
    copyFailed: '無法複製，請手動選取文字複製。',
    unreachable: '無法連接伺服器，請檢查網絡後再試。',
    serverError: '伺服器未能回答',
    retry: '再試一次',
    empty: '請先輸入問題。',
    tooLong: '問題太長（最多 1,000 字）。',
    showEnglish: 'Show English',
    showChinese: '顯示中文',
    section: '章節',
    source: '來源',
    line: '行',
    budgetYear: '年度',
    cleared: '已清除對話。',
    openCitation: '查看出處',
    groundingFailed: '生成的答案與出處不符，因此改為直接引用文件。',
    readingAs: '理解為：',
    suggested: '你亦可以問',
    auto: '自動',
    relatedCopy: '相關段落',
    preview: '段落',
    starters: ['智慧燈柱係咩嚟㗎？', '政府預留多少錢設立香港人工智能研發院？', '商業數據通促成了多少宗貸款申請？'],
  },
  'zh-Hans': {
    title: '预算问答',
    subtitle: '根据香港创新科技相关预算文件作答，并注明出处。',
    clear: '清除对话',
    conversation: '对话',
    try: '试试问：',
    questionLabel: '你的问题（English、繁體、简体或廣東話）',
    ask: '提问',
    close: '关闭',
    skip: '跳到提问栏',
    thinking: '正在查阅文件…',
    sources: '出处',
    related: '相关段落（并非答案）',
    notFound: '文件中找不到答案',
    copy: '复制答案及出处',
    copied: '已复制答案及出处。',
    copyFailed: '无法复制，请手动选取文字复制。',
    unreachable: '无法连接服务器，请检查网络后再试。',
    serverError: '服务器未能回答',
    retry: '再试一次',
    empty: '请先输入问题。',
    tooLong: '问题太长（最多 1,000 字）。',
    showEnglish: 'Show English',
    showChinese: '显示中文',
    section: '章节',
    source: '来源',
    line: '行',
    budgetYear: '年度',
    cleared: '已清除对话。',
    openCitation: '查看出处',
    groundingFailed: '生成的答案与出处不符，因此改为直接引用文件。',
    readingAs: '理解为：',
    suggested: '你也可以问',
    auto: '自动',
    relatedCopy: '相关段落',
    preview: '段落',
    starters: ['人工智能研发院预留了多少钱？', '香港有多少个海底电缆系统？', '河套香港园区第一期基建预留了多少钱？'],
  },
};

const state = {
  /** The language the user chose with the toggle, or null to follow each question. */
  chosenLanguage: localStorage.getItem(LANGUAGE_KEY),
  uiLanguage: 'en',
  turns: loadTurns(),
  busy: false,
};

const $ = (selector) => document.querySelector(selector);

function loadTurns() {
  try {
    const turns = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(turns) ? turns : [];
  } catch {
    return [];
  }
}

function saveTurns() {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state.turns.slice(-50)));
  } catch {
    /* storage full or disabled: the conversation still works for this page */
  }
}

/** A label in the interface's language, or in the language given (an answer's own labels follow that answer). */
function t(key, language = state.uiLanguage) {
  return STRINGS[language]?.[key] ?? STRINGS.en[key];
}

/** The corpus's documents by id (for each source's publisher), loaded once. */
const documentsById = new Map();

/** The most earlier turns sent with a question, and the longest answer text sent back (the server's limits are larger). */
const MAX_CONTEXT_TURNS = 6;
const MAX_CONTEXT_CHARS = 4000;
const MAX_QUESTION_CHARS = 1000;
/** The longest first sentence shown as the direct answer. */
const MAX_LEAD_CHARS = 140;

/** A guess at the script of text the user types, for the interface before the server answers. */
function guessLanguage(text) {
  if (!/[\u4e00-\u9fff]/.test(text)) return 'en';
  return /[这个们为么说时间还发经学国对]/.test(text) ? 'zh-Hans' : 'zh-Hant';
}

function element(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  if (options.onClick) node.addEventListener('click', options.onClick);
  for (const child of children) node.append(child);
  return node;
}

function applyInterfaceLanguage() {
  document.documentElement.lang = state.uiLanguage;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  document.title = `${t('title')} · Budget Q&A`;
  for (const button of document.querySelectorAll('.lang-toggle button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === (state.chosenLanguage ?? 'auto')));
    if (button.dataset.lang === 'auto') button.textContent = t('auto');
  }
  const starters = $('.starter-list');
  starters.replaceChildren(
    ...t('starters').map((question) => element('button', { text: question, attributes: { type: 'button' }, onClick: () => ask(question) })),
  );
  $('#starters').hidden = state.turns.length > 0;
}

/** Renders answer text with its [n] markers as buttons that open the cited passage. */
function renderAnswerText(container, answer, citations, language, fullAnswer = answer) {
  container.replaceChildren();
  const parts = answer.split(/(\[\d+\])/);
  for (const part of parts) {
    const marker = /^\[(\d+)\]$/.exec(part);
    const citation = marker && citations.find((c) => c.n === Number(marker[1]));
    if (citation) {
      container.append(
        withPreview(
          element('button', {
            className: 'cite',
            text: part,
            attributes: { type: 'button', 'data-n': String(citation.n), 'aria-label': `${t('openCitation', language)} ${citation.n}: ${citation.title}` },
            onClick: (event) => openPassage(citation, fullAnswer, language, event.currentTarget),
          }),
          citation,
          language,
        ),
      );
    } else {
      container.append(document.createTextNode(part));
    }
  }
}

/** Date and budget year of a source, in the answer's language. */
function sourceDates(citation, language) {
  return language === 'en' ? `${citation.date}, ${t('budgetYear', language)} ${citation.budgetYear}` : `${citation.date}，${citation.budgetYear} ${t('budgetYear', language)}`;
}

function publisherOf(citation, language) {
  const publisher = documentsById.get(citation.docId)?.publisher;
  return publisher ? (language === 'en' ? publisher.en : publisher.zh) : '';
}

/** One source on one line: [n] title — publisher (date, budget year), section. */
function sourceLine(citation, language) {
  const publisher = publisherOf(citation, language);
  return `[${citation.n}] ${citation.title}${publisher ? ` — ${publisher}` : ''} (${sourceDates(citation, language)})${citation.section ? `, ${citation.section}` : ''}`;
}

/** Compact source cards: title, then date, budget year and section. */
function renderSources(title, citations, answer, language) {
  const list = element('ol', { className: 'sources', attributes: { 'aria-label': title } });
  for (const citation of citations) {
    const open = element('button', { className: 'link card-title', text: `[${citation.n}] ${citation.title}`, attributes: { type: 'button', 'data-n': String(citation.n) } });
    open.addEventListener('click', (event) => openPassage(citation, answer, language, event.currentTarget));
    list.append(
      element('li', { className: 'source-card', attributes: { value: String(citation.n) } }, [
        open,
        element('span', { className: 'card-meta', text: `${sourceDates(citation, language)}${citation.section ? ` · ${citation.section}` : ''}` }),
      ]),
    );
  }
  return [element('p', { className: 'meta', text: title }), list];
}

function formatForCopy(result) {
  const language = result.language;
  const colon = language === 'en' ? ':' : '：';
  const lines = [result.answer];
  if (result.citations.length) lines.push('', `${t('sources', language)}${colon}`, ...result.citations.map((citation) => sourceLine(citation, language)));
  if (result.related.length) lines.push('', `${t('relatedCopy', language)}${colon}`, ...result.related.map((citation) => sourceLine(citation, language)));
  return lines.join('\n');
}

/**
 * The direct answer and what supports it: the first sentence (the figure with its qualifier and unit,
 * and its citation), then the rest (the quote and any other documents' figures).
 */
function splitLead(answer) {
  // Up to the first citation marker, and on to the end of that sentence ("HK$245.4 million [1]: Programme (2), 2025-26 estimate.").
  const match = /^[\s\S]*?\[\d+\](?:(?:[^\n.。]|\.(?!\s|$))*?(?:\.(?=\s|$)|。))?\s*/.exec(answer);
  if (!match || match[0].length >= answer.length) return [answer, ''];
  return [match[0].trim(), answer.slice(match[0].length)];
}

/** Hovering or focusing a citation marker previews its passage. */
function withPreview(button, citation, language) {
  const id = `preview-${Math.random().toString(36).slice(2)}`;
  const show = () => {
    hidePreview();
    const text = citation.text.length > 320 ? `${citation.text.slice(0, 320)}…` : citation.text;
    const tip = element('div', { className: 'preview', attributes: { id, role: 'tooltip', lang: language } }, [
      element('strong', { text: `[${citation.n}] ${citation.title}` }),
      element('span', { className: 'preview-meta', text: sourceDates(citation, language) }),
      element('span', { className: 'preview-text', text }),
    ]);
    document.body.append(tip);
    const box = button.getBoundingClientRect();
    const left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = `${left}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
    button.setAttribute('aria-describedby', id);
  };
  button.addEventListener('mouseenter', show);
  button.addEventListener('focus', show);
  button.addEventListener('mouseleave', hidePreview);
  button.addEventListener('blur', hidePreview);
  return button;
}

function hidePreview() {
  for (const tip of document.querySelectorAll('.preview')) tip.remove();
  for (const button of document.querySelectorAll('[aria-describedby^="preview-"]')) button.removeAttribute('aria-describedby');
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = element('textarea', { attributes: { readonly: '', 'aria-hidden': 'true' } });
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function renderTurn(turn, index) {
  const items = [element('li', { className: 'turn-question', text: turn.question, attributes: { lang: turn.language ?? 'und' } })];
  const answer = element('li', { className: 'turn-answer', attributes: { 'data-turn': String(index) } });
  if (turn.error) {
    answer.classList.add('error');
    answer.append(element('p', { className: 'answer-text', text: turn.error }));
    answer.append(element('div', { className: 'actions' }, [element('button', { text: t('retry'), attributes: { type: 'button' }, onClick: () => ask(turn.question, index) })]));
  } else if (turn.result) {
    const result = turn.result;
    const language = result.language;
    answer.setAttribute('lang', language);
    if (result.resolvedQuestion && result.resolvedQuestion !== result.question) {
      answer.append(element('p', { className: 'reading-as', text: `${t('readingAs', language)} ${result.resolvedQuestion}` }));
    }
    if (result.abstained) {
      answer.classList.add('not-found');
      answer.append(element('h3', { text: t('notFound', language) }));
    }
    const [lead, support] = result.abstained ? [result.answer, ''] : splitLead(result.answer);
    // A long first sentence (a definition, a list) is not a figure to stand out: it is read as text.
    const plain = result.abstained || [...lead].length > MAX_LEAD_CHARS;
    const leadNode = element('p', { className: plain ? 'answer-plain' : 'answer-lead' });
    renderAnswerText(leadNode, lead, result.citations, language, result.answer);
    const text = element('div', { className: 'answer-text' }, [leadNode]);
    if (support) {
      const supportNode = element('p', { className: 'answer-support' });
      renderAnswerText(supportNode, support, result.citations, language, result.answer);
      text.append(supportNode);
    }
    answer.append(text);
    if (result.grounding && !result.grounding.ok) answer.append(element('p', { className: 'meta', text: t('groundingFailed', language) }));
    if (result.citations.length) answer.append(...renderSources(t('sources', language), result.citations, result.answer, language));
    if (result.related.length) answer.append(...renderSources(t('related', language), result.related, result.answer, language));
    answer.append(
      element('div', { className: 'actions' }, [
        element('button', {
          className: 'secondary copy',
          text: t('copy', language),
          attributes: { type: 'button' },
          onClick: async () => setStatus((await copyText(formatForCopy(result))) ? t('copied', language) : t('copyFailed', language)),
        }),
      ]),
    );
    // Questions the documents answer from beside the cited passages: under the latest answer only.
    if (result.suggestions?.length && index === state.turns.length - 1) {
      const heading = element('p', { className: 'suggestions-title', text: t('suggested', language), attributes: { id: `suggested-${index}` } });
      const buttons = result.suggestions.map((question) =>
        element('button', { className: 'suggestion', text: question, attributes: { type: 'button', lang: language }, onClick: () => ask(question) }),
      );
      answer.append(element('div', { className: 'suggestions', attributes: { role: 'group', 'aria-labelledby': `suggested-${index}` } }, [heading, ...buttons]));
    }
  } else {
    answer.append(element('p', { className: 'answer-text streaming', text: turn.partial || t('thinking') }));
  }
  items.push(answer);
  return items;
}

function render() {
  $('#conversation').replaceChildren(...state.turns.flatMap(renderTurn));
  $('#starters').hidden = state.turns.length > 0;
}

function setStatus(message) {
  $('#status').textContent = message;
}

/** Reads a server-sent-events body, calling back for each event. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(event, JSON.parse(data.join('\n')));
    }
  }
}

async function ask(question, retryIndex) {
  const text = question.trim();
  if (state.busy) return;
  if (!text) {
    setStatus(t('empty'));
    $('#question').focus();
    return;
  }
  if ([...text].length > MAX_QUESTION_CHARS) {
    setStatus(t('tooLong'));
    $('#question').setAttribute('aria-invalid', 'true');
    return;
  }
  state.busy = true;
  $('#ask').disabled = true;
  if (!state.chosenLanguage) state.uiLanguage = guessLanguage(text);
  applyInterfaceLanguage();
  setStatus(t('thinking'));
  const turn = { question: text, language: state.chosenLanguage ?? guessLanguage(text), partial: '' };
  if (retryIndex !== undefined) state.turns.splice(retryIndex, 1);
  const conversation = conversationBefore(state.turns);
  state.turns.push(turn);
  render();
  const answerNode = () => document.querySelector(`[data-turn="${state.turns.indexOf(turn)}"] .answer-text`);
  try {
    const body = { question: text };
    if (state.chosenLanguage) body.lang = state.chosenLanguage;
    if (conversation.length) body.conversation = conversation;
    const response = await fetch('/api/ask/stream', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) {
      const payload = await response.json().catch(() => ({}));
      turn.error = `${t('serverError')}: ${payload?.error?.message ?? response.status}`;
    } else {
      await readEvents(response, (event, data) => {
        if (event === 'sentence' || event === 'token') {
          turn.partial += data.text;
          const node = answerNode();
          if (node) node.textContent = turn.partial;
        } else if (event === 'done') {
          turn.result = data;
        } else if (event === 'error') {
          turn.error = `${t('serverError')}: ${data.message}`;
        }
      });
      if (!turn.result && !turn.error) turn.error = t('unreachable');
    }
  } catch {
    turn.error = t('unreachable');
  }
  delete turn.partial;
  if (turn.result && !state.chosenLanguage) state.uiLanguage = turn.result.language;
  state.busy = false;
  $('#ask').disabled = false;
  saveTurns();
  applyInterfaceLanguage();
  render();
  setStatus(turn.error ? turn.error : '');
  // Only the new answer is announced (the conversation itself is not a live region).
  announce(turn);
  // A question answered (first time or on retry) leaves the box empty for the next one.
  if (!turn.error && $('#question').value.trim() === text) $('#question').value = '';
  const last = document.querySelector(`[data-turn="${state.turns.indexOf(turn)}"]`);
  last?.scrollIntoView({ block: 'nearest' });
}

/** The earlier answered turns, as the API takes them: the last few, answers shortened. */
function conversationBefore(turns) {
  return turns
    .filter((turn) => turn.result)
    .slice(-MAX_CONTEXT_TURNS)
    .flatMap((turn) => [
      { role: 'user', content: turn.question },
      { role: 'assistant', content: turn.result.answer.slice(0, MAX_CONTEXT_CHARS) },
    ]);
}

function announce(turn) {
  const region = $('#announcer');
  region.textContent = '';
  const text = turn.error ?? (turn.result ? `${turn.result.abstained ? `${t('notFound', turn.result.language)}. ` : ''}${turn.result.answer}` : '');
  // A fresh text node after clearing, so that screen readers announce it even when it repeats.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** The sentence an answer quotes for citation n, to highlight in the passage. */
const QUOTE_PAIRS = { '”': '“', '」': '「', '』': '『', '’': '‘', '"': '"' };

function quotedSentence(answer, n) {
  // The closing mark right before the marker, then its own opening mark (quotes of other styles may be nested inside).
  const marker = new RegExp(`([”」』’"])\\s*\\[${n}\\]`).exec(answer);
  if (!marker) return undefined;
  const open = answer.lastIndexOf(QUOTE_PAIRS[marker[1]], marker.index - 1);
  return open < 0 ? undefined : answer.slice(open + 1, marker.index);
}

/** Quotation marks of every style read as one, and spaces ignored, when a quote is looked for in a passage. */
const QUOTE_MARKS = /[“”「」『』‘’"'〝〞＂＇]/;

/** The text without spaces, with every quotation mark as ", and where each of its characters came from. */
function comparable(text) {
  const chars = [];
  const from = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (/\s/.test(char)) continue;
    chars.push(QUOTE_MARKS.test(char) ? '"' : char.normalize('NFKC').toLowerCase().slice(0, 1));
    from.push(index);
  }
  return { text: chars.join(''), from };
}

/**
 * Where the quoted sentence is in the passage: found whatever its quotation marks and spacing; if it
 * is not there word for word (a table row written with its caption and headers), the line that holds
 * its figure.
 */
function highlightRange(text, highlight) {
  if (!highlight) return undefined;
  const haystack = comparable(text);
  const needle = comparable(highlight).text.replace(/^"+|"+$/g, '');
  const at = needle ? haystack.text.indexOf(needle) : -1;
  if (at >= 0) return [haystack.from[at], haystack.from[at + needle.length - 1] + 1];
  // The most specific figure of the quote (the longest, budget years aside) that the passage holds.
  const figures = (highlight.replace(/\b(?:19|20)\d\d-\d\d\b/g, ' ').match(/\d[\d,]*(?:\.\d+)?/g) ?? []).sort((a, b) => b.length - a.length);
  const figure = figures.find((candidate) => text.includes(candidate));
  if (!figure) return undefined;
  const figureAt = text.indexOf(figure);
  const start = text.lastIndexOf('\n', figureAt) + 1;
  const end = text.indexOf('\n', figureAt);
  return [start, end < 0 ? text.length : end];
}

function fillHighlighted(container, text, highlight) {
  container.replaceChildren();
  const range = highlightRange(text, highlight);
  if (!range) {
    container.textContent = text;
    return;
  }
  const [start, end] = range;
  container.append(document.createTextNode(text.slice(0, start)), element('mark', { text: text.slice(start, end) }), document.createTextNode(text.slice(end)));
}

/** The citation that opened the panel, to take focus back to when it closes. */
let panelOpener;

async function openPassage(citation, answer, language, opener) {
  hidePreview();
  const panel = $('#passage-panel');
  panelOpener = opener ? { element: opener, turn: opener.closest('[data-turn]')?.dataset.turn, n: citation.n, className: opener.className } : undefined;
  panel.setAttribute('lang', language);
  $('#passage-title').textContent = citation.title;
  $('#passage-meta').textContent = sourceDates(citation, language);
  $('#passage-section').textContent = citation.section ? `${t('section', language)}${language === 'en' ? ': ' : '：'}${citation.section}` : '';
  const highlight = quotedSentence(answer, citation.n);
  fillHighlighted($('#passage-text'), citation.text, highlight);
  $('#passage-source').textContent = '';
  const other = $('#other-language');
  other.hidden = true;
  panel.hidden = false;
  $('.layout').classList.add('with-panel');
  panel.focus();
  try {
    const response = await fetch(`/api/passages/${encodeURIComponent(citation.chunkId)}`);
    if (!response.ok) return;
    const detail = await response.json();
    $('#passage-source').textContent = `${t('source', language)}${language === 'en' ? ': ' : '：'}${detail.document.id} · ${detail.source.file}${detail.source.line ? `, ${t('line', language)} ${detail.source.line}` : ''}`;
    const english = detail.passage.texts.find((x) => x.language === 'en');
    const chinese = detail.passage.display[language === 'en' ? 'zh-Hant' : language];
    if (english && detail.passage.texts.some((x) => x.language === 'zh-Hant')) {
      let showingOther = false;
      other.hidden = false;
      other.textContent = language === 'en' ? t('showChinese', language) : t('showEnglish', language);
      other.onclick = () => {
        showingOther = !showingOther;
        const text = showingOther ? (language === 'en' ? chinese : english.text) : citation.text;
        fillHighlighted($('#passage-text'), text, showingOther ? undefined : highlight);
        $('#passage-text').setAttribute('lang', showingOther ? (language === 'en' ? 'zh-Hant' : 'en') : language);
        other.textContent = showingOther ? (language === 'en' ? t('showEnglish', language) : t('showChinese', language)) : language === 'en' ? t('showChinese', language) : t('showEnglish', language);
      };
    }
  } catch {
    /* the citation text is already shown */
  }
}

function closePanel() {
  $('#passage-panel').hidden = true;
  $('.layout').classList.remove('with-panel');
  // Back to the citation that opened the panel (found again if the conversation was redrawn).
  const opener = panelOpener;
  panelOpener = undefined;
  let target = opener?.element;
  if (target && !target.isConnected && opener.turn !== undefined) {
    const selector = `[data-turn="${opener.turn}"] .${opener.className.split(' ')[0]}[data-n="${opener.n}"]`;
    target = document.querySelector(selector);
  }
  (target && target.isConnected ? target : $('#question')).focus();
}

function init() {
  const saved = state.turns.at(-1)?.result?.language;
  state.uiLanguage = state.chosenLanguage ?? saved ?? (navigator.language?.startsWith('zh') ? (/cn|hans|sg/i.test(navigator.language) ? 'zh-Hans' : 'zh-Hant') : 'en');
  for (const button of document.querySelectorAll('.lang-toggle button')) {
    button.addEventListener('click', () => {
      if (button.dataset.lang === 'auto') {
        // Auto: each answer (and the interface) follows the language of its question.
        state.chosenLanguage = null;
        localStorage.removeItem(LANGUAGE_KEY);
      } else {
        state.chosenLanguage = button.dataset.lang;
        state.uiLanguage = button.dataset.lang;
        localStorage.setItem(LANGUAGE_KEY, state.chosenLanguage);
      }
      applyInterfaceLanguage();
      render();
    });
  }
  $('#ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    ask($('#question').value);
  });
  // Too long (typed or pasted): say so at once rather than cut the text silently.
  $('#question').addEventListener('input', () => {
    const tooLong = [...$('#question').value.trim()].length > MAX_QUESTION_CHARS;
    if (tooLong) setStatus(t('tooLong'));
    else if ($('#question').getAttribute('aria-invalid') === 'true') setStatus('');
    $('#question').setAttribute('aria-invalid', String(tooLong));
  });
  $('#question').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('#ask-form').requestSubmit();
    }
  });
  $('#clear').addEventListener('click', () => {
    state.turns = [];
    saveTurns();
    render();
    closePanel();
    setStatus(t('cleared'));
  });
  $('#close-panel').addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#passage-panel').hidden) closePanel();
  });
  applyInterfaceLanguage();
  render();
  // After a reload, the latest turn is in view (not the place the browser would restore).
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  requestAnimationFrame(() => document.querySelector('#conversation > li:last-child')?.scrollIntoView({ block: 'end' }));
  fetch('/api/documents')
    .then((response) => (response.ok ? response.json() : { documents: [] }))
    .then(({ documents }) => {
      for (const document of documents) documentsById.set(document.id, document);
    })
    .catch(() => {
      /* sources are copied without their publisher */
    });
}

init();
