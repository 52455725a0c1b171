/**
 * The numbered programmes a text names: "Programme (2)", "programme 2", 綱領(2), 纲领（2）. A
 * Controlling Officer's Report is written programme by programme (each its own aim, brief, figures
 * and targets), so a question naming one asks of that programme's part and no other's.
 */
const PROGRAMME_NUMBER = /(?:programme|program|prog\.|綱領|纲领)\s*(?:no\.?\s*)?[(（]?\s*(\d{1,2})(?![\d.-])\s*[)）]?/gi;

export function programmeNumbers(text: string): string[] {
  return [...new Set([...text.matchAll(PROGRAMME_NUMBER)].map((match) => match[1]!))];
}
