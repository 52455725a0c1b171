import { extractQuantities, quantityToken } from '../text/quantities.js';
import { foldForMatch } from '../text/normalise.js';

/**
 * The grounding check a generated answer must pass before anyone sees it: every citation marker
 * points at a passage that was given, the answer cites at least one, and every figure and date in it
 * appears (after normalisation: 10億元 = HK$1 billion, 2025/26 = 2025-26) in a passage it cites.
 * Pure: text and passages in, a verdict out.
 */

export type GroundingProblem =
  | { code: 'NO_CITATION' }
  | { code: 'UNKNOWN_CITATION'; marker: number }
  | { code: 'UNSUPPORTED_FIGURE'; figure: string };

export interface GroundingVerdict {
  ok: boolean;
  problems: GroundingProblem[];
  /** Passage numbers the answer cites, in order of first use. */
  cited: number[];
}

/** Numbers that only number things: citation markers [n]. */
const CITATION_MARKER = /\[(\d{1,3})\]/g;

export function citationMarkers(answer: string): number[] {
  const seen: number[] = [];
  for (const match of answer.matchAll(CITATION_MARKER)) {
    const marker = Number(match[1]);
    if (!seen.includes(marker)) seen.push(marker);
  }
  return seen;
}

/** Figures and dates of a text as canonical tokens, with the text that wrote each. */
function figures(text: string): Array<{ token: string; raw: string }> {
  const withoutMarkers = foldForMatch(text).replace(CITATION_MARKER, ' ');
  return extractQuantities(withoutMarkers)
    .filter((quantity) => !(quantity.kind === 'number' && quantity.value < 10 && /^\d$/.test(quantity.raw.trim())))
    .map((quantity) => ({ token: quantityToken(quantity), raw: quantity.raw.trim() }));
}

export function checkGrounding(answer: string, passages: string[]): GroundingVerdict {
  const problems: GroundingProblem[] = [];
  const cited = citationMarkers(answer);
  if (cited.length === 0) problems.push({ code: 'NO_CITATION' });
  for (const marker of cited) {
    if (marker < 1 || marker > passages.length) problems.push({ code: 'UNKNOWN_CITATION', marker });
  }
  const supported = new Set(
    cited.filter((marker) => marker >= 1 && marker <= passages.length).flatMap((marker) => figures(passages[marker - 1]!).map((figure) => figure.token)),
  );
  for (const figure of figures(answer)) {
    if (!supported.has(figure.token)) problems.push({ code: 'UNSUPPORTED_FIGURE', figure: figure.raw });
  }
  return { ok: problems.length === 0, problems, cited };
}

export function describeProblem(problem: GroundingProblem): string {
  switch (problem.code) {
    case 'NO_CITATION':
      return 'the answer cites no passage';
    case 'UNKNOWN_CITATION':
      return `the answer cites [${problem.marker}], which is not a passage it was given`;
    case 'UNSUPPORTED_FIGURE':
      return `the figure "${problem.figure}" appears in no passage the answer cites`;
  }
}
