/**
 * The numbered programmes a text names: "Programme (2)", "programme 2", 綱領(2), 纲领（2）. A
 * Controlling Officer's Report is written programme by programme (each its own aim, brief, figures
 * and targets), so a question naming one asks of that programme's part and no other's.
 */
const PROGRAMME_NUMBER = /(?:programme|program|prog\.|綱領|纲领)\s*(?:no\.?\s*)?[(（]?\s*(\d{1,2})(?![\d.-])\s*[)）]?/gi;

export function programmeNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(PROGRAMME_NUMBER)].map((match) => match[1]!))];
}

/** A word naming a programme of a report, in either language. */
export const PROGRAMME_WORD = /\bprogramme\b|\bprogram\b|綱領|纲领/i;
/** A section heading naming a programme by number and name: 綱領(2) 創新科技及工業, "Programme (2): Innovation, Technology and Industry". */
export const PROGRAMME_HEADING = /(?:programme|program|綱領|纲领)\s*[(（]\s*(\d{1,2})\s*[)）]\s*[:：]?\s*(\S.{1,60})$/i;
