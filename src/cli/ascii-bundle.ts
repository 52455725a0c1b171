import ts from 'typescript';

/**
 * A bundle written in ASCII where esbuild leaves it otherwise, for scripts/build.mjs. esbuild
 * escapes the characters beyond ASCII of strings, untagged templates and names in its output, but
 * leaves as written those of regular expression literals (our Chinese patterns: about 21,000
 * characters of the server's bundle), of `String.raw` templates (whose text is their value) and of
 * the comments it keeps. One character beyond Latin-1 makes V8 hold the whole source as a two-byte
 * string, and a started process keeps its bundle's source: 3.4 MB of heap for the server's 1.7
 * million characters instead of 1.7 MB.
 */

/** The escape of one UTF-16 code unit. */
const unitEscape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** How many backslashes end a text (an odd number escapes what follows). */
function trailingBackslashes(text: string): number {
  let count = 0;
  while (count < text.length && text[text.length - 1 - count] === '\\') count++;
  return count;
}

/**
 * The same regular expression literal with each character beyond ASCII written as a `\uXXXX`
 * escape of its UTF-16 code unit(s). It matches the same: a `\uXXXX` escape is that code unit
 * anywhere in a pattern, inside a class or as a range's end too; a character outside the Basic
 * Multilingual Plane is two escapes, its surrogates, which a pattern without the `u` (or `v`) flag
 * reads as the two code units it holds and one with it as the one code point they make, as it
 * reads the character itself. A character escaped as written (`\創`, an identity escape, allowed
 * without `u`) is that character: its backslash is dropped. (Its `source` is the escaped text: a
 * pattern built from it matches the same too.)
 */
export function escapeRegExpLiteral(literal: string): string {
  let out = '';
  for (let at = 0; at < literal.length; at++) {
    const code = literal.charCodeAt(at);
    if (code < 0x80) {
      out += literal[at];
      continue;
    }
    if (trailingBackslashes(out) % 2 === 1) out = out.slice(0, -1);
    out += unitEscape(code);
  }
  return out;
}

/**
 * A part of a `String.raw` template (its text between backticks and substitutions, with them) with
 * each run of characters beyond ASCII made a substitution of an ASCII string literal that holds
 * them: `String.raw` inserts a substitution's value as it is, so the template's value is the same.
 * A backslash before the run (which `String.raw` keeps) moves into the substitution with it.
 */
export function escapeRawTemplatePart(part: string): string {
  let out = '';
  let run = '';
  const flush = () => {
    if (run) out += `\${"${run}"}`;
    run = '';
  };
  for (let at = 0; at < part.length; at++) {
    const code = part.charCodeAt(at);
    if (code < 0x80) {
      flush();
      out += part[at];
      continue;
    }
    if (!run && trailingBackslashes(out) % 2 === 1) {
      out = out.slice(0, -1);
      run = '\\\\';
    }
    run += unitEscape(code);
  }
  flush();
  return out;
}

/** A comment with each character beyond ASCII written as the text of its escape (a comment means nothing to the script). */
function escapeComment(comment: string): string {
  let out = '';
  for (let at = 0; at < comment.length; at++) {
    const code = comment.charCodeAt(at);
    out += code < 0x80 ? comment[at] : unitEscape(code);
  }
  return out;
}

/** Whether a text holds a character beyond ASCII. */
function beyondAscii(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) >= 0x80) return true;
  return false;
}

/** The comments of code that holds no literal (strings, templates and regular expressions set aside): `//` and `/*` can start nothing else there. */
function commentsIn(code: string, offset: number, out: Array<{ start: number; end: number }>) {
  for (let at = 0; at < code.length; at++) {
    if (code[at] !== '/') continue;
    if (code[at + 1] === '/') {
      let end = at + 2;
      while (end < code.length && !'\n\r\u2028\u2029'.includes(code[end]!)) end++;
      out.push({ start: offset + at, end: offset + end });
      at = end;
    } else if (code[at + 1] === '*') {
      const close = code.indexOf('*/', at + 2);
      const end = close === -1 ? code.length : close + 2;
      out.push({ start: offset + at, end: offset + end });
      at = end - 1;
    }
  }
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
]);

/**
 * A script's text with its regular expression literals, `String.raw` templates and comments that
 * hold characters beyond ASCII written in ASCII (see above); the rest is left as it is. Found by
 * parsing the script (a `/` alone does not say whether a literal or a comment starts there).
 * Characters beyond Latin-1 left anywhere else (another tagged template's text) are counted.
 */
export function latin1Bundle(source: string, fileName = 'bundle.js'): { text: string; beyondLatin1: number } {
  if (!beyondAscii(source)) return { text: source, beyondLatin1: 0 };
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const literals: Array<{ start: number; end: number; kind: ts.SyntaxKind; raw: boolean }> = [];
  const visit = (node: ts.Node, raw: boolean) => {
    if (LITERAL_KINDS.has(node.kind)) {
      literals.push({ start: node.getStart(file), end: node.end, kind: node.kind, raw });
      return;
    }
    if (ts.isTaggedTemplateExpression(node)) {
      visit(node.tag, false);
      const isRaw = node.tag.getText(file).replace(/\s+/g, '') === 'String.raw';
      ts.forEachChild(node.template, (child) => visit(child, isRaw));
      if (ts.isNoSubstitutionTemplateLiteral(node.template)) visit(node.template, isRaw);
      return;
    }
    if (ts.isTemplateSpan(node)) {
      visit(node.expression, false);
      visit(node.literal, raw);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, raw));
  };
  ts.forEachChild(file, (child) => visit(child, false));
  literals.sort((a, b) => a.start - b.start);

  const replacements: Array<{ start: number; end: number; text: string }> = [];
  const comments: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const literal of literals) {
    commentsIn(source.slice(from, literal.start), from, comments);
    from = literal.end;
    const text = source.slice(literal.start, literal.end);
    if (!beyondAscii(text)) continue;
    if (literal.kind === ts.SyntaxKind.RegularExpressionLiteral) replacements.push({ ...literal, text: escapeRegExpLiteral(text) });
    else if (literal.raw) replacements.push({ ...literal, text: escapeRawTemplatePart(text) });
  }
  commentsIn(source.slice(from), from, comments);
  for (const comment of comments) {
    const text = source.slice(comment.start, comment.end);
    if (beyondAscii(text)) replacements.push({ ...comment, text: escapeComment(text) });
  }
  replacements.sort((a, b) => a.start - b.start);

  let text = '';
  let at = 0;
  for (const replacement of replacements) {
    text += source.slice(at, replacement.start) + replacement.text;
    at = replacement.end;
  }
  text += source.slice(at);
  let beyondLatin1 = 0;
  for (let position = 0; position < text.length; position++) if (text.charCodeAt(position) > 0xff) beyondLatin1++;
  return { text, beyondLatin1 };
}
