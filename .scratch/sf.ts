import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { learnShortForms, expandShortForms } from '../src/text/short-forms.js';
const index = await openIndex(loadSettings());
const forms = learnShortForms(index.chunks.flatMap((c) => [...c.texts.map((t) => t.text), ...c.section.en, ...c.section.zh]));
for (const [k, v] of forms) console.log(k, '=>', v);
console.log(expandShortForms("What's the most a company can get under Manufacturing+?", forms));
console.log(expandShortForms('How much for AI R&D?', forms));
