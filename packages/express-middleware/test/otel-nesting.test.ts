import { context, type Span, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { terrapinTracing } from '@terrapin/core/otel';
import { createMockServer, type MockServer } from '@terrapin/mock-server';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terrapinErrorHandler, terrapinProxy } from '../src/index';
import { CANARY_KEY } from './helpers/canary';

// An app with OpenTelemetry set up: a context manager, and (standing in for the HTTP instrumentation) a
// middleware that runs each incoming request inside its own server span.
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer(
  'app',
);
const contextManager = new AsyncLocalStorageContextManager();

describe('terrapinProxy with OpenTelemetry', () => {
  let mock: MockServer;
  beforeAll(async () => {
    context.setGlobalContextManager(contextManager.enable());
    mock = await createMockServer({ apiKeys: [CANARY_KEY], dataset: { bonds: 50, agency: 10, munis: 10 } });
  });
  afterAll(async () => {
    context.disable();
    await mock?.close();
  });

  it("nests each call's client span under the incoming request's span", async () => {
    const incoming = new Map<string, Span>();
    const app = express();
    app.use((req, res, next) => {
      const span = tracer.startSpan(`POST ${req.path}`);
      incoming.set(String(req.headers['x-test-request']), span);
      res.on('finish', () => span.end());
      context.with(trace.setSpan(context.active(), span), next);
    });
    app.use(
      '/api/terrapin',
      terrapinProxy({
        apiKey: CANARY_KEY,
        baseUrl: mock.url,
        allow: ['bond_search'],
        ...terrapinTracing({ tracer }),
      }),
    );
    app.use(terrapinErrorHandler());

    // Two requests at once: each client span must find its own request's span, not the other's.
    const responses = await Promise.all(
      ['a', 'b'].map((id) =>
        request(app)
          .post('/api/terrapin/bond_search')
          .set('x-test-request', id)
          .send({ limit: id === 'a' ? 1 : 2 }),
      ),
    );
    for (const res of responses) expect(res.status).toBe(200);

    const clientSpans = exporter.getFinishedSpans().filter((s) => s.name === 'terrapin bond_search');
    expect(clientSpans).toHaveLength(2);
    for (const id of ['a', 'b']) {
      const parent = incoming.get(id)!.spanContext();
      const child = clientSpans.filter((s) => s.parentSpanContext?.spanId === parent.spanId);
      expect(child).toHaveLength(1);
      expect(child[0]!.spanContext().traceId).toBe(parent.traceId);
      expect(child[0]!.attributes['http.response.status_code']).toBe(200);
    }
  });
});
