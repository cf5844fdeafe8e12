// Times feedsmith (the fastest JavaScript feed parser) parsing the benchmark feed, parse only,
// so bench_sync can compare against it in the same run. Prints the median of the runs in ms.
import { readFileSync } from 'node:fs';
import { parseRssFeed } from 'feedsmith';

const [file, runsArg] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const runs = Number(runsArg || 3);
const times = [];
let items = 0;
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  const feed = parseRssFeed(text);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  items = feed.items.length;
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], items }));
