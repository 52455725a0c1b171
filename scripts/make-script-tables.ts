/**
 * Writes src/text/simplified-only.txt: the CJK characters that exist only in Simplified Chinese
 * (opencc-js converts them to a different Traditional character). Language detection reads this
 * small table instead of holding opencc's Simplified→Traditional dictionaries (about 70 MB) in memory.
 *
 *   npx tsx scripts/make-script-tables.ts
 */
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const characters: string[] = [];
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const char = String.fromCodePoint(code);
  // Simplified-only: it has a different Traditional form, and it is not itself a Traditional form.
  if (toTraditional(char) !== char && toSimplified(char) === char) characters.push(char);
}
writeFileSync('src/text/simplified-only.txt', `${characters.join('')}\n`);
console.log(`wrote src/text/simplified-only.txt: ${characters.length} characters`);
