import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { instrumentTerrapin, terrapinTracing } from '../../src/otel/index';
import { CANARY, makeIsins, testClient } from '../client/helpers/fixtures';
import { apiError, ok, startServer, type TestServer } from '../client/helpers/server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const [A, B, C] = makeIsins(3);

function tracing() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  return { exporter, tracer: provider.getTracer('test') };
}

describe('terrapinTracing', () => {
  it('one span per call, with attributes, and a retry event for the failed attempt', async () => {
    server = await startServer((_req, i) =>
      i === 0
        ? apiError(500, 'Boom')
        : ok([{ isin: A }], {
            headers: { 'request-id': 'req_2', ratelimit: 'limit=60, remaining=58, reset=30' },
          }),
    );
    const { exporter, tracer } = tracing();
    const client = testClient(server.url, { maxRetries: 2, ...terrapinTracing({ tracer }) });
    await client.bonds.reference({ isins: [A!] });

    const [span, ...others] = exporter.getFinishedSpans();
    expect(others).toEqual([]);
    expect(span!.name).toBe('terrapin bond_reference');
    expect(span!.kind).toBe(SpanKind.CLIENT);
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    expect(span!.attributes).toEqual({
      'terrapin.operation': 'bond_reference',
      'http.response.status_code': 200,
      'terrapin.request_id': 'req_2',
      'terrapin.attempts': 2,
      'terrapin.pacing_wait_ms': 0,
      'terrapin.ratelimit.remaining': 58,
    });
    expect(span!.events.map((e) => [e.name, e.attributes])).toEqual([
      [
        'terrapin.retry',
        {
          'terrapin.retry.attempt': 1,
          'http.response.status_code': 500,
          'terrapin.request_id': 'req_500',
          'terrapin.retry.reason': 'HTTP 500',
          'terrapin.retry.delay_ms': expect.any(Number),
        },
      ],
    ]);
  });

  it('error status and error.type on typed errors; the key is in no span', async () => {
    server = await startServer(() => apiError(401, `Invalid token Bearer ${CANARY}`));
    const { exporter, tracer } = tracing();
    const client = testClient(server.url, terrapinTracing({ tracer }));
    await expect(client.bonds.reference({ isins: [A!] })).rejects.toThrow();
    await expect(client.bonds.reference({ isins: ['not an isin'] })).rejects.toThrow();

    const [remote, local] = exporter.getFinishedSpans();
    expect(remote!.status.code).toBe(SpanStatusCode.ERROR);
    expect(remote!.attributes).toMatchObject({
      'error.type': 'TerrapinAuthenticationError',
      'http.response.status_code': 401,
      'terrapin.attempts': 1,
    });
    expect(remote!.events.map((e) => e.name)).toEqual(['exception']);
    // Rejected locally: nothing sent, no status.
    expect(local!.status.code).toBe(SpanStatusCode.ERROR);
    expect(local!.attributes).toMatchObject({
      'error.type': 'TerrapinRequestValidationError',
      'terrapin.attempts': 0,
    });
    expect(local!.attributes['http.response.status_code']).toBeUndefined();
    expect(
      JSON.stringify(exporter.getFinishedSpans().map((s) => [s.attributes, s.events, s.status])),
    ).not.toContain(CANARY);
  });

  it('a batched call is one span counting every chunk', async () => {
    server = await startServer((req) =>
      ok((req.body as { isins: string[] }).isins.map((isin) => ({ isin }))),
    );
    const { exporter, tracer } = tracing();
    const client = instrumentTerrapin(testClient(server.url, { maxIsinsPerRequest: 1 }), { tracer });
    await client.bonds.reference({ isins: [A!, B!, C!] });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(1);
    expect(spans[0]!.attributes['terrapin.attempts']).toBe(3);
  });

  it('records the pacing wait', async () => {
    server = await startServer(() =>
      ok([], { headers: { 'ratelimit-policy': '1;w=1', ratelimit: 'limit=1, remaining=0, reset=1' } }),
    );
    const { exporter, tracer } = tracing();
    const client = testClient(server.url, { pacing: true, ...terrapinTracing({ tracer }) });
    await client.inflationFactors({ country: 'ES' });
    await client.inflationFactors({ country: 'ES' });
    const [first, second] = exporter.getFinishedSpans();
    expect(first!.attributes['terrapin.pacing_wait_ms']).toBe(0);
    expect(second!.attributes['terrapin.pacing_wait_ms']).toBeGreaterThan(500);
    expect(second!.attributes['terrapin.ratelimit.remaining']).toBe(0);
  });
});
