// Issue 10 "load and soak": the proxy (in this process, in front of the mock) under concurrent load from a second
// process on 127.0.0.1 (test/reliability/load/load-client.mjs: autocannon when installed), bounded in time.
// Normal users spread over many ids must see 0 errors and 0 non-2xx; one greedy user is meant to hit the per-user
// rate limit and may see only 200 and 429. The 1–3-ISIN lookups cycle through 2,000 ISINs, so the response cache
// (500 entries) keeps evicting: RSS sampled before, during and after must stay within a generous bound. Latency is
// reported, never asserted. Figures go to the test output and bench/soak.md.
//   TERRAPIN_SOAK_SECONDS (default 15), TERRAPIN_SOAK_CONNECTIONS (default 50)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTerrapinClient } from '@terrapin/core';
import { createMockServer, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, rememberLog } from '../helpers/canary';
import { type ListeningProxy, listenProxy } from './helpers/listen';

const SECONDS = Number(process.env.TERRAPIN_SOAK_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.TERRAPIN_SOAK_CONNECTIONS ?? 50);
const GREEDY_CONNECTIONS = 4;
const RSS_GROWTH_LIMIT_MB = 150;
const LOAD_CLIENT = resolve(import.meta.dirname, 'load/load-client.mjs');

interface Stats {
  requests: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number | null; p99: number | null; max: number | null };
}
interface LoadResult {
  engine: string;
  normal: Stats;
  greedy: Stats;
}

let mock: MockServer;
let proxy: ListeningProxy;
let isins: string[];
let serverFaults = 0;
const dir = mkdtempSync(join(tmpdir(), 'terrapin-soak-'));

beforeAll(async () => {
  mock = await createMockServer({
    apiKeys: [CANARY_KEY],
    seed: 4242,
    dataset: { bonds: 2_000, agency: 20, munis: 20 },
    rateLimit: false,
    quota: false,
  });
  const source = createTerrapinClient({ apiKey: CANARY_KEY, baseUrl: mock.url });
  isins = [];
  for await (const row of source.bonds.searchAll({ include_non_outstanding: true }, { pageSize: 1000, maxItems: 2000 }))
    isins.push(row.isin);
  proxy = await listenProxy({
    apiKey: CANARY_KEY,
    baseUrl: mock.url,
    allow: ['bond_search', 'bond_reference'],
    identify: (req) => req.get('x-user') ?? null,
    // Normal users are spread over 100,000 ids and stay far below it; the greedy one goes over within seconds.
    userRateLimit: { limit: 10, windowSeconds: 60 },
    cache: { maxEntries: 500 },
    onError: (event) => {
      if (event.serverFault) serverFaults += 1;
      rememberLog(`soak onError ${event.summary}`);
    },
  });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

function runLoad(): Promise<LoadResult> {
  const configFile = join(dir, 'load.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      url: proxy.url,
      connections: CONNECTIONS - GREEDY_CONNECTIONS,
      greedyConnections: GREEDY_CONNECTIONS,
      durationSeconds: SECONDS,
      isins,
      searchShare: 0.1,
      seed: 1010,
    }),
  );
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [LOAD_CLIENT, configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`load client exited ${code}: ${stderr}`));
      done(JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult);
    });
  });
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe('proxy under load', () => {
  it(
    `${CONNECTIONS} connections for ${SECONDS} s: no errors but the greedy user's 429s, bounded memory`,
    async () => {
      // Warm up (JIT, cache fill) before the baseline sample.
      for (const isin of isins.slice(0, 200)) {
        await fetch(`${proxy.baseUrl}/bond_reference`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-user': 'warm-up' },
          body: JSON.stringify({ isins: [isin] }),
        }).then((r) => r.arrayBuffer());
      }
      globalThis.gc?.();
      const before = process.memoryUsage().rss;
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(process.memoryUsage().rss), 500);
      let result: LoadResult;
      try {
        result = await runLoad();
      } finally {
        clearInterval(sampler);
      }
      await new Promise((r) => setTimeout(r, 1000));
      globalThis.gc?.();
      const after = process.memoryUsage().rss;
      const peak = Math.max(before, after, ...samples);

      const { normal, greedy } = result;
      const normalNon2xx = Object.entries(normal.statusCodes)
        .filter(([code]) => !code.startsWith('2'))
        .reduce((n, [, count]) => n + count, 0);
      const greedyOther = Object.entries(greedy.statusCodes)
        .filter(([code]) => code !== '200' && code !== '429')
        .reduce((n, [, count]) => n + count, 0);
      const total = normal.requests + greedy.requests;
      const figures = [
        `engine: ${result.engine}; ${CONNECTIONS} connections (${GREEDY_CONNECTIONS} greedy) for ${SECONDS} s on 127.0.0.1`,
        `requests: ${total} (${Math.round(total / SECONDS)} req/s); normal ${normal.requests}: ${JSON.stringify(normal.statusCodes)}, errors ${normal.errors}, timeouts ${normal.timeouts}`,
        `greedy user ${greedy.requests}: ${JSON.stringify(greedy.statusCodes)} (429 intended), errors ${greedy.errors}, timeouts ${greedy.timeouts}`,
        `latency normal p50 ${normal.latencyMs.p50} ms, p99 ${normal.latencyMs.p99} ms, max ${normal.latencyMs.max} ms; greedy p99 ${greedy.latencyMs.p99} ms`,
        `RSS before ${mb(before)} MB, peak ${mb(peak)} MB, after ${mb(after)} MB (growth ${mb(after - before)} MB, bound ${RSS_GROWTH_LIMIT_MB} MB); proxy server faults ${serverFaults}`,
      ];
      process.stdout.write(`\n[soak]\n${figures.map((f) => `  ${f}`).join('\n')}\n`);
      writeFileSync(
        resolve(import.meta.dirname, '../../../../bench/soak.md'),
        `<!-- Written by packages/express-middleware/test/reliability/proxy-soak.test.ts; do not edit. -->\n## Proxy load and soak\n\n${figures.map((f) => `- ${f}`).join('\n')}\n`,
      );

      expect(normal.requests).toBeGreaterThan(0);
      expect({ errors: normal.errors, timeouts: normal.timeouts, non2xx: normalNon2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
      expect({ errors: greedy.errors, timeouts: greedy.timeouts, other: greedyOther }).toEqual({
        errors: 0,
        timeouts: 0,
        other: 0,
      });
      expect(greedy.statusCodes['429'] ?? 0).toBeGreaterThan(0);
      expect(serverFaults).toBe(0);
      expect(mb(after - before)).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    },
    (SECONDS + 60) * 1000,
  );
});
