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

function t(key) {
  return STRINGS[state.uiLanguage]?.[key] ?? STRINGS.en[key];
}

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
    button.setAttribute('aria-pressed', String(button.dataset.lang === (state.chosenLanguage ?? state.uiLanguage)));
  }
  const starters = $('.starter-list');
  starters.replaceChildren(
    ...t('starters').map((question) => element('button', { text: question, attributes: { type: 'button' }, onClick: () => ask(question) })),
  );
  $('#starters').hidden = state.turns.length > 0;
}

/** Renders answer text with its [n] markers as buttons that open the cited passage. */
function renderAnswerText(container, answer, citations, language) {
  container.replaceChildren();
  const parts = answer.split(/(\[\d+\])/);
  for (const part of parts) {
    const marker = /^\[(\d+)\]$/.exec(part);
    const citation = marker && citations.find((c) => c.n === Number(marker[1]));
    if (citation) {
      container.append(
        element('button', {
          className: 'cite',
          text: part,
          attributes: { type: 'button', 'aria-label': `${t('openCitation')} ${citation.n}: ${citation.title}` },
          onClick: () => openPassage(citation, answer, language),
        }),
      );
    } else {
      container.append(document.createTextNode(part));
    }
  }
}

function sourceLine(citation) {
  return `${citation.title} (${citation.date}, ${t('budgetYear')} ${citation.budgetYear})${citation.section ? ` — ${citation.section}` : ''}`;
}

function renderSources(title, citations, answer, language) {
  const list = element('ol', { className: 'sources', attributes: { 'aria-label': title } });
  for (const citation of citations) {
    list.append(
      element('li', { attributes: { value: String(citation.n) } }, [
        element('button', { className: 'link', text: sourceLine(citation), attributes: { type: 'button' }, onClick: () => openPassage(citation, answer, language) }),
      ]),
    );
  }
  return [element('p', { className: 'meta', text: title }), list];
}

function formatForCopy(result) {
  const lines = [result.answer, '', `${t('sources')}:`];
  for (const citation of result.citations) lines.push(`[${citation.n}] ${sourceLine(citation)}`);
  return lines.join('\n');
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
    answer.setAttribute('lang', result.language);
    if (result.abstained) {
      answer.classList.add('not-found');
      answer.append(element('h3', { text: t('notFound') }));
    }
    const text = element('p', { className: 'answer-text' });
    renderAnswerText(text, result.answer, result.citations, result.language);
    answer.append(text);
    if (result.grounding && !result.grounding.ok) answer.append(element('p', { className: 'meta', text: t('groundingFailed') }));
    if (result.citations.length) answer.append(...renderSources(t('sources'), result.citations, result.answer, result.language));
    if (result.related.length) answer.append(...renderSources(t('related'), result.related, result.answer, result.language));
    if (!result.abstained) {
      answer.append(
        element('div', { className: 'actions' }, [
          element('button', {
            className: 'secondary copy',
            text: t('copy'),
            attributes: { type: 'button' },
            onClick: async () => setStatus((await copyText(formatForCopy(result))) ? t('copied') : t('copyFailed')),
          }),
        ]),
      );
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
  if ([...text].length > 1000) {
    setStatus(t('tooLong'));
    return;
  }
  state.busy = true;
  $('#ask').disabled = true;
  if (!state.chosenLanguage) state.uiLanguage = guessLanguage(text);
  applyInterfaceLanguage();
  setStatus(t('thinking'));
  const turn = { question: text, language: state.chosenLanguage ?? guessLanguage(text), partial: '' };
  if (retryIndex !== undefined) state.turns.splice(retryIndex, 1);
  state.turns.push(turn);
  render();
  const answerNode = () => document.querySelector(`[data-turn="${state.turns.indexOf(turn)}"] .answer-text`);
  try {
    const body = { question: text };
    if (state.chosenLanguage) body.lang = state.chosenLanguage;
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
  const last = document.querySelector(`[data-turn="${state.turns.indexOf(turn)}"]`);
  last?.scrollIntoView({ block: 'nearest' });
}

/** The sentence an answer quotes for citation n, to highlight in the passage. */
function quotedSentence(answer, n) {
  const pattern = new RegExp(`[“「]([^”」]+)[”」]\\s*\\[${n}\\]`);
  return pattern.exec(answer)?.[1];
}

function fillHighlighted(container, text, highlight) {
  container.replaceChildren();
  const at = highlight ? text.indexOf(highlight) : -1;
  if (at < 0) {
    container.textContent = text;
    return;
  }
  container.append(document.createTextNode(text.slice(0, at)), element('mark', { text: highlight }), document.createTextNode(text.slice(at + highlight.length)));
}

async function openPassage(citation, answer, language) {
  const panel = $('#passage-panel');
  $('#passage-title').textContent = citation.title;
  $('#passage-meta').textContent = `${citation.date} · ${t('budgetYear')} ${citation.budgetYear}`;
  $('#passage-section').textContent = citation.section ? `${t('section')}: ${citation.section}` : '';
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
    $('#passage-source').textContent = `${t('source')}: ${detail.document.id} · ${detail.source.file}${detail.source.line ? `, ${t('line')} ${detail.source.line}` : ''}`;
    const english = detail.passage.texts.find((x) => x.language === 'en');
    const chinese = detail.passage.display[language === 'en' ? 'zh-Hant' : language];
    if (english && detail.passage.texts.some((x) => x.language === 'zh-Hant')) {
      let showingOther = false;
      other.hidden = false;
      other.textContent = language === 'en' ? t('showChinese') : t('showEnglish');
      other.onclick = () => {
        showingOther = !showingOther;
        const text = showingOther ? (language === 'en' ? chinese : english.text) : citation.text;
        fillHighlighted($('#passage-text'), text, showingOther ? undefined : highlight);
        $('#passage-text').setAttribute('lang', showingOther ? (language === 'en' ? 'zh-Hant' : 'en') : language);
        other.textContent = showingOther ? (language === 'en' ? t('showEnglish') : t('showChinese')) : language === 'en' ? t('showChinese') : t('showEnglish');
      };
    }
  } catch {
    /* the citation text is already shown */
  }
}

function closePanel() {
  $('#passage-panel').hidden = true;
  $('.layout').classList.remove('with-panel');
  $('#question').focus();
}

function init() {
  const saved = state.turns.at(-1)?.result?.language;
  state.uiLanguage = state.chosenLanguage ?? saved ?? (navigator.language?.startsWith('zh') ? (/cn|hans|sg/i.test(navigator.language) ? 'zh-Hans' : 'zh-Hant') : 'en');
  for (const button of document.querySelectorAll('.lang-toggle button')) {
    button.addEventListener('click', () => {
      state.chosenLanguage = button.dataset.lang;
      state.uiLanguage = button.dataset.lang;
      localStorage.setItem(LANGUAGE_KEY, state.chosenLanguage);
      applyInterfaceLanguage();
      render();
    });
  }
  $('#ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const question = $('#question').value;
    ask(question).then(() => {
      if (!state.turns.at(-1)?.error) $('#question').value = '';
    });
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
}

init();
