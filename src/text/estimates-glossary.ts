import { escapeRegExp } from './escape-regexp.js';

/**
 * The standard names of the Estimates' layout, the same under every Head of Expenditure (the
 * sub-head table's groups and standard sub-heads), with the English the English edition prints and
 * plain paraphrases of it. A row whose name (without 總額, "total") is one of these is also named
 * by the English.
 */
export const ESTIMATES_GLOSSARY: Array<[string, string[]]> = [
  ['運作開支', ['operational expenses', 'operational expenditure', 'operating expenses', 'operating expenditure', 'operating costs', 'running costs', 'running expenses', 'day-to-day expenses', 'day-to-day costs', 'day-to-day running costs', 'day-to-day spending']],
  ['經常開支', ['recurrent expenditure', 'recurrent spending', 'recurrent expenses', 'recurrent']],
  ['非經常開支', ['non-recurrent expenditure', 'non-recurrent spending', 'non-recurrent', 'one-off expenditure', 'one-off spending']],
  ['一般非經常開支', ['general non-recurrent', 'general non-recurrent expenditure']],
  ['經營帳目', ['operating account']],
  ['非經營帳目', ['capital account', 'non-operating account']],
  ['機器、設備及工程', ['plant, equipment and works', 'plant equipment and works', 'plant, equipment & works']],
  ['開支', ['total expenditure', 'total spending']],
  ['個人薪酬', ['personal emoluments']],
  ['與員工有關連的開支', ['personnel related expenses', 'personnel-related expenses']],
  ['部門開支', ['departmental expenses']],
  ['其他費用', ['other charges']],
  ['資助金', ['subventions']],
  ['財政撥款', ['financial provision']],
  // Every bureau's programme (1) in the Estimates.
  ['局長辦公室', ["director of bureau's office", 'director of bureau’s office', 'director of bureaus office']],
];

/** A text ending in a standard row name (「創科局個運作開支」): the row's name is whole, not a thing and its attribute. */
export const ESTIMATES_ROW_AT_END = new RegExp(`(?:${ESTIMATES_GLOSSARY.map(([zh]) => escapeRegExp(zh)).sort((a, b) => b.length - a.length).join('|')})$`);
