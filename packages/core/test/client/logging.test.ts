import { afterEach, describe, expect, it } from 'vitest';
import { type TerrapinClientOptions, TerrapinError, type TerrapinLogLevel } from '../../src/index';
import { CANARY, makeIsins, testClient } from './helpers/fixtures';
import { apiError, ok, startServer, type TestServer } from './helpers/server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.TERRAPIN_LOG;
});

const [A, B] = makeIsins(2);
type Level = Exclude<TerrapinLogLevel, 'off'>;
interface Line {
  level: Level;
  text: string;
}

/** A console/pino-shaped logger that records every call (all arguments, as text). */
function recorder() {
  const lines: Line[] = [];
  const at =
    (level: Level) =>
    (...args: unknown[]) =>
      lines.push({
        level,
        text: args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
      });
  return { lines, logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } };
}

/**
 * Runs every path that logs, with the key planted where a hostile upstream would echo it: a 401 quoting the
 * bearer token, a 500 (retried) with the key in a header and body, schema drift carrying the key (warn), a hook
 * throwing an error quoting the key (warn), a connection reset (retried).
 */
async function exercise(options: TerrapinClientOptions) {
  let n = 0;
  server = await startServer((req) => {
    n++;
    const isins = (req.body as { isins?: string[] }).isins ?? [];
    if (isins[0] === A && n === 1)
      return {
        ...apiError(500, `upstream saw Bearer ${CANARY}`),
        headers: { 'request-id': 'req_500', 'x-echo': CANARY },
      };
    if (isins[0] === A)
      return ok([{ isin: A, coupon: CANARY }], {
        headers: { 'request-id': 'req_drift', ratelimit: 'limit=60, remaining=41, reset=9' },
      });
    if (isins[0] === B && n <= 4) return { reset: true };
    return apiError(401, `Invalid token Bearer ${CANARY}`, { reason: CANARY });
  });
  const client = testClient(server.url, {
    maxRetries: 1,
    validateResponses: 'warn',
    onResponse: () => {
      throw new Error(`hook failed for ${CANARY}`);
    },
    ...options,
  });
  await client.bonds.reference({ isins: [A!] });
  await client.bonds.reference({ isins: [B!] }).catch(() => {});
  await client.bonds.reference({ isins: makeIsins(1, 90) }).catch(() => {});
}

describe('logging', () => {
  it.each<TerrapinLogLevel>(['off', 'error', 'warn', 'info', 'debug'])(
    'logLevel %s: only lines at or below the level, and the planted key in none of them',
    async (level) => {
      const { lines, logger } = recorder();
      await exercise({ logger, logLevel: level });
      for (const line of lines) expect(line.text).not.toContain(CANARY);
      const order = ['error', 'warn', 'info', 'debug'];
      const levelsSeen = new Set(lines.map((l) => l.level));
      for (const seen of levelsSeen) expect(order.indexOf(seen)).toBeLessThanOrEqual(order.indexOf(level));
      // Each level adds what it promises: warnings (drift, throwing hook), retries, one line per attempt.
      expect(levelsSeen.has('warn')).toBe(order.indexOf(level) >= 1);
      expect(levelsSeen.has('info')).toBe(order.indexOf(level) >= 2);
      expect(levelsSeen.has('debug')).toBe(level === 'debug');
      if (level === 'off') expect(lines).toEqual([]);
    },
  );

  it('debug: one line per attempt with operation, attempt, status, request id, duration, rate-limit remaining', async () => {
    const { lines, logger } = recorder();
    await exercise({ logger, logLevel: 'debug' });
    const debug = lines.filter((l) => l.level === 'debug').map((l) => l.text);
    expect(debug[0]).toMatch(
      /^\[terrapin\] bond_reference attempt=1 status=500 request_id=req_500 duration_ms=\d+ ratelimit_remaining=-$/,
    );
    expect(debug[1]).toMatch(
      /^\[terrapin\] bond_reference attempt=2 status=200 request_id=req_drift duration_ms=\d+ ratelimit_remaining=41$/,
    );
    expect(debug[2]).toMatch(
      /attempt=1 status=- request_id=- duration_ms=\d+ ratelimit_remaining=- error=TerrapinConnectionError$/,
    );
    // 2 + 2 (reset, reset) + 1 (401, final) attempts.
    expect(debug).toHaveLength(5);
  });

  it('info: each retry with its reason and wait', async () => {
    const { lines, logger } = recorder();
    await exercise({ logger, logLevel: 'info' });
    const info = lines.filter((l) => l.level === 'info').map((l) => l.text);
    expect(info).toEqual([
      expect.stringMatching(
        /^\[terrapin\] retry bond_reference attempt=1 reason=HTTP 500 delay_ms=\d+ wait=backoff request_id=req_500$/,
      ),
      expect.stringMatching(
        /^\[terrapin\] retry bond_reference attempt=1 reason=TerrapinConnectionError delay_ms=\d+ wait=backoff request_id=-$/,
      ),
    ]);
  });

  it('info: a pacing wait with its reason', async () => {
    server = await startServer(() =>
      ok([], { headers: { 'ratelimit-policy': '1;w=1', ratelimit: 'limit=1, remaining=0, reset=1' } }),
    );
    const { lines, logger } = recorder();
    const client = testClient(server.url, { logger, logLevel: 'info', pacing: true });
    await client.inflationFactors({ country: 'ES' });
    await client.inflationFactors({ country: 'ES' });
    const info = lines.filter((l) => l.level === 'info').map((l) => l.text);
    expect(info).toEqual([
      expect.stringMatching(
        /^\[terrapin\] pacing inflation_factors attempt=1 wait_ms=\d+ reason=rate-limit policy 1 per 1s$/,
      ),
    ]);
    expect(Number(/wait_ms=(\d+)/.exec(info[0]!)![1])).toBeGreaterThan(500);
  });

  it('TERRAPIN_LOG sets the level; logLevel overrides it; an unknown value warns and keeps the default', async () => {
    server = await startServer(() => ok([]));
    const run = async (options: TerrapinClientOptions = {}) => {
      const { lines, logger } = recorder();
      await testClient(server!.url, { logger, ...options }).inflationFactors({ country: 'ES' });
      return lines;
    };
    expect(await run()).toEqual([]); // default 'warn': a clean call logs nothing
    process.env.TERRAPIN_LOG = 'DEBUG';
    expect((await run()).map((l) => l.level)).toEqual(['debug']);
    expect(await run({ logLevel: 'warn' })).toEqual([]);
    process.env.TERRAPIN_LOG = 'chatty';
    expect(await run()).toEqual([
      { level: 'warn', text: expect.stringContaining('ignoring TERRAPIN_LOG=chatty') },
    ]);
  });

  it('a logger with only warn (the old shape) gets every enabled level through warn', async () => {
    server = await startServer(() => ok([]));
    const seen: string[] = [];
    await testClient(server.url, {
      logger: { warn: (m: string) => seen.push(m) },
      logLevel: 'debug',
      onResponse: () => {
        throw new Error('upstream said \u001b]0;pwned\u0007\u001b[2J');
      },
    }).inflationFactors({ country: 'ES' });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatch(/^\[terrapin\] inflation_factors attempt=1 status=200/);
    expect(seen[1]).toContain('a hook threw');
    // Terminal control sequences in logged text are shown escaped, never written raw.
    expect(seen[1]).toContain('upstream said \\u001b]0;pwned\\u0007');
    for (const c of ['\u0007', '\u001b']) expect(seen.join('')).not.toContain(c);
  });

  it('rejects an unknown logLevel', () => {
    expect(() => testClient('http://127.0.0.1:9', { logLevel: 'loud' as never })).toThrow(TerrapinError);
  });
});
