import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acronymsOfNames, expandShortForms, expandTranslatedShortForms, learnShortForms, translatedShortForm } from './short-forms.js';

describe('short forms learned from the documents', () => {
  const forms = learnShortForms([
    'The Drone Technology Development Programme (DTDP) funds trials.',
    'Launch the Pilot Robotics Upgrade Support Scheme (“Robotics+”) this year',
    'Research and Development (R&D) centres',
    '成立「香港機械人研發中心」（「機械人中心」），並由低空經濟發展委員會（低空委）統籌',
    'Phase 2 (Continued)',
    '資助修讀 STEM（科學、科技、工程和數學）相關課程，並研究 AI（2025年）',
    '推動 GPU（包括雲端算力）及 IT（特別是網絡安全）應用',
  ]);

  it('reads acronyms by their initials, quoted short names by a shared word, Chinese short forms by their characters in order', () => {
    expect(forms.get('DTDP')).toBe('Drone Technology Development Programme');
    expect(forms.get('Robotics+')).toBe('Pilot Robotics Upgrade Support Scheme');
    expect(forms.get('R&D')).toBe('Research and Development');
    expect(forms.get('機械人中心')).toBe('香港機械人研發中心');
    expect(forms.get('低空委')).toBe('低空經濟發展委員會');
    // An acronym spelled out in Chinese in the bracket after it; a bracket holding a date spells nothing.
    expect(forms.get('STEM')).toBe('科學、科技、工程和數學');
    expect(forms.has('AI')).toBe(false);
    // A remark in brackets (包括…, 特別是…) spells nothing out.
    expect(forms.has('GPU')).toBe(false);
    expect(forms.has('IT')).toBe(false);
    // A bracket that defines nothing is no short form.
    expect(forms.has('Continued')).toBe(false);
  });

  it('writes the full name beside a short form a question uses, acronyms only in capitals', () => {
    expect(expandShortForms('How much can a firm get under Robotics+?', forms)).toBe('How much can a firm get under Robotics+ Pilot Robotics Upgrade Support Scheme?');
    expect(expandShortForms('DTDP幾時開始？', forms)).toContain('Drone Technology Development Programme');
    expect(expandShortForms('is dtdp open', forms)).toBe('is dtdp open');
    expect(expandShortForms('機械人中心有幾多人？', forms)).toBe('機械人中心 香港機械人研發中心有幾多人？');
    // A question that spells the name out is left as it is.
    expect(expandShortForms('What is the Drone Technology Development Programme (DTDP)?', forms)).toBe('What is the Drone Technology Development Programme (DTDP)?');
  });
});

describe('short forms written beside their full names, tested only where they are written', () => {
  /** The rule spelt out: every short form's pattern tried on the question as it grows, as expandShortForms read before it looked for the short form first. */
  function everyPatternTried(question: string, forms: Map<string, string>): string {
    let expanded = question;
    for (const [short, full] of forms) {
      const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = /[\u4e00-\u9fff]/.test(short) ? new RegExp(escaped) : new RegExp(`(?<![\\w&])${escaped}(?![\\w&])`, /^[A-Z][A-Z&]+$/.test(short) ? '' : 'i');
      if (question.toLowerCase().includes(full.toLowerCase())) continue;
      if (pattern.test(expanded)) expanded = expanded.replace(pattern, (found) => `${found} ${full}`);
    }
    return expanded;
  }

  // Acronyms, short names in any case, Chinese ones, and letters whose cases fold unlike toLowerCase (ſ, K, ς, İ, ß).
  const forms = new Map([
    ['DTDP', 'Drone Technology Development Programme'],
    ['R&D', 'Research and Development'],
    ['Robotics+', 'Pilot Robotics Upgrade Support Scheme'],
    ['Smart Port', 'Smart Port Development Programme'],
    ['機械人中心', '香港機械人研發中心'],
    ['Straße', 'Straße Fund'],
    ['ΣΟΦΙΑ', 'Σοφία Scheme'],
    ['Kelvin', 'Kelvin Centre'],
  ]);
  const piece = fc.constantFrom('DTDP', 'dtdp', 'Dtdp', 'R&D', 'r&d', 'ROBOTICS+', 'robotics+', 'smart port', 'SMART PORT', 'ſmart port', '機械人中心', 'straße', 'STRASSE', 'σοφια', 'σοφιας', 'ςοφια', 'ΣΟΦΙΑ', 'Kelvin', '\u212Aelvin', 'kelvin', 'İ', ' ', '?', '&', 'a', '中', 'Drone Technology Development Programme', 'xDTDP');

  it('gives what trying every pattern gives, on generated questions', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const question = pieces.join(pieces.length % 2 ? ' ' : '');
        expect(expandShortForms(question, forms)).toBe(everyPatternTried(question, forms));
      }),
      { numRuns: 3000 },
    );
    expect(expandShortForms('What is ſmart port?', forms)).toBe(everyPatternTried('What is ſmart port?', forms));
    expect(expandShortForms('σοφιας?', forms)).toBe(everyPatternTried('σοφιας?', forms));
  });
});

describe('a short form defined in English with a symbol, written in Chinese', () => {
  const forms = new Map([['Harbour+', 'Pilot Harbour Upgrade Scheme'], ['HUS', 'Harbour Upgrade Scheme']]);
  const translate = (chinese: string) => (chinese === '海港' ? ['harbour', 'port'] : chinese === '山' ? ['hill'] : []);
  const stem = (english: string) => english.toLowerCase();

  it('reads 「海港+」 as "Harbour+" with its full name beside it', () => {
    expect(expandTranslatedShortForms('「海港+」計劃最多資助幾多？', forms, translate, stem)).toBe('「海港+ Pilot Harbour Upgrade Scheme」計劃最多資助幾多？');
    expect(expandTranslatedShortForms('海港＋計劃', forms, translate, stem)).toBe('海港＋ Pilot Harbour Upgrade Scheme計劃');
  });

  it('finds the short form and its full name a Chinese word translates to', () => {
    expect(translatedShortForm('海港', forms, translate, stem)).toEqual(['Harbour+', 'Pilot Harbour Upgrade Scheme']);
    expect(translatedShortForm('山', forms, translate, stem)).toBeUndefined();
  });

  it('leaves a word whose translation is no such short form, or a question without the symbol, as written', () => {
    expect(expandTranslatedShortForms('「山+」計劃', forms, translate, stem)).toBe('「山+」計劃');
    expect(expandTranslatedShortForms('海港計劃', forms, translate, stem)).toBe('海港計劃');
    expect(expandTranslatedShortForms('海港+ Pilot Harbour Upgrade Scheme', forms, translate, stem)).toBe('海港+ Pilot Harbour Upgrade Scheme');
  });
});

describe('acronyms of the glossary names the documents never shorten', () => {
  it('reads the initials of a name\'s words, hyphenated parts as words, small words giving none', () => {
    const forms = acronymsOfNames(['Harbour Microwave Research and Development Institute', 'Kowloon-Harbour Science Park', 'Cyberport']);
    expect(forms.get('HMRDI')).toBe('Harbour Microwave Research and Development Institute');
    expect(forms.get('KHSP')).toBe('Kowloon-Harbour Science Park');
    // One word (or two) makes no acronym worth reading.
    expect(forms.size).toBe(2);
  });

  it('drops an acronym two names share: it names neither', () => {
    const forms = acronymsOfNames(['Smart Traffic Fund', 'Strategic Tech Fund', 'Harbour Data Office']);
    expect(forms.has('STF')).toBe(false);
    expect(forms.get('HDO')).toBe('Harbour Data Office');
  });
});
