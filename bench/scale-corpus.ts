import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusManifest } from '../src/corpus/manifest.js';

/**
 * A corpus `factor` times the size of the real one, for the bench's scale section: the original
 * documents plus `factor - 1` copies of each, every copy with its own id and file, its own dates
 * and budget years (shifted back a year per copy, in the manifest and in the text) and its own
 * money and percentage figures (scaled by 1 + copy/100), so that copies are not exact duplicates
 * of one another to the tokenizer, the idf tables or the answer cache.
 */

/** Shifts a four-digit year (and a "2025-26" budget year's second half) back by `years`. */
function shiftYears(text: string, years: number): string {
  return text.replace(/(?<![\d.,])((?:19|20)\d{2})(?:(\s*(?:-|\/|至|–)\s*)(\d{2}))?(?![\d,])/g, (_match, start: string, separator?: string, end?: string) => {
    const shifted = String(Number(start) - years);
    // A budget year's second half follows its first ("2025-26"); anything else ("2025-02-27") is a date.
    if (end !== undefined && Number(end) !== (Number(start) + 1) % 100) return `${shifted}${separator}${end}`;
    return end === undefined ? shifted : `${shifted}${separator}${String((Number(end) - years + 100) % 100).padStart(2, '0')}`;
  });
}

const FIGURE = /(\$\s?|HK\$\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?(?:億|亿|萬|万|千|百萬|百万|million|billion|%|元))/g;

/** Scales money and percentages (a figure after "$" or before a unit) by `factor`, keeping its notation. */
function scaleFigures(text: string, factor: number): string {
  return text.replace(FIGURE, (match, prefix: string | undefined, digits: string, unit: string) => {
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) return match;
    const scaled = value * factor;
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length + 2 : 2;
    let written = Number(scaled.toFixed(decimals)).toString();
    if (digits.includes(',')) written = Math.round(scaled).toLocaleString('en-US');
    return `${prefix ?? ''}${written}${unit}`;
  });
}

/** 29 February moved to a year that has none becomes the 28th. */
function realDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  if (month === 2 && day === 29 && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1) return `${year}-02-28`;
  return date;
}

export function scaledDocumentText(text: string, copy: number): string {
  return copy === 0 ? text : scaleFigures(shiftYears(text, copy), 1 + copy / 100);
}

/** Writes the scaled corpus into `targetDir` (which it creates); returns the number of documents. */
export function writeScaledCorpus(options: { sourceDir: string; targetDir: string; factor: number }): number {
  const { sourceDir, targetDir, factor } = options;
  mkdirSync(targetDir, { recursive: true });
  cpSync(sourceDir, targetDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as CorpusManifest;
  const documents = [...manifest.documents];
  for (let copy = 1; copy < factor; copy++) {
    for (const entry of manifest.documents) {
      const file = `copy${copy}-${entry.file}`;
      writeFileSync(join(targetDir, file), scaledDocumentText(readFileSync(join(sourceDir, entry.file), 'utf8'), copy));
      documents.push({
        ...entry,
        id: `${entry.id}-copy${copy}`,
        file,
        title: { en: shiftYears(entry.title.en, copy), zh: shiftYears(entry.title.zh, copy) },
        date: realDate(shiftYears(entry.date, copy)),
        budgetYear: shiftYears(entry.budgetYear, copy),
      });
    }
  }
  writeFileSync(join(targetDir, 'manifest.json'), `${JSON.stringify({ ...manifest, documents }, null, 2)}\n`);
  return documents.length;
}
