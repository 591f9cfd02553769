// Issue 10 "secrets": one canary key, planted as the API key, and every place it could surface is scanned — error
// messages, stacks, toJSON, util.inspect (causes included) for every fault the mock can inject and every final
// error, hook payloads, logger and console output, the client itself, and the built CLI's stdout/stderr (spawned
// against the mock, `--debug` included). 0 occurrences. (Proxy responses: express-middleware's reliability suite;
// the example app's built assets: the app's e2e.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, inspect } from 'node:util';
import { createTerrapinClient, isTerrapinError, type TerrapinClientOptions } from '@terrapin/core';
import { createMockServer, type FaultKind, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';
/** The secret part alone: a masked display (`tpk_…5b4a`) never holds this much of it. */
const CANARY_CORE = '9f8e7d6c';
const FAULTS: FaultKind[] = [
  '429',
  '500',
  '502',
  '503',
  '504',
  'html-502',
  'reset',
  'timeout',
  'malformed-json',
  'empty',
];
const CLI = resolve(import.meta.dirname, '../../node_modules/@terrapin/cli/dist/bin.js');

/** Everything scanned, with where it came from. */
const seen: Array<{ where: string; text: string }> = [];
const remember = (where: string, value: unknown) => {
  const text = typeof value === 'string' ? value : inspect(value, { depth: Infinity, showHidden: true });
  seen.push({ where, text });
  if (typeof value !== 'string') {
    try {
      seen.push({ where: `${where} (JSON)`, text: JSON.stringify(value) ?? '' });
    } catch {
      // Circular payloads are covered by inspect.
    }
  }
};

function rememberError(where: string, error: unknown) {
  expect(isTerrapinError(error), `${where}: ${String(error)}`).toBe(true);
  const e = error as Error;
  remember(`${where} message`, e.message);
  remember(`${where} stack`, e.stack ?? '');
  remember(`${where} String()`, String(e));
  remember(`${where} object`, e);
  let cause: unknown = e.cause;
  for (let depth = 0; cause && depth < 5; depth++) {
    remember(`${where} cause ${depth}`, cause);
    cause = (cause as Error).cause;
  }
}

let mock: MockServer;
let isins: string[];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) =>
      remember(`console.${method}`, format(...args)),
    );
  }
  mock = await createMockServer({
    apiKeys: [CANARY],
    seed: 99,
    dataset: { bonds: 200, agency: 20, munis: 50 },
    rateLimit: { limit: 1_000, windowMs: 1000 },
    quota: 3,
    faults: { timeoutMs: 5_000, retryAfterMs: 1000 },
  });
  const { data } = await client().bonds.search({ limit: 10 });
  isins = data.map((row) => row.isin);
});

afterAll(async () => {
  await mock?.close();
  vi.restoreAllMocks();
});

function client(options: TerrapinClientOptions = {}) {
  return createTerrapinClient({
    apiKey: CANARY,
    baseUrl: mock.url,
    maxRetries: 1,
    retryBaseDelayMs: 1,
    timeout: 300,
    onRequest: (info) => remember('onRequest', info),
    onResponse: (info) => remember('onResponse', info),
    onRetry: (info) => remember('onRetry', info),
    logger: { warn: (...args: unknown[]) => remember('logger.warn', format(...args)) },
    ...options,
  });
}

describe('the canary key never surfaces', () => {
  it('in results, hook payloads and the client itself on success', async () => {
    const terrapin = client();
    remember('result', await terrapin.bonds.reference({ isins: isins.slice(0, 2) }));
    remember('inspect(client)', inspect(terrapin, { depth: Infinity, showHidden: true }));
    remember('JSON(client)', JSON.stringify(terrapin));
    remember('rateLimit', terrapin.rateLimit);
  });

  it.each(FAULTS)('in the error and hook payloads of an injected %s', async (fault) => {
    mock.reset();
    const error = await client({ defaultHeaders: { 'x-mock-fault': fault } })
      .bonds.reference({ isins: [isins[0]!] })
      .catch((e: unknown) => e);
    rememberError(`fault ${fault}`, error);
  });

  it('in final errors: 401 (key revoked), 403 quota, 404, 422 from the server, local validation', async () => {
    mock.reset();
    rememberError(
      '403 quota',
      await client()
        .bonds.reference({ isins: isins.slice(0, 5) })
        .catch((e) => e),
    );
    rememberError(
      '404',
      await client()
        .downloadDocument({ file_id: 'nope' })
        .catch((e) => e),
    );
    rememberError(
      '422 server',
      await client()
        .call('bond_reference', { isins: [isins[0]!], extra_field: CANARY } as never)
        .catch((e) => e),
    );
    rememberError(
      '422 local',
      await client()
        .bonds.reference({ isins: ['US912810TM06'] })
        .catch((e) => e),
    );
    mock.revokeApiKey(CANARY);
    try {
      rememberError(
        '401',
        await client()
          .bonds.reference({ isins: [isins[0]!] })
          .catch((e) => e),
      );
    } finally {
      mock.addApiKey(CANARY);
    }
  });

  it('even when a server echoes the key back (error body, drifting 200 under validateResponses: warn)', async () => {
    const echo: typeof fetch = async (_input, init) => {
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      return new Response(JSON.stringify({ errors: [{ detail: `Token ${auth} is not valid` }] }), {
        status: 401,
        headers: { 'content-type': 'application/json', 'www-authenticate': auth },
      });
    };
    rememberError(
      'echoed 401',
      await client({ fetch: echo })
        .bonds.reference({ isins: [isins[0]!] })
        .catch((e) => e),
    );
    const drift: typeof fetch = async (_input, init) => {
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      return new Response(JSON.stringify({ data: [{ isin: 42, note: auth }], total: 1 }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    await client({ fetch: drift, validateResponses: 'warn' })
      .bonds.reference({ isins: [isins[0]!] })
      .catch(() => {});
    rememberError(
      'drift (throw)',
      await client({ fetch: drift })
        .bonds.reference({ isins: [isins[0]!] })
        .catch((e) => e),
    );
  });

  it.skipIf(!existsSync(CLI))(
    'in the built CLI stdout/stderr (key from env and from --api-key)',
    async () => {
      const home = mkdtempSync(join(tmpdir(), 'terrapin-canary-'));
      try {
        mock.reset();
        const isin = isins[0]!;
        const base = ['--base-url', mock.url, '--timeout', '300', '--max-retries', '1'];
        const runs: string[][] = [
          ['bonds', 'reference', isin, '--format', 'json', ...base],
          ['bonds', 'reference', isin, '--debug', ...base],
          ['bonds', 'search', '--limit', '3', '--format', 'csv', '--debug', ...base],
          ...['500', 'html-502', 'reset', 'malformed-json', 'timeout', '429'].map((fault) => [
            'bonds',
            'reference',
            isin,
            '--header',
            `x-mock-fault=${fault}`,
            '--debug',
            ...base,
          ]),
          ['bonds', 'reference', 'US912810TM06', ...base],
          [
            'call',
            'bond_reference',
            '--body',
            JSON.stringify({ isins: [isin], nope: 1 }),
            '--debug',
            ...base,
          ],
          ['config', 'show'],
          ['quota'],
        ];
        const outputs = [];
        for (const args of runs) {
          const out = await spawnCli(args, { TERRAPIN_API_KEY: CANARY, HOME: home, XDG_CONFIG_HOME: home });
          outputs.push(out);
          remember(`cli ${args.slice(0, 6).join(' ')} stdout`, out.stdout);
          remember(`cli ${args.slice(0, 6).join(' ')} stderr`, out.stderr);
        }
        // The runs did reach the mock with the key: a success, debug lines, and failures.
        expect(outputs[0]!.code).toBe(0);
        expect(outputs[0]!.stdout).toContain(isin);
        expect(outputs[1]!.stderr.length).toBeGreaterThan(0);
        expect(outputs[3]!.code).not.toBe(0);
        // The key given as a flag, then rejected (the mock no longer accepts it).
        mock.revokeApiKey(CANARY);
        try {
          const flagged = await spawnCli(
            ['bonds', 'reference', isin, '--api-key', CANARY, '--debug', ...base],
            {
              HOME: home,
              XDG_CONFIG_HOME: home,
            },
          );
          expect(flagged.code).not.toBe(0);
          remember('cli --api-key 401 stdout', flagged.stdout);
          remember('cli --api-key 401 stderr', flagged.stderr);
        } finally {
          mock.addApiKey(CANARY);
        }
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('in anything collected above', () => {
    expect(seen.length).toBeGreaterThan(100);
    const leaks = seen.filter(({ text }) => text.includes(CANARY) || text.includes(CANARY_CORE));
    expect(leaks.map((l) => `${l.where}: ${l.text.slice(0, 200)}`)).toEqual([]);
    process.stdout.write(
      `[secrets] scanned ${seen.length} texts (${new Set(seen.map((s) => s.where.split(' ')[0])).size} kinds): 0 occurrences of the canary\n`,
    );
  });
});

/** Runs the built CLI with only PATH and `env` (no TERRAPIN_* variable of the shell leaks in). */
function spawnCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
