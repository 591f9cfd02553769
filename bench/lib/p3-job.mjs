// One P3 bulk job in a process of its own, so its peak RSS is the job's alone: `node p3-job.mjs <isins file>
// <base url> <api key> <per request> <expected count>` reads the ISINs (one a line), fetches their reference
// data through the client in one call, and prints `{ seconds, requests, throttled, rssBeforeMb, peakRssMb }`.
import { readFileSync } from 'node:fs';
import { importBuilt } from './packages.mjs';
import { nowMs } from './stats.mjs';

const [file, baseUrl, apiKey, perRequest] = process.argv.slice(2);
const isins = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const { createTerrapinClient } = await importBuilt('core');
let requests = 0;
let throttled = 0;
const terrapin = createTerrapinClient({
  apiKey,
  baseUrl,
  maxIsinsPerRequest: Number(perRequest),
  onResponse: ({ status }) => {
    requests += 1;
    if (status === 429) throttled += 1;
  },
});
globalThis.gc?.();
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const start = nowMs();
const { data } = await terrapin.bonds.reference({ isins });
const seconds = (nowMs() - start) / 1000;
const returned = new Set(data.map((row) => row.isin));
if (data.length !== isins.length || returned.size !== isins.length) {
  throw new Error(`P3: ${data.length} rows / ${returned.size} distinct ISINs back, expected ${isins.length}`);
}
// maxRSS is in KiB on Linux and macOS (Node normalises it).
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, requests, throttled, rssBeforeMb, peakRssMb })}\n`);
