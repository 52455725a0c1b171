import { describe, expect, it } from 'vitest';
import { escapeRawTemplatePart, escapeRegExpLiteral, latin1Bundle } from './ascii-bundle.js';

/** The pattern and flags of a literal's text, as `new RegExp` takes them. */
function compile(literal: string): RegExp {
  const close = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, close), literal.slice(close + 1));
}

const isAscii = (text: string) => [...text].every((character) => character.charCodeAt(0) < 0x80);

describe('escapeRegExpLiteral', () => {
  // Each literal with texts it must match or not match the same way once escaped.
  const cases: Array<[literal: string, texts: string[]]> = [
    ['/創新|科技/', ['創新', '科技', '创新', 'x']],
    ['/[一-龥]{2,}/g', ['創新科技', 'ab', '一', '龥龥']],
    ['/(?<![報报提])名為/', ['命名為', '報名為', '名為']],
    ['/\\創/', ['創', '\\創', '新']],
    ['/\\\\創/', ['\\創', '創']],
    ['/😀+/', ['😀😀', '\ud83d', 'x']],
    ['/^😀$/u', ['😀', '\ud83d\ude00', '\ud83d']],
    ['/^[😀-😂]$/u', ['😁', '😃', '\ude00']],
    ['/^[😀😂]$/', ['\ud83d', '\ude02', '😁']],
    ['/^.$/u', ['😀']],
    ['/(?<名>\\d+)/', ['12']],
    ['/é|ß/i', ['É', 'ss', 'ß']],
  ];
  for (const [literal, texts] of cases) {
    it(`writes ${literal} in ASCII, matching the same`, () => {
      const escaped = escapeRegExpLiteral(literal);
      expect(isAscii(escaped)).toBe(true);
      const before = compile(literal);
      const after = compile(escaped);
      expect(after.flags).toBe(before.flags);
      for (const text of texts) {
        before.lastIndex = 0;
        after.lastIndex = 0;
        expect(text.match(after), text).toEqual(text.match(before));
      }
    });
  }

  it('drops the backslash of an identity escape, not of an escaped backslash', () => {
    expect(escapeRegExpLiteral('/\\創/')).toBe('/\\u5275/');
    expect(escapeRegExpLiteral('/\\\\創/')).toBe('/\\\\\\u5275/');
  });
});

describe('escapeRawTemplatePart', () => {
  it('makes a String.raw template of the same value, a backslash before a run kept', () => {
    const parts = ['`(\\d+)\\s?(千[萬万]億次|元)`', '`\\千|x`', '`\\\\千`', '`a😀b`'];
    for (const part of parts) {
      const escaped = escapeRawTemplatePart(part);
      expect(isAscii(escaped), escaped).toBe(true);
      expect(new Function(`return String.raw${escaped};`)()).toBe(new Function(`return String.raw${part};`)());
    }
    expect(escapeRawTemplatePart('`\\千`')).toBe('`${"\\\\\\u5343"}`');
  });
});

describe('latin1Bundle', () => {
  const source = [
    'const a = 4 / 2 / 1; const r = /創新/g; const s = "創"; // 創新',
    'const t = `${a / 2}/科`; const u = a / /技/.exec(\'科技\').index; /* 科\n技 */',
    'const n = 2; const raw = String.raw`(\\d)\\s?(${n}|億|元)`; const list = [1, // 一',
    '];',
  ].join('\n');
  const run = (code: string) => new Function(`${code}; return [r.test('創新'), s, t, u, raw, list];`)();

  it('writes regular expression literals, String.raw templates and comments in ASCII, telling a literal from division, to the same values', () => {
    const { text, beyondLatin1 } = latin1Bundle(source);
    // Left: the four characters of the strings and the untagged template (esbuild's output escapes those).
    expect(beyondLatin1).toBe(4);
    expect(text).toContain('const r = /\\u5275\\u65b0/g;');
    expect(text).toContain('// \\u5275\\u65b0');
    expect(text).toContain('/* \\u79d1\n\\u6280 */');
    expect(text).toContain('String.raw`(\\d)\\s?(${n}|${"\\u5104"}|${"\\u5143"})`');
    // Strings and untagged templates are esbuild's to escape: left as written.
    expect(text).toContain('const s = "創";');
    expect(text).toContain('`${a / 2}/科`');
    expect(run(text)).toEqual(run(source));
  });

  it("counts what is left beyond Latin-1 (another tag's template) and leaves an ASCII text as it is", () => {
    expect(latin1Bundle('const tag = (s) => s.raw[0]; const v = tag`創`;').beyondLatin1).toBe(1);
    expect(latin1Bundle('const r = /abc/; // e')).toEqual({ text: 'const r = /abc/; // e', beyondLatin1: 0 });
  });
});
