import { readFileSync } from 'node:fs';
import { readDocument } from '../src/ingest/read-document.js';
const f = process.argv[2]!;
const { blocks } = await readDocument(readFileSync(f), f);
for (const b of blocks) console.log(b.kind === 'table' ? `TABLE p${b.location.page} header=${JSON.stringify(b.header)}\n${b.rows.map((r) => '   ' + JSON.stringify(r)).join('\n')}` : `${b.kind}${b.kind === 'heading' ? b.level : ''} p${b.location.page}: ${b.text.slice(0, 120)}${b.kind === 'list-item' && b.leadIn ? ' <<' + b.leadIn.slice(0, 30) : ''}`);
