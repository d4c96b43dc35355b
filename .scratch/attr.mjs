import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const code = readFileSync(process.argv[2], 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(process.argv[2] + '.map', 'utf8')));
const lines = code.split('\n');
const sizes = {};
let prev = null;
map.eachMapping((m) => {
  if (prev) {
    const len = prev.gl === m.generatedLine ? m.generatedColumn - prev.gc : lines[prev.gl - 1].length - prev.gc;
    sizes[prev.src] = (sizes[prev.src] || 0) + len;
  }
  prev = { gl: m.generatedLine, gc: m.generatedColumn, src: (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/') };
});
const rows = Object.entries(sizes).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, r) => s + r[1], 0);
for (const [s, n] of rows.slice(0, 45)) console.log(String(n).padStart(7), s);
console.log(total);
