import { loadSettings } from '../src/config.js';
import { openIndex } from '../src/index/load-index.js';
import { HybridRetriever } from '../src/retrieve/hybrid-retriever.js';
const index = await openIndex(loadSettings());
const r = new HybridRetriever(index);
for (const q of process.argv.slice(2)) { const x = await r.retrieve(q, { k: 5 }); console.log(q, x.unseenNameShare, x.unseenTermShare); }
