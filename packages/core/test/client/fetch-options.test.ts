// Issue 16 "corporate HTTP proxies": `fetchOptions` reach every fetch call (undici's `dispatcher`, Bun's `proxy`),
// and cannot replace what the SDK owns (method, headers, body, signal, redirect).
import { describe, expect, it } from 'vitest';
import { createTerrapinClient, TerrapinError } from '../../src/index';
import { ok, startServer } from './helpers/server';

describe('fetchOptions', () => {
  it('a dispatcher-like option reaches the injected fetch on every attempt', async () => {
    const server = await startServer((_, i) => (i === 0 ? { status: 503, body: '' } : ok([])));
    try {
      const dispatcher = { dispatch: () => true, name: 'proxy-agent' };
      const seen: Array<RequestInit | undefined> = [];
      const recording: typeof fetch = (input, init) => {
        seen.push(init);
        // A stand-in: the real undici would route through it. Node's own fetch gets the request without it.
        const { dispatcher: _stand_in, ...rest } = (init ?? {}) as RequestInit & { dispatcher?: unknown };
        return fetch(input, rest);
      };
      const terrapin = createTerrapinClient({
        apiKey: 'tpk_fetch_options_test',
        baseUrl: server.url,
        retryBaseDelayMs: 1,
        fetch: recording,
        fetchOptions: { dispatcher, keepalive: false },
      });
      await terrapin.inflationFactors({ country: 'US' });
      expect(seen).toHaveLength(2);
      for (const init of seen) {
        expect((init as { dispatcher?: unknown }).dispatcher).toBe(dispatcher);
        expect(init?.keepalive).toBe(false);
      }
    } finally {
      await server.close();
    }
  });

  it("cannot replace the SDK's own fields: redirect, signal, method, headers, body", async () => {
    const server = await startServer(() => ok([]));
    try {
      let request: Request | undefined;
      let init: RequestInit | undefined;
      const foreign = new AbortController();
      const recording: typeof fetch = (input, given) => {
        request = input as Request;
        init = given;
        return fetch(input, given);
      };
      await createTerrapinClient({
        apiKey: 'tpk_fetch_options_test',
        baseUrl: server.url,
        fetch: recording,
        fetchOptions: {
          redirect: 'follow',
          method: 'GET',
          body: 'x',
          headers: { authorization: 'Bearer other' },
          signal: foreign.signal,
        },
      }).inflationFactors({ country: 'US' });
      // The SDK hands fetch its own per-attempt signal and its own body through init (one signal per attempt and
      // no body streams in ky's Request, issue 19); none of the caller's fetchOptions fields that belong to the
      // SDK get through.
      expect(Object.keys(init ?? {}).sort()).toEqual(['body', 'signal']);
      expect(init?.body).toBe('{"country":"US"}');
      expect(server.requests[0]!.body).toEqual({ country: 'US' });
      expect(init?.signal).toBeInstanceOf(AbortSignal);
      expect(init?.signal).not.toBe(foreign.signal);
      expect(request?.redirect).toBe('manual');
      expect(request?.method).toBe('POST');
      expect(server.requests[0]!.headers.authorization).toBe('Bearer tpk_fetch_options_test');
    } finally {
      await server.close();
    }
  });

  it('must be an object', () => {
    expect(() =>
      createTerrapinClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1', fetchOptions: 'x' as never }),
    ).toThrow(TerrapinError);
  });
});
